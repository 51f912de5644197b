import { expect } from '@open-wc/testing';
import { safeHref, sourceLink } from '../../src/format/source.js';

const base = 'https://council.example/pages/figures.html';

describe('safe links', () => {
  it('keeps http, https and mailto addresses', () => {
    expect(safeHref('https://www.local.gov.uk/', base)).to.equal('https://www.local.gov.uk/');
    expect(safeHref('http://example.org/report', base)).to.equal('http://example.org/report');
    expect(safeHref('HTTPS://Example.ORG/A', base)).to.equal('https://example.org/A');
    expect(safeHref('mailto:team@council.example', base)).to.equal('mailto:team@council.example');
    expect(safeHref('  https://example.org/x  ', base)).to.equal('https://example.org/x');
  });

  it('keeps addresses whose path has spaces, as council document links often do', () => {
    expect(safeHref('https://example.org/a b', base)).to.equal('https://example.org/a%20b');
    expect(safeHref('/docs/Annual Report 2019.pdf', base)).to.equal('https://council.example/docs/Annual%20Report%202019.pdf');
    expect(safeHref('https://example.org/search?q=shared services', base)).to.equal('https://example.org/search?q=shared%20services');
  });

  it('keeps international domain names, in their ASCII form', () => {
    expect(safeHref('https://café.example/', base)).to.equal('https://xn--caf-dma.example/');
  });

  it('rejects script, data and other schemes, however they are written', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/file',
      'blob:https://council.example/0000'
    ]) {
      expect(safeHref(url, base), url).to.equal(undefined);
    }
  });

  it('resolves relative addresses against the page', () => {
    expect(safeHref('data.json', base)).to.equal('https://council.example/pages/data.json');
    expect(safeHref('./reports/2019.pdf', base)).to.equal('https://council.example/pages/reports/2019.pdf');
    expect(safeHref('/docs/a.pdf', base)).to.equal('https://council.example/docs/a.pdf');
    expect(safeHref('../a.pdf', base)).to.equal('https://council.example/a.pdf');
    expect(safeHref('?year=2019', base)).to.equal('https://council.example/pages/figures.html?year=2019');
    expect(safeHref('//other.example/x', base)).to.equal('https://other.example/x');
  });

  it('gives nothing for addresses that cannot be parsed', () => {
    expect(safeHref('http://', base)).to.equal(undefined);
    expect(safeHref('http://[::1', base)).to.equal(undefined);
    expect(safeHref('https://exa mple.org/', base)).to.equal(undefined);
    expect(safeHref('https://example.org:99999/', base)).to.equal(undefined);
    expect(safeHref('data.json', 'not a base')).to.equal(undefined);
  });
});

describe('source links', () => {
  it('links a web address by its host name', () => {
    expect(sourceLink('https://www.local.gov.uk/research', base)).to.deep.equal({
      text: 'www.local.gov.uk',
      href: 'https://www.local.gov.uk/research'
    });
  });

  it('links a relative address, resolved against the page', () => {
    expect(sourceLink('/reports/savings.pdf', base)).to.deep.equal({
      text: 'council.example',
      href: 'https://council.example/reports/savings.pdf'
    });
    expect(sourceLink('./savings.pdf', base)).to.deep.equal({
      text: 'council.example',
      href: 'https://council.example/pages/savings.pdf'
    });
  });

  it('links an email address by the address itself', () => {
    expect(sourceLink('mailto:team@council.example', base)).to.deep.equal({
      text: 'mailto:team@council.example',
      href: 'mailto:team@council.example'
    });
  });

  it('keeps text that is not an address as text', () => {
    expect(sourceLink('Local Government Association survey, 2018', base)).to.deep.equal({
      text: 'Local Government Association survey, 2018'
    });
    expect(sourceLink('  LGA  ', base)).to.deep.equal({ text: 'LGA' });
    expect(sourceLink('javascript:alert(1)', base)).to.deep.equal({ text: 'javascript:alert(1)' });
  });

  it('uses a name and url pair, name first', () => {
    expect(sourceLink({ name: 'Local Government Association', url: 'https://www.local.gov.uk/' }, base)).to.deep.equal({
      text: 'Local Government Association',
      href: 'https://www.local.gov.uk/'
    });
    expect(sourceLink({ name: '  LGA ', url: 'reports/a.pdf' }, base)).to.deep.equal({
      text: 'LGA',
      href: 'https://council.example/pages/reports/a.pdf'
    });
    expect(sourceLink({ url: 'https://www.local.gov.uk/x' }, base)).to.deep.equal({
      text: 'www.local.gov.uk',
      href: 'https://www.local.gov.uk/x'
    });
    expect(sourceLink({ name: 'LGA' }, base)).to.deep.equal({ text: 'LGA' });
  });

  it('never links an unsafe address, keeping the name', () => {
    expect(sourceLink({ name: 'Trap', url: 'javascript:alert(1)' }, base)).to.deep.equal({ text: 'Trap' });
    expect(sourceLink({ name: 'Trap', url: 'data:text/html,x' }, base)).to.deep.equal({ text: 'Trap' });
    expect(sourceLink({ url: 'javascript:alert(1)' }, base)).to.equal(undefined);
  });

  it('gives nothing when there is nothing to show', () => {
    expect(sourceLink(undefined, base)).to.equal(undefined);
    expect(sourceLink('', base)).to.equal(undefined);
    expect(sourceLink('   ', base)).to.equal(undefined);
    expect(sourceLink({}, base)).to.equal(undefined);
    expect(sourceLink({ name: '  ', url: '' }, base)).to.equal(undefined);
  });
});

describe('mailto and credentials (issue 16)', () => {
  it('makes a link of one plain address only: no user name or password, no cc, subject or body', () => {
    expect(safeHref('mailto:team@council.example', base)).to.equal('mailto:team@council.example');
    for (const url of [
      'mailto:team@council.example?cc=other@elsewhere.example&body=Click%20here',
      'mailto:a@council.example,b@elsewhere.example',
      'mailto:user:password@council.example',
      'mailto:team@council.example#x',
      'https://www.gov.uk@elsewhere.example/',
      'https://user:password@council.example/'
    ]) {
      expect(safeHref(url, base), url).to.equal(undefined);
    }
  });
});
