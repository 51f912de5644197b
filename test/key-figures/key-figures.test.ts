import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/key-figures/key-figures.js';
import type { SharedKeyFigures } from '../../src/components/key-figures/key-figures.component.js';
import { fuzzElement } from '../helpers/fuzz.js';
import { part, parts, settled, text } from '../helpers/element.js';

const lga = {
  title: 'Shared services in England',
  figures: [
    { value: 626, label: 'Shared-service arrangements', source: { name: 'Local Government Association', url: 'https://www.local.gov.uk/' } },
    { value: 1_340_000_000, format: 'currency', label: 'Saved since 2011' },
    { value: 0.25, format: 'percent', label: 'Share of costs' },
    { value: '2018/19', format: 'year', label: 'As at the end of' }
  ]
};

const dataset = {
  title: 'Shared services in Coventry and Warwickshire',
  source: { name: 'Example council', url: 'https://example.org/shared' },
  councils: [
    { code: 'E08000026', name: 'Coventry City Council' },
    { code: 'E08000029', name: 'Solihull Metropolitan Borough Council' },
    { code: 'E10000031', name: 'Warwickshire County Council' }
  ],
  partnerships: [
    {
      id: 'adoption',
      name: 'Adoption Central England',
      partners: [{ council: 'E08000026' }, { council: 'E08000029' }, { council: 'E10000031' }],
      savings: [{ period: '2018/19', amount: 1_200_000, kind: 'in-year', illustrative: true }]
    },
    { id: 'waste', name: 'Shared waste disposal', partners: [{ council: 'E08000026' }, { council: 'E10000031' }] }
  ]
};

const values = (el: Element) => parts(el, 'value').map((v) => text(v.querySelector('[aria-hidden]') ?? v));
const labels = (el: Element) => parts(el, 'label').map(text);

async function render(data: unknown, attrs = '') {
  const el = await fixture<SharedKeyFigures>(html`<shared-key-figures .data=${data}></shared-key-figures>`);
  if (attrs) el.setAttribute('lang', attrs);
  await settled(el);
  return el;
}

describe('<shared-key-figures>', () => {
  it('shows each figure as one word of visible text, with its label', async () => {
    const el = await render(lga);
    expect(values(el)).to.deep.equal(['626', '£1.34bn', '25%', '2018/19']);
    expect(labels(el)).to.deep.equal(['Shared-service arrangements', 'Saved since 2011', 'Share of costs', 'As at the end of']);
    expect(text(part(el, 'heading'))).to.equal('Shared services in England');
    await expect(el).to.be.accessible();
  });

  it('puts its heading at the level the page asks for', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures heading="National" heading-level="4" .data=${lga}></shared-key-figures>`);
    await settled(el);
    expect(part(el, 'heading')!.tagName).to.equal('H4');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, 'heading')!.tagName).to.equal('H2');
  });

  it('is read as label then value, with money in words', async () => {
    const el = await render(lga);
    const tile = parts(el, 'figure')[1]!;
    const dt = tile.querySelector('dt')!;
    const dd = tile.querySelector('dd')!;
    expect(dt.compareDocumentPosition(dd) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(text(dd.querySelector('.visually-hidden'))).to.equal('£1.34 billion');
    expect(dd.querySelector('[aria-hidden="true"]')!.textContent).to.equal('£1.34bn');
  });

  it('links a figure to its source, and never links a script address', async () => {
    const el = await render({
      figures: [
        { value: 1, label: 'Safe', source: { name: 'LGA', url: 'https://www.local.gov.uk/' } },
        { value: 2, label: 'Unsafe', source: { name: 'Trap', url: 'javascript:alert(1)' } }
      ]
    });
    const [safe, unsafe] = parts(el, 'source');
    expect(safe!.querySelector('a')!.getAttribute('href')).to.equal('https://www.local.gov.uk/');
    expect(text(safe)).to.equal('Source: LGA');
    expect(unsafe!.querySelector('a')).to.equal(null);
    expect(text(unsafe)).to.equal('Source: Trap');
  });

  it('derives partnerships, councils involved and savings from the shared dataset', async () => {
    const el = await render(dataset);
    expect(labels(el)).to.deep.equal(['Shared-service partnerships', 'Councils involved', 'Savings reported']);
    expect(values(el)).to.deep.equal(['2', '3', '£1.2m']);
    expect(text(part(el, 'heading'))).to.equal('Shared services in Coventry and Warwickshire');
    expect(parts(el, 'illustrative').map(text)).to.deep.equal(['Illustrative figure']);
    await expect(el).to.be.accessible();
  });

  it('renders strings from data as text, never as markup', async () => {
    const el = await render({ figures: [{ value: 1, label: '<img src=x onerror="window.__pwned=1">' }] });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(labels(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
  });

  it('speaks Welsh by its own lang or the nearest one on the page', async () => {
    const wrapper = await fixture(html`<div lang="cy"><shared-key-figures .data=${dataset}></shared-key-figures></div>`);
    const el = wrapper.querySelector('shared-key-figures')!;
    await settled(el);
    expect(labels(el)).to.deep.equal(['Partneriaethau gwasanaethau a rennir', 'Cynghorau sy’n cymryd rhan', 'Arbedion a adroddwyd']);
    wrapper.setAttribute('lang', 'en-GB');
    await aTimeout(0);
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Shared-service partnerships');
    el.setAttribute('lang', 'cy');
    await aTimeout(0);
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Partneriaethau gwasanaethau a rennir');
    await expect(el).to.be.accessible();
  });

  it('shows a located error with role="alert" when nothing is usable, and fires shared-data-error', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures></shared-key-figures>`);
    const event = oneEvent(el, 'shared-data-error');
    el.data = { figures: ['x', { value: 'abc', label: 'Bad' }] };
    const { detail } = await event;
    await settled(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    const problems = [...error.querySelectorAll('li')].map(text);
    expect(problems).to.deep.equal([
      'figures[0]: expected an object, got "x"',
      'figures[1].value: expected a number, or a financial year such as 2018/19, got "abc"'
    ]);
    expect(detail.message).to.equal(problems[0]);
    expect(detail.path).to.equal('figures[0]');
    expect(detail.problems).to.deep.equal(problems);
    expect(values(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('draws what it can and lists what it left out', async () => {
    const el = await render({ figures: [{ value: 626, label: 'Arrangements' }, { value: 1, label: '' }] });
    expect(values(el)).to.deep.equal(['626']);
    const warnings = part(el, 'warnings')!;
    expect(text(warnings)).to.contain('figures[1].label: expected text, got ""');
    expect(part(el, 'error')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what to set when it has no data, and fires nothing', async () => {
    let fired = 0;
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures @shared-data-load=${() => fired++} @shared-data-error=${() => fired++}></shared-key-figures>`);
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('No figures to show. Give a list of figures, or the shared dataset.');
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fires shared-data-load with the normalised figures', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures></shared-key-figures>`);
    const event = oneEvent(el, 'shared-data-load');
    el.data = [{ value: 3, label: 'Three' }];
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail).to.deep.equal({ figures: [{ value: 3, label: 'Three', format: 'number', illustrative: false }] });
  });

  it('reads an inline JSON script when neither data nor src is set, even one added later', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures>
      <script type="application/json">{ "figures": [{ "value": 42, "label": "Inline" }] }</script>
    </shared-key-figures>`);
    await settled(el);
    expect(values(el)).to.deep.equal(['42']);
    el.querySelector('script')!.textContent = '{ "figures": [{ "value": 43, "label": "Changed" }] }';
    await aTimeout(0);
    await settled(el);
    expect(values(el)).to.deep.equal(['43']);
  });

  it('locates broken inline JSON by line and column', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures><script type="application/json">{
  "figures": [
    { "value": 1 "label": "x" }
  ]
}</script></shared-key-figures>`);
    await settled(el);
    expect(text(part(el, 'error'))).to.match(/the JSON inside the element, line 3, column 18: not valid JSON/);
    await expect(el).to.be.accessible();
  });

  it('loads src as JSON or CSV, by format, content type or extension', async () => {
    const csv = encodeURIComponent('value,label,format\n626,Arrangements,number\n1340000000,Saved,currency');
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures src="/test-server/echo?type=text/csv&body=${csv}"></shared-key-figures>`);
    await settled(el);
    expect(values(el)).to.deep.equal(['626', '£1.34bn']);
    el.setAttribute('src', `/test-server/echo?type=text/plain&body=${csv}`);
    el.setAttribute('format', 'csv');
    await settled(el);
    expect(values(el)).to.deep.equal(['626', '£1.34bn']);
  });

  it('locates a bad CSV cell by line and column name', async () => {
    const csv = encodeURIComponent('value,label\n626,Arrangements\nabc,Broken');
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures format="csv" src="/test-server/echo?body=${csv}"></shared-key-figures>`);
    await settled(el);
    expect(values(el)).to.deep.equal(['626']);
    expect(text(part(el, 'warnings'))).to.contain('line 3, value: expected a number, or a financial year such as 2018/19, got "abc"');
  });

  it('reports a 404 with the address and status', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures src="/test-server/status/404"></shared-key-figures>`);
    await settled(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('the server answered 404 Not Found for /test-server/status/404');
    await expect(el).to.be.accessible();
  });

  it('is busy while loading and times out a slow server with a clear message', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures timeout="0.3" src="/test-server/slow?ms=3000"></shared-key-figures>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(text(part(el, 'loading'))).to.equal('Loading data…');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(text(part(el, 'error'))).to.contain('/test-server/slow?ms=3000 took longer than 0.3 seconds to answer');
  });

  it('abandons the previous request when src changes', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures src="/test-server/slow?ms=800"></shared-key-figures>`);
    const loads: unknown[] = [];
    el.addEventListener('shared-data-load', (e) => loads.push(e.detail));
    const body = encodeURIComponent('{"figures":[{"value":7,"label":"Second"}]}');
    el.src = `/test-server/echo?type=application/json&body=${body}`;
    await settled(el);
    await aTimeout(1000);
    expect(values(el)).to.deep.equal(['7']);
    expect(loads).to.have.length(1);
  });

  it('lets the data property win over src', async () => {
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures src="/test-server/status/404" .data=${{ figures: [{ value: 5, label: 'Set' }] }}></shared-key-figures>`);
    await settled(el);
    expect(values(el)).to.deep.equal(['5']);
  });

  it('never throws and never goes blank, whatever it is fed', async function () {
    // Many renders in one test: on a loaded machine (CI, Firefox) this takes longer than mocha's 10 s.
    this.timeout(60_000);
    await fuzzElement({ tag: 'shared-key-figures', seeds: [lga, dataset], content: '[part~="figure"]' });
  });
});
