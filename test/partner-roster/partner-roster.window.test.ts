// "Show all" on a long roster (issue 18, item 3): only the rows on screen are in the page, yet the
// keyboard reaches every row, printing puts every row on paper and the CSV has every row.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/partner-roster/partner-roster.js';
import type { SharedPartnerRoster } from '../../src/components/partner-roster/partner-roster.component.js';
import { readRoster } from '../../src/components/partner-roster/partner-roster.data.js';
import { layoutRoster } from '../../src/components/partner-roster/partner-roster.layout.js';
import { rosterMessages } from '../../src/components/partner-roster/partner-roster.messages.js';
import { part, settled, text } from '../helpers/element.js';

/** Partners without contacts, so each row has one thing to tab to (the council's name). Names in a shuffled order. */
const many = (n: number) => ({
  partners: Array.from({ length: n }, (_, i) => ({
    council: `E07${String(i).padStart(6, '0')}`,
    name: `Council ${(i * 7919) % n}`,
    role: (['lead', 'host', 'partner'] as const)[i % 3],
    share: (i % 100) / 10_000
  }))
});

async function roster(data: unknown, width = 900) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" lang="en-GB"><shared-partner-roster .data=${data}></shared-partner-roster></div>`);
  const el = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
  await settled(el);
  // A long list is checked a part at a time after its first page is drawn: these tests are about every partner.
  await waitUntil(() => !text(part(el, 'count')).includes('Still checking'), 'still checking', { timeout: 20_000 });
  await el.updateComplete;
  return el;
}

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-code]')];
const codes = (el: Element) => rows(el).map((r) => r.getAttribute('data-code')!);
const button = (el: Element, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith(label));
/** Every partner's code in the roster's order (by council name), as the layout gives them with nothing left out. */
const order = (data: unknown, group: 'none' | 'role' = 'none') =>
  layoutRoster(readRoster(data).value!, { sort: 'council', descending: false, filter: '', group, m: rosterMessages.en, intlLocale: 'en-GB', limit: Infinity });
function focused(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/** Scrolls to the end until the last row is drawn (again, as a reader would, if the page's height changed as rows were measured). */
async function scrollToEnd(el: Element, last: string) {
  await waitUntil(
    () => {
      scrollTo(0, document.documentElement.scrollHeight);
      return codes(el).includes(last);
    },
    'the last row is drawn once scrolled to',
    { timeout: 30_000, interval: 200 }
  );
}

async function showAll(el: SharedPartnerRoster) {
  button(el, 'Show all')!.click();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await el.updateComplete;
}

describe('<shared-partner-roster> showing every partner of a long roster', function () {
  this.timeout(120_000);
  afterEach(() => scrollTo(0, 0));

  it('draws only a window of 5,000 rows, each saying where it is among all of them', async () => {
    const data = many(5000);
    const el = await roster(data);
    await showAll(el);
    const drawn = rows(el);
    expect(drawn.length).to.be.within(20, 400);
    expect(part(el, 'table')!.getAttribute('aria-rowcount')).to.equal('5001');
    expect(text(part(el, 'count'))).to.equal('5,000 partners shown');
    const all = order(data).groups[0]!.rows.map((v) => v.row.code);
    for (const row of drawn) {
      const at = Number(row.getAttribute('aria-rowindex')) - 2;
      expect(row.getAttribute('data-code'), `row ${at}`).to.equal(all[at]);
    }
    // Scrolled to the end: the last partners are drawn, and still only a window.
    await scrollToEnd(el, all.at(-1)!);
    expect(rows(el).length).to.be.within(20, 400);
    for (const row of rows(el)) expect(row.getAttribute('data-code')).to.equal(all[Number(row.getAttribute('aria-rowindex')) - 2]);
    await expect(el).to.be.accessible();
  });

  it('has rows on screen wherever the reader scrolls, rows taller than first thought included', async () => {
    // Rows of three lines (name, email, phone): far taller than the height the window starts from.
    const data = {
      partners: many(3000).partners.map((p, i) => ({ ...p, contact: { name: `Officer ${i}`, email: `officer${i}@council${i}.example.org`, phone: '024 7683 3333' } }))
    };
    const el = await roster(data);
    await showAll(el);
    const onScreen = () => {
      const box = part(el, 'table')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + 20, innerHeight / 2);
      return hit?.closest('[data-code]')?.getAttribute('data-code') ?? null;
    };
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    };
    const all = order(data).groups[0]!.rows.map((v) => v.row.code);
    await scrollToEnd(el, all.at(-1)!);
    await frames(3);
    // Up a screen at a time from the end, and jumps: a row is in the middle of the screen each time, within a few frames.
    const seen: (string | null)[] = [];
    for (const move of [-1, -1, -1, -30, -1, 50, -1]) {
      scrollBy(0, move * innerHeight);
      await frames(4);
      seen.push(onScreen());
    }
    expect(seen, 'a row in the middle of the screen after each move').to.not.include(null);
  });

  it('reaches every one of 260 rows with Tab, in order, and back with Shift+Tab', async () => {
    const data = many(260);
    const el = await roster(data);
    const all = order(data).groups[0]!.rows.map((v) => v.row.code);
    await showAll(el);
    expect(rows(el).length).to.be.below(260);
    const first = el.shadowRoot!.querySelector<HTMLElement>('[data-code] .council')!;
    first.focus();
    const visited = [focused()!.closest('[data-code]')!.getAttribute('data-code')];
    for (let i = 1; i < all.length; i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      visited.push(focused()?.closest('[data-code]')?.getAttribute('data-code') ?? `(focus left the table at ${i})`);
    }
    expect(visited).to.deep.equal(all);
    expect(rows(el).length).to.be.below(260);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
    }
    await sendKeys({ up: 'Shift' });
    expect(focused()?.closest('[data-code]')?.getAttribute('data-code')).to.equal(all.at(-31));
  });

  it('gives the rows of every group their positions, group headings included', async () => {
    const data = many(600);
    const el = await roster(data);
    await showAll(el);
    el.groupBy = 'role';
    await el.updateComplete;
    const full = order(data, 'role');
    // Positions as the whole table has them: each heading, then its rows.
    const positions: string[] = [];
    for (const g of full.groups) positions.push(`group ${g.label}`, ...g.rows.map((v) => v.row.code));
    expect(part(el, 'table')!.getAttribute('aria-rowcount')).to.equal(String(positions.length + 1));
    const drawn = [...el.shadowRoot!.querySelectorAll('tbody:not(.spacer) tr')];
    expect(drawn.length).to.be.below(300);
    for (const tr of drawn) {
      const at = Number(tr.getAttribute('aria-rowindex')) - 2;
      expect(tr.classList.contains('group') ? `group ${text(tr)}` : tr.getAttribute('data-code')).to.equal(positions[at]);
    }
  });

  it('prints every row, and windows again after printing', async () => {
    const data = many(3000);
    const el = await roster(data);
    await showAll(el);
    expect(rows(el).length).to.be.below(3000);
    dispatchEvent(new Event('beforeprint'));
    expect(rows(el).length).to.equal(3000);
    expect(el.shadowRoot!.querySelector('.spacer')).to.equal(null);
    expect(codes(el)).to.deep.equal(order(data).groups[0]!.rows.map((v) => v.row.code));
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows(el).length).to.be.below(3000);
  });

  it('puts every row in the CSV while only a window is drawn', async () => {
    const data = many(3000);
    const el = await roster(data);
    await showAll(el);
    expect(rows(el).length).to.be.below(3000);
    const csv = (await el.exportCsv()!.text()).trim().split('\n');
    expect(csv).to.have.length(3001);
    expect(new Set(csv.slice(1).map((line) => line.split(',')[0]))).to.deep.equal(new Set(data.partners.map((p) => p.council)));
  });

  it('windows cards on a narrow roster too, each card saying where it is in the list', async () => {
    const data = many(1000);
    const el = await roster(data, 320);
    await showAll(el);
    const cards = [...el.shadowRoot!.querySelectorAll('li.card')];
    expect(cards.length).to.be.within(5, 300);
    const all = order(data).groups[0]!.rows.map((v) => v.row.code);
    for (const card of cards) {
      expect(card.getAttribute('aria-setsize')).to.equal('1000');
      expect(card.getAttribute('data-code')).to.equal(all[Number(card.getAttribute('aria-posinset')) - 1]);
    }
  });
});
