import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/partner-roster/partner-roster.js';
import type { SharedPartnerRoster } from '../../src/components/partner-roster/partner-roster.component.js';
import { readRoster } from '../../src/components/partner-roster/partner-roster.data.js';
import { layoutRoster } from '../../src/components/partner-roster/partner-roster.layout.js';
import { rosterMessages } from '../../src/components/partner-roster/partner-roster.messages.js';
import { fuzzElement } from '../helpers/fuzz.js';
import { part, settled, text } from '../helpers/element.js';
import { manyPartners, westMidlands } from '../fixtures/datasets.js';

const dataset = westMidlands;

async function roster(attrs: { data?: unknown; src?: string; partnership?: string; width?: number; group?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${attrs.width ?? 900}px">
    <shared-partner-roster .data=${attrs.data} src=${attrs.src ?? ''} partnership=${attrs.partnership ?? ''} group-by=${attrs.group ?? 'none'}></shared-partner-roster>
  </div>`);
  const el = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
  await settled(el);
  return el;
}

const codes = (el: Element) => [...el.shadowRoot!.querySelectorAll('[data-code]')].map((r) => r.getAttribute('data-code'));
const header = (el: Element, label: string) => [...el.shadowRoot!.querySelectorAll('thead th')].find((th) => text(th).startsWith(label))!;

describe('<shared-partner-roster>', () => {
  it('highlights the council named by `council`, in text and ARIA as well as by colour', async () => {
    const el = await roster({ data: dataset, partnership: 'adoption' });
    expect(el.shadowRoot!.querySelectorAll('[data-highlighted]')).to.have.length(0);
    el.council = 'E08000029';
    await el.updateComplete;
    const marked = [...el.shadowRoot!.querySelectorAll('[data-highlighted]')];
    expect(marked.map((r) => r.getAttribute('data-code'))).to.deep.equal(['E08000029']);
    expect(marked[0]!.querySelector('button.council')!.getAttribute('aria-current')).to.equal('true');
    expect(text(marked[0])).to.contain('Highlighted');
    await expect(el).to.be.accessible();
  });

  it('shows one partnership as a real table: caption, scoped headers, roles as tags, shares right-aligned', async () => {
    const el = await roster({ data: dataset, partnership: 'adoption' });
    const table = part(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Partner councils of Adoption Central England');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(codes(el)).to.deep.equal(['E08000026', 'E06000019', 'E08000029']);
    const first = table.querySelector('tbody tr')!;
    expect(text(first.querySelector('th[scope="row"] .council'))).to.equal('Coventry City Council');
    expect(text(first.querySelector('.tag.role-host'))).to.equal('Host');
    const share = first.querySelector('td.num')!;
    expect(text(share)).to.equal('40%');
    expect(getComputedStyle(share).textAlign).to.equal('right');
    expect(text(first)).to.contain('February 2018');
    expect(text(part(el, 'notes'))).to.equal('Shares add up to 100%.');
    await expect(el).to.be.accessible();
  });

  it('links valid emails and phones only', async () => {
    const el = await roster({ data: { partners: [
      { council: 'E08000026', contact: { email: 'a@coventry.example.org', phone: '024 7683 3333' } },
      { council: 'E08000029', contact: { email: 'javascript:alert(1)', phone: 'call reception' } }
    ] } });
    const [good, bad] = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect([...good!.querySelectorAll('.contact a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:a@coventry.example.org', 'tel:02476833333']);
    expect(bad!.querySelectorAll('.contact a').length).to.equal(0);
    expect(text(bad!.querySelector('.contact'))).to.contain('javascript:alert(1)');
    expect(bad!.hasAttribute('data-flagged')).to.equal(true);
    expect(text(bad!.querySelector('.flag'))).to.contain('partners[1].contact.email: expected an email address');
    await expect(el).to.be.accessible();
  });

  it('sorts by any column with buttons in the headers and aria-sort', async () => {
    const el = await roster({ data: dataset, partnership: 'adoption' });
    const shareHeader = header(el, 'Share');
    shareHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'Share').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'Council').hasAttribute('aria-sort')).to.equal(false);
    expect(codes(el)).to.deep.equal(['E06000019', 'E08000029', 'E08000026']);
    header(el, 'Share').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'Share').getAttribute('aria-sort')).to.equal('descending');
    expect(codes(el)).to.deep.equal(['E08000026', 'E08000029', 'E06000019']);
    // By keyboard: Tab to a header's button and press Enter.
    header(el, 'Joined').querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'Joined').getAttribute('aria-sort')).to.equal('ascending');
    expect(codes(el)[2]).to.equal('E06000019');
  });

  it('filters by text, keeps what was typed, and announces the count', async () => {
    const el = await roster({ data: dataset });
    expect(text(part(el, 'count'))).to.equal('5 partners shown');
    const input = part(el, 'filter') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'warw' });
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['E10000031']);
    expect(text(part(el, 'count'))).to.equal('1 partner shown');
    expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
    el.data = structuredClone(dataset);
    await settled(el);
    expect((part(el, 'filter') as HTMLInputElement).value).to.equal('warw');
    expect(codes(el)).to.deep.equal(['E10000031']);
    input.value = 'nothing like this';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('No partners match the filter.');
    await expect(el).to.be.accessible();
  });

  it('redraws the rows once a frame while typing, showing every keystroke in the box meanwhile', async () => {
    const el = await roster({ data: dataset });
    const all = codes(el);
    const input = part(el, 'filter') as HTMLInputElement;
    // Frames are run by hand here, so that "before the next frame" does not depend on the machine's speed.
    const frames: FrameRequestCallback[] = [];
    const real = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      const requested: number[] = [];
      for (const typed of ['w', 'wa', 'war']) {
        input.value = typed;
        input.dispatchEvent(new Event('input'));
        await aTimeout(0);
        requested.push(frames.length);
      }
      // One frame asked for by the first keystroke, none by the next two.
      expect(requested[0]).to.be.above(0);
      expect(requested).to.deep.equal([requested[0], requested[0], requested[0]]);
      // Another change redraws the roster before the frame: the box keeps what was typed.
      el.groupBy = 'role';
      await aTimeout(0);
      expect(input.value).to.equal('war');
      expect(codes(el).sort()).to.deep.equal([...all].sort());
      expect(text(part(el, 'count'))).to.equal('5 partners shown');
      // In the frame, the rows are filtered by all three.
      for (const callback of frames.splice(0)) callback(performance.now());
      await aTimeout(0);
      expect(codes(el)).to.deep.equal(['E10000031']);
      expect(text(part(el, 'count'))).to.equal('1 partner shown');
      // Waiting for the element applies what was typed without waiting for a frame.
      input.value = 'nothing like this';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text(part(el, 'count'))).to.equal('No partners match the filter.');
    } finally {
      window.requestAnimationFrame = real;
    }
  });

  it('groups by role or by service', async () => {
    const el = await roster({ data: dataset, group: 'role' });
    const groups = () => [...el.shadowRoot!.querySelectorAll('tr.group th')].map(text);
    expect(groups()).to.deep.equal(['Lead', 'Host', 'Partner']);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'service';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(groups()).to.deep.equal(['Adoption', 'Fostering', 'Waste']);
    await expect(el).to.be.accessible();
  });

  it('says when shares do not add up to 100%', async () => {
    const el = await roster({ data: dataset });
    expect(text(part(el, 'notes'))).to.equal('Shared waste disposal: shares add up to 90%, not 100%.');
  });

  it('shows cards with the same information in a 320px container, without horizontal scroll', async () => {
    const el = await roster({ data: dataset, partnership: 'adoption', width: 320 });
    expect(part(el, 'table')).to.equal(null);
    const cards = el.shadowRoot!.querySelectorAll('[part~="card"]');
    expect(cards.length).to.equal(3);
    expect(text(cards[0])).to.contain('Host');
    expect(text(cards[0])).to.contain('40%');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('fires shared-select when a council is chosen, by keyboard too', async () => {
    const el = await roster({ data: dataset, partnership: 'adoption' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody .council')!;
    button.focus();
    const event = oneEvent(el, 'shared-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ kind: 'council', id: 'E08000026' });
  });

  it('reads CSV, flags bad cells on their rows, and exports CSV that reads back', async () => {
    const el = await roster({ src: '/test/fixtures/partners.csv' });
    expect(codes(el)).to.deep.equal(['E08000026', 'E08000029', 'E10000031']);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(text(rows[0]!.querySelector('td.num'))).to.equal('25%');
    expect(text(rows[1]!.querySelector('.flag'))).to.contain('line 3, email: expected an email address');
    expect(text(rows[2]!.querySelector('.flag'))).to.contain('line 4, role: expected one of lead, host, partner, got "chair"');
    const csv = await el.exportCsv()!.text();
    expect(csv.split('\n')[0]).to.equal('council,name,role,share,joined,services,email,phone');
    expect(csv).to.contain('E08000026,Coventry City Council,host,0.25,2018-02,Adoption; Fostering,adoption@coventry.example.org,024 7683 3333');
    const again = readRoster(undefined as never);
    expect(again.value).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('flags a share above 1 and a partner council in neither councils nor the register, and still shows the rest', async () => {
    const bad = structuredClone(dataset);
    (bad.partnerships[0]!.partners[1] as Record<string, unknown>).share = 1.4;
    (bad.partnerships[0]!.partners[2] as Record<string, unknown>).council = 'E07000299';
    const el = await roster({ data: bad, partnership: 'adoption' });
    expect(codes(el)).to.have.members(['E08000026', 'E08000029', 'E07000299']);
    const flags = [...el.shadowRoot!.querySelectorAll('.flag')].map(text).join(' ');
    expect(flags).to.contain('partnerships[0].partners[1].share: expected a number from 0 to 1, got 1.4');
    expect(flags).to.contain('partnerships[0].partners[2].council: expected a council listed in "councils", got "E07000299"');
    expect(text(el.shadowRoot!.querySelector('[part~="warnings"]'))).to.contain('partnerships[0].partners[2].council: E07000299 is not a UK council code');
    await expect(el).to.be.accessible();
  });

  it('names a partner that `councils` leaves out from the council register, with no flag', async () => {
    const named = structuredClone(dataset);
    (named.partnerships[0]!.partners[2] as Record<string, unknown>).council = 'E07000222';
    const el = await roster({ data: named, partnership: 'adoption' });
    const row = el.shadowRoot!.querySelector('[data-code="E07000222"]')!;
    expect(text(row)).to.contain('Warwick');
    expect(row.querySelector('.flag')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error, an empty state and Welsh', async () => {
    const broken = await roster({ data: { partners: 'none' } });
    expect(part(broken, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(broken).to.be.accessible();
    const empty = await roster();
    expect(text(part(empty, 'empty'))).to.contain('No partners to show');
    await expect(empty).to.be.accessible();
    const wrapper = await fixture(html`<div lang="cy" style="width: 900px"><shared-partner-roster .data=${dataset}></shared-partner-roster></div>`);
    const welsh = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
    await settled(welsh);
    await aTimeout(0);
    expect(text(part(welsh, 'count'))).to.equal('Dangosir 5 partner');
    expect(text(welsh.shadowRoot!.querySelector('.role-host'))).to.equal('Lletywr');
  });

  it('draws a long roster a page at a time, with a button to show every partner', async () => {
    const el = await roster({ data: manyPartners(120) });
    expect(codes(el).length).to.equal(50);
    expect(text(part(el, 'count'))).to.equal('50 of 120 partners shown');
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Show all 120 partners')!;
    more.click();
    await el.updateComplete;
    // Drawn a part a frame: the first page and 10 more at once, the others in the frames after.
    expect(codes(el).length).to.equal(60);
    expect(text(part(el, 'count'))).to.equal('120 partners shown');
    await waitUntil(() => codes(el).length === 120, 'every partner drawn within a few frames', { timeout: 5000 });
    expect(new Set(codes(el)).size).to.equal(120);
    const csv = await el.exportCsv()!.text();
    expect(csv.trim().split('\n').length).to.equal(121);
  });

  it('shows a re-sorted, filtered or regrouped page 17 rows a frame, every row there at once', async () => {
    const el = await roster({ data: manyPartners(120) });
    const shown = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-code]')].filter((r) => r.getClientRects().length > 0).length;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // A first drawing shows the whole page.
    expect(shown()).to.equal(50);
    const changes: [string, () => void][] = [
      ['sorted', () => ([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead .sort')][3]!.click())],
      ['filtered', () => (el.filter = 'council 1')],
      [
        'grouped',
        () => {
          el.filter = '';
          el.groupBy = 'role';
        }
      ]
    ];
    for (const [change, act] of changes) {
      act();
      await el.updateComplete;
      // Every row of the page is there, in its new order, and counted; the first 17 are shown.
      const all = layoutRoster(readRoster(manyPartners(120)).value!, {
        sort: el.sort,
        descending: el.descending,
        filter: el.filter,
        group: el.groupBy,
        m: rosterMessages.en,
        intlLocale: 'en-GB',
        limit: 50
      });
      const page = all.groups.flatMap((g) => g.rows.map((v) => v.row.code));
      expect(codes(el), change).to.deep.equal(page);
      expect(page.length, change).to.be.above(17);
      expect(shown(), change).to.equal(17);
      // A group's heading is shown with its first row: none is shown without rows.
      for (const heading of el.shadowRoot!.querySelectorAll<HTMLElement>('tr.group')) expect(heading.hidden, text(heading)).to.equal((heading.nextElementSibling as HTMLElement).hidden);
      if (change === 'grouped') expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('tr.group')].filter((h) => h.hidden)).to.have.length.above(0);
      expect(text(part(el, 'count')), change).to.equal(all.shown > 50 ? `50 of ${all.shown} partners shown` : `${all.shown} partners shown`);
      expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => text(b).startsWith('Show all')), change).to.equal(all.shown > 50);
      // 17 more a frame, in order, until the page is shown.
      const parts = [shown()];
      while (parts.length < 10 && parts.at(-1)! < page.length) {
        await frame();
        await el.updateComplete;
        parts.push(shown());
      }
      expect(parts, change).to.deep.equal([17, 34, 51].map((n) => Math.min(n, page.length)).filter((n, i, all) => all.indexOf(n) === i));
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-code]')];
      expect(rows.every((r) => !r.hidden), change).to.equal(true);
    }
  });

  it('exports a name a spreadsheet would run as a formula as text', async () => {
    const el = await roster({ data: { partners: [{ council: 'E08000026', name: '=HYPERLINK("http://x","y")', phone: '+44 24 7683 3333' }] } });
    const csv = await el.exportCsv()!.text();
    expect(csv.split('\n')[1]).to.equal('E08000026,"\'=HYPERLINK(""http://x"",""y"")",,,,,,\'+44 24 7683 3333');
  });

  it('sorts and filters 1,000 partners', () => {
    const rows = readRoster(manyPartners(1000)).value!;
    const view = layoutRoster(rows, { sort: 'share', descending: true, filter: 'council 9', group: 'none', m: rosterMessages.en, intlLocale: 'en-GB' });
    expect(view.shown).to.equal(111);
    expect(view.groups[0]!.rows[0]!.row.share).to.equal(0.99);
  });

  it('never throws and never goes blank, whatever it is fed', async function () {
    // Many renders in one test: on a loaded machine (CI, Firefox) this takes longer than mocha's 10 s.
    this.timeout(60_000);
    await fuzzElement({ tag: 'shared-partner-roster', seeds: [dataset, { partners: dataset.partnerships[0]!.partners }], content: '[part~="table"], [part~="cards"], [part~="count"]', runs: 120 });
  });
});
