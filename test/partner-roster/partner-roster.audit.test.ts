// The roster's defects from the accessibility and hostile-input audit (issue 16) and the scale case
// of issue 18: each test fails on the code before the fix.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/components/partner-roster/partner-roster.js';
import type { SharedPartnerRoster } from '../../src/components/partner-roster/partner-roster.component.js';
import { readRoster, readRosterCsv, wellFormed } from '../../src/components/partner-roster/partner-roster.data.js';
import { layoutRoster, SORT_KEYS } from '../../src/components/partner-roster/partner-roster.layout.js';
import { rosterMessages } from '../../src/components/partner-roster/partner-roster.messages.js';
import { partnerSchema } from '../../src/data/dataset.js';
import { check } from '../../src/data/validate.js';
import { malformed } from '../helpers/fuzz.js';
import { part, settled, text } from '../helpers/element.js';
import { manyPartners } from '../fixtures/datasets.js';

const many = manyPartners;

async function roster(data: unknown, attrs: { partnership?: string; width?: number; lang?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${attrs.width ?? 900}px" lang=${attrs.lang ?? 'en-GB'}>
    <shared-partner-roster .data=${data} partnership=${attrs.partnership ?? ''}></shared-partner-roster>
  </div>`);
  const el = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
  await settled(el);
  // A long list is checked a part at a time after its first page is drawn: these tests are about every partner.
  await waitUntil(() => !text(part(el, 'count')).includes('Still checking'), 'still checking', { timeout: 20_000 });
  await el.updateComplete;
  return el;
}

const codes = (el: Element) => [...el.shadowRoot!.querySelectorAll('[data-code]')].map((r) => r.getAttribute('data-code'));
const button = (el: Element, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith(label));

/** The deepest focused element, through shadow roots. */
function focused(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

describe('<shared-partner-roster> audit fixes', function () {
  // Generous: these run with axe and large rosters on a shared two-core machine.
  this.timeout(30_000);
  it('A-M8: "Show all" hands focus to the first row it adds (in the next frame), not to the page', async () => {
    const el = await roster(many(64));
    const more = button(el, 'Show all 64 partners')!;
    more.focus();
    more.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(button(el, 'Show all')).to.equal(undefined);
    expect(focused()).to.not.equal(document.body);
    expect(focused()!.closest('[data-code]')!.getAttribute('data-code')).to.equal(codes(el)[50]);
    // The rest come a part a frame, from the frame after the one focus moved in.
    await waitUntil(() => codes(el).length === 64, 'every row drawn', { timeout: 5_000 });
    await expect(el).to.be.accessible();
  });

  it('says "50 of 64 partners shown" while only 50 are drawn, and "64 partners shown" once all are', async () => {
    const el = await roster(many(64));
    expect(codes(el)).to.have.length(50);
    expect(text(part(el, 'count'))).to.equal('50 of 64 partners shown');
    button(el, 'Show all')!.click();
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('64 partners shown');
  });

  it('heads group rows with scope="rowgroup"', async () => {
    const el = await roster(many(6));
    el.groupBy = 'role';
    await el.updateComplete;
    const heads = [...el.shadowRoot!.querySelectorAll('tr.group th')];
    expect(heads.map(text)).to.deep.equal(['Lead', 'Host', 'Partner']);
    expect(heads.every((th) => th.getAttribute('scope') === 'rowgroup')).to.equal(true);
  });

  it('leaves the drawn sort arrows out of the sort buttons’ accessible names', async () => {
    const el = await roster(many(6));
    (el.shadowRoot!.querySelector('thead .sort') as HTMLButtonElement).click();
    await el.updateComplete;
    const tree = (await executeServerCommand('ax-tree')) as { role: string; name: string }[];
    const names = tree.filter((n) => n.role === 'button').map((n) => n.name);
    for (const column of ['Council', 'Role', 'Share', 'Services', 'Joined', 'Contact']) expect(names, column).to.include(column);
    expect(names.filter((n) => /[↕▲▼]/.test(n))).to.deep.equal([]);
  });

  it('finds role words in the new language after a language switch', async () => {
    const el = await roster(many(6));
    el.filter = 'lead';
    await el.updateComplete;
    expect(codes(el)).to.have.length(2);
    el.setAttribute('lang', 'cy');
    await waitUntil(() => text(part(el, 'count')).startsWith('Nid oes'), 'the roster is in Welsh');
    el.filter = 'arweinydd';
    await el.updateComplete;
    expect(codes(el)).to.have.length(2);
  });

  it('R-H4: reads a partnership whose id has spaces around it, and shows it by its trimmed id', async () => {
    const data = {
      councils: [{ code: 'E08000026', name: 'Coventry City Council' }],
      partnerships: [
        { id: ' legal ', name: 'Legal services', partners: [{ council: 'E08000026', role: 'lead', share: 1 }] },
        { id: 'waste', name: 'Waste', partners: [{ council: 'E08000026', role: 'lead', share: 1 }] }
      ]
    };
    const all = await roster(data);
    expect(part(all, 'error')).to.equal(null);
    expect(codes(all)).to.have.length(2);
    const one = await roster(data, { partnership: 'legal' });
    expect(text(one.shadowRoot!.querySelector('caption'))).to.equal('Partner councils of Legal services');
    expect(codes(one)).to.deep.equal(['E08000026']);
  });

  it('R-M5: a name or service of 10,000 letters without a space wraps inside the widget', async () => {
    const long = 'x'.repeat(10_000);
    const el = await roster({ partners: [{ council: 'E08000026', name: long, services: [long], partnership: long }] }, { width: 700 });
    const wrap = el.shadowRoot!.querySelector('.wrap') as HTMLElement;
    expect(wrap.scrollWidth).to.be.at.most(700);
    expect(el.getBoundingClientRect().width).to.be.at.most(700);
    const cards = await roster({ partners: [{ council: 'E08000026', name: long, services: [long] }] }, { width: 320 });
    expect(part(cards, 'base')!.scrollWidth).to.be.at.most(320);
  });

  it('R-M3: "Show all" at 15,000 partners draws only the rows on screen as the reader scrolls; the CSV still has everyone', async function () {
    this.timeout(60_000);
    const el = await roster(many(15_000));
    expect(codes(el)).to.have.length(50);
    button(el, 'Show all')!.click();
    await el.updateComplete;
    const first = codes(el).length;
    expect(first).to.be.within(51, 1000);
    expect(part(el, 'table')!.getAttribute('aria-rowcount')).to.equal('15001');
    const firstIndex = () => Number(el.shadowRoot!.querySelector('[data-code]')!.getAttribute('aria-rowindex'));
    await waitUntil(
      () => {
        scrollTo(0, document.documentElement.scrollHeight);
        return firstIndex() > 10_000;
      },
      'scrolling to the end draws the rows there, not those at the top',
      { timeout: 30_000, interval: 200 }
    );
    expect(codes(el).length).to.be.at.most(1000);
    const csv = await el.exportCsv()!.text();
    expect(csv.trim().split('\n')).to.have.length(15_001);
    // A new filter starts from the top again, a window of rows rather than thousands at once.
    el.filter = 'council 1';
    await el.updateComplete;
    expect(codes(el).length).to.be.at.most(1000);
    expect(el.shadowRoot!.querySelector('[data-code]')!.getAttribute('aria-rowindex')).to.equal('2');
    scrollTo(0, 0);
  });

  it('R-M1: a phone starting with + does not open as a formula, and the roster reads its own CSV back', async () => {
    const el = await roster({ partners: [{ council: 'E08000026', name: 'Coventry', email: '=cmd|\' /C calc\'!A0', phone: '+44 24 7683 3333' }] });
    const csv = await el.exportCsv()!.text();
    const line = csv.split('\n')[1]!;
    expect(line).to.contain(",'+44 24 7683 3333");
    expect(line).to.contain("'=cmd|' /C calc'!A0");
    const back = readRosterCsv(csv).value!.rows[0]!;
    expect(back.contact.phone).to.equal('+44 24 7683 3333');
    expect(back.contact.phoneHref).to.equal('tel:+442476833333');
  });

  it('does not make a mailto link of an address with a query or a second recipient', () => {
    const rows = readRoster({ partners: [
      { council: 'E08000026', email: 'a@council.example?body=hi' },
      { council: 'E08000029', email: 'a@council.example,b@elsewhere.example' },
      { council: 'E10000031', email: 'a@council.example' }
    ] }).value!.rows;
    expect(rows.map((r) => r.contact.emailHref)).to.deep.equal([undefined, undefined, 'mailto:a@council.example']);
  });

  it('a first page picked without sorting every row is the same page as the full sort gives', () => {
    const partner = fc.record(
      {
        council: fc.integer({ min: 0, max: 99 }).map((i) => `E07${String(i).padStart(6, '0')}`),
        name: fc.constantFrom('Coventry', 'coventry', 'Council 9', 'Council 10', 'Élan', 'elan', 'Zed', ''),
        role: fc.constantFrom('lead', 'host', 'partner'),
        share: fc.constantFrom(0, 0.25, 0.5, 1),
        joined: fc.constantFrom('2018-02', '2019-04', '2001-12'),
        services: fc.array(fc.constantFrom('Waste', 'Legal', 'ICT'), { maxLength: 2 })
      },
      { requiredKeys: ['council'] }
    );
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 80 }), fc.constantFrom(...SORT_KEYS), fc.boolean(), fc.constantFrom('', 'co', 'waste', 'lead', 'zzz'), fc.integer({ min: 1, max: 60 }), (partners, sort, descending, filter, limit) => {
        const options = { sort, descending, filter, group: 'none' as const, m: rosterMessages.en, intlLocale: 'en-GB' };
        const page = layoutRoster(readRoster({ partners }).value!, { ...options, limit });
        const model = readRoster({ partners }).value!;
        const full = layoutRoster(model, { ...options, limit: Infinity });
        const codes = (v: typeof page) => v.groups.flatMap((g) => g.rows.map((r) => r.row.key + r.row.name));
        expect(codes(page)).to.deep.equal(codes(full).slice(0, limit));
        expect(page.shown).to.equal(full.shown);
        expect(page.hidden).to.equal(Math.max(0, full.shown - limit));
      }),
      { seed: 18, numRuns: 300 }
    );
  });

  it('the fast path accepts exactly what the partner schema accepts', () => {
    const seed = { council: 'E08000026', role: 'host', share: 0.4, joined: '2018-02', services: ['Adoption'], contact: { name: 'A', email: 'a@b.org', phone: '024 7683 3333', illustrative: true }, illustrative: false };
    fc.assert(
      fc.property(malformed([seed, { council: 'E08000026' }]), (input) => {
        expect(wellFormed(input), JSON.stringify(input)).to.equal(check(partnerSchema, input).ok);
      }),
      { seed: 16, numRuns: 2000 }
    );
  });
});
