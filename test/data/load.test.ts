import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/messages.js';
import { chooseFormat, fetchText, LoadError } from '../../src/data/load.js';
import { problemMessage } from '../../src/data/problem.js';

/** The rejection of `promise`, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const echo = (type: string, body: string) => `/test-server/echo?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;

describe('choosing a format', () => {
  it('follows the format attribute first', () => {
    expect(chooseFormat('csv', 'application/json', 'data.json')).to.equal('csv');
    expect(chooseFormat('json', 'text/csv', 'data.csv')).to.equal('json');
  });

  it('reads the format attribute whatever its case, as HTML does for keyword attributes', () => {
    expect(chooseFormat('CSV', 'application/json', 'data.json')).to.equal('csv');
    expect(chooseFormat('JSON', 'text/csv', 'data.csv')).to.equal('json');
  });

  it('falls back to the content type when the attribute is missing or unknown', () => {
    expect(chooseFormat(null, 'text/csv; charset=utf-8', 'data.json')).to.equal('csv');
    expect(chooseFormat(undefined, 'application/json; charset=utf-8', 'data.csv')).to.equal('json');
    expect(chooseFormat('', 'TEXT/CSV', 'data')).to.equal('csv');
    expect(chooseFormat('xml', 'application/geo+json', 'data.csv')).to.equal('json');
  });

  it('falls back to the extension, ignoring query strings and fragments', () => {
    expect(chooseFormat(null, null, 'data.csv')).to.equal('csv');
    expect(chooseFormat(null, 'text/plain', 'https://council.example/files/Data.CSV')).to.equal('csv');
    expect(chooseFormat(null, 'application/octet-stream', '/files/data.csv?v=2')).to.equal('csv');
    expect(chooseFormat(null, 'application/vnd.ms-excel', 'data.csv#top')).to.equal('csv');
    expect(chooseFormat(null, 'text/plain', 'data.json?file=other.csv')).to.equal('json');
    expect(chooseFormat(null, 'text/plain', 'download?name=x.csv')).to.equal('json');
  });

  it('is JSON when nothing says otherwise', () => {
    expect(chooseFormat(null, null, 'data')).to.equal('json');
    expect(chooseFormat(null, '', '')).to.equal('json');
    expect(chooseFormat(null, 'text/html', 'data.txt')).to.equal('json');
  });
});

describe('fetching a data file', () => {
  const signal = () => new AbortController().signal;

  it('gives the text and the format from the content type', async () => {
    expect(await fetchText(echo('text/csv', 'value,label\n1,A'), { signal: signal(), timeoutMs: 2000 })).to.deep.equal({
      text: 'value,label\n1,A',
      format: 'csv'
    });
    expect(await fetchText(echo('application/json', '[1]'), { signal: signal(), timeoutMs: 2000 })).to.deep.equal({ text: '[1]', format: 'json' });
  });

  it('lets the format attribute win over the content type', async () => {
    const fetched = await fetchText(echo('application/json', 'a,b'), { signal: signal(), timeoutMs: 2000, format: 'csv' });
    expect(fetched.format).to.equal('csv');
  });

  it('fails with the HTTP status in words', async () => {
    const error = await rejection(fetchText('/test-server/status/404', { signal: signal(), timeoutMs: 2000 }));
    expect(error).to.be.instanceOf(LoadError);
    const problem = (error as LoadError).problem;
    expect(problem.text?.key).to.equal('http');
    expect(problemMessage(problem, en)).to.equal('the server answered 404 Not Found for /test-server/status/404');
  });

  it('gives up after the timeout, saying how long it waited', async () => {
    const error = await rejection(fetchText('/test-server/slow?ms=1500', { signal: signal(), timeoutMs: 200 }));
    expect(error).to.be.instanceOf(LoadError);
    expect(problemMessage((error as LoadError).problem, en)).to.equal('/test-server/slow?ms=1500 took longer than 0.2 seconds to answer');
  });

  it('passes on the caller’s abort as an AbortError, not a load error', async () => {
    const controller = new AbortController();
    const pending = fetchText('/test-server/slow?ms=1500', { signal: controller.signal, timeoutMs: 2000 });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error).not.to.be.instanceOf(LoadError);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('says when the server cannot be reached', async () => {
    const error = await rejection(fetchText('http://127.0.0.1:9/data.json', { signal: signal(), timeoutMs: 2000 }));
    expect(error).to.be.instanceOf(LoadError);
    expect(problemMessage((error as LoadError).problem, en)).to.equal(
      'http://127.0.0.1:9/data.json could not be reached (network error or blocked by the page’s security policy)'
    );
  });
});
