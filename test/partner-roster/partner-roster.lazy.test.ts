// The roster at 10,000 partners (issue 18, item 3): a long list is checked a part at a time after
// its first page is drawn, yet a bad partner near the end still gets its located message, the
// count says checking is under way meanwhile, and sorting and filtering give the right rows.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/partner-roster/partner-roster.js';
import type { SharedPartnerRoster } from '../../src/components/partner-roster/partner-roster.component.js';
import { CHECK_AT_ONCE, checkMore, readRoster, unchecked } from '../../src/components/partner-roster/partner-roster.data.js';
import { part, settled, text } from '../helpers/element.js';

interface P {
  council?: unknown;
  name: string;
  role?: string;
  share?: unknown;
  joined?: string;
  services?: string[];
}

/** `n` partners in a shuffled order (names and shares not in the list's order), with bad fields where asked. */
function partners(n: number, bad: { share?: number[]; council?: number[] } = {}): { partners: P[] } {
  return {
    partners: Array.from({ length: n }, (_, i) => {
      const k = (i * 7919) % n;
      const p: P = {
        council: bad.council?.includes(i) ? 'nowhere' : `E07${String(i).padStart(6, '0')}`,
        name: `Council ${k}`,
        share: bad.share?.includes(i) ? 'lots' : (k % 97) / 100,
        joined: `${2000 + (k % 20)}-0${1 + (k % 9)}`,
        services: [['Adoption', 'Waste', 'Legal', 'ICT'][k % 4]!]
      };
      if (k % 5) p.role = ['lead', 'host', 'partner'][k % 3]!;
      return p;
    })
  };
}

async function roster(data: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px" lang="en-GB"><shared-partner-roster .data=${data}></shared-partner-roster></div>`);
  const el = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
  await settled(el);
  return el;
}
const checked = async (el: SharedPartnerRoster) => {
  await waitUntil(() => !text(part(el, 'count')).includes('Still checking'), 'still checking', { timeout: 20_000 });
  await el.updateComplete;
};
const codes = (el: Element) => [...el.shadowRoot!.querySelectorAll('[data-code]')].map((r) => r.getAttribute('data-code')!);
const sortButton = (el: Element, label: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead .sort')].find((b) => text(b) === label)!;

describe('<shared-partner-roster> checking a long list a part at a time', function () {
  this.timeout(60_000);

  it('reads a list in parts to the same rows and located problems as all at once, whatever the parts (fast-check)', () => {
    const partner = fc.oneof(
      fc.record({ council: fc.integer({ min: 0, max: 30 }).map((i) => `E07${String(i).padStart(6, '0')}`), name: fc.constantFrom('A', 'b', 'Council 9'), share: fc.constantFrom(0.5, 'lots', -1) }, { requiredKeys: ['council'] }),
      fc.constantFrom(null, 7, { name: 'No code' }, { council: 'nowhere' }, { council: 'E07000001', email: 'not an address' })
    );
    fc.assert(
      fc.property(fc.array(partner, { minLength: CHECK_AT_ONCE - 5, maxLength: CHECK_AT_ONCE + 300 }), fc.integer({ min: 1, max: 400 }), (list, step) => {
        const whole = readRoster({ partners: list });
        const parts = readRoster({ partners: list }, true);
        const model = parts.value!;
        while (unchecked(model)) {
          let n = 0;
          checkMore(model, () => ++n < step);
        }
        expect(model.rows).to.deep.equal(whole.value!.rows);
        expect(parts.problems).to.deep.equal(whole.problems);
      }),
      { seed: 18, numRuns: 25 }
    );
  });

  it('draws the first page before checking every partner, says it is checking, then reports a bad partner near the end at its place', async () => {
    const data = partners(10_000, { share: [9000], council: [9500] });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px" lang="en-GB"></div>`);
    const el = document.createElement('shared-partner-roster');
    const loaded = oneEvent(el, 'shared-data-load');
    // How many rows each shared-data-load said, when it came.
    const said: number[] = [];
    el.addEventListener('shared-data-load', (e) => said.push((e as CustomEvent<{ rows: unknown[] }>).detail.rows.length));
    el.data = data;
    wrapper.append(el);
    await loaded;
    await el.updateComplete;
    // The first page is drawn at once, and the count says that more are being checked.
    expect(codes(el)).to.have.length(50);
    expect(said).to.deep.equal([CHECK_AT_ONCE]);
    expect(text(part(el, 'count'))).to.equal(`50 of ${CHECK_AT_ONCE} partners shown Still checking ${(10_000 - CHECK_AT_ONCE).toLocaleString('en-GB')} more partners…`);
    expect(part(el, 'warnings')).to.equal(null);
    await checked(el);
    expect(text(part(el, 'count'))).to.equal('50 of 9,999 partners shown');
    // The load event comes again once every partner is checked, with all of them.
    await waitUntil(() => said.length === 2, 'shared-data-load again with every partner');
    expect(said).to.deep.equal([CHECK_AT_ONCE, 9999]);
    // The partner with no usable council code is left out, and said so with where it is.
    expect(text(part(el, 'warnings'))).to.contain('partners[9500].council');
    // The partner with a bad share keeps its row, flagged with where the problem is.
    const name = data.partners[9000]!.name;
    el.filter = name.toLowerCase();
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector<HTMLElement>(`[data-code="E07009000"]`)!;
    expect(row, `${name}'s row`).to.exist;
    expect(row.hasAttribute('data-flagged')).to.equal(true);
    expect(text(row.querySelector('.flag'))).to.contain('partners[9000].share');
    await expect(el).to.be.accessible();
  });

  it('checks the rest in parts, each a task of its own, so that other tasks run between them', async () => {
    // Two tickers, a message to itself and a timer, each counting the tasks it ran; each partner
    // notes the counts when it is first read. Partners read in one task all see the same counts.
    const ticks = { message: 0, timer: 0 };
    let ticking = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      ticks.message++;
      if (ticking) channel.port2.postMessage(null);
    };
    const timer = () => {
      ticks.timer++;
      if (ticking) setTimeout(timer, 0);
    };
    const seen: { message: number; timer: number }[] = [];
    const list = partners(10_000).partners.map((p, i) =>
      Object.defineProperty({ ...p }, 'council', {
        enumerable: true,
        get: () => {
          if (!seen[i]) {
            seen[i] = { ...ticks };
            // A little work on each partner's first reading, so that checking the rest takes long
            // enough for several 10 ms parts on a fast machine too (the parts are timed, not counted).
            let x = 0;
            for (let k = 0; k < 20_000; k++) x += k % 7;
            if (x < 0) throw new Error('unreachable');
          }
          return p.council;
        }
      })
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px" lang="en-GB"></div>`);
    const el = document.createElement('shared-partner-roster');
    const loaded = oneEvent(el, 'shared-data-load');
    el.data = { partners: list };
    wrapper.append(el);
    channel.port2.postMessage(null);
    setTimeout(timer, 0);
    await loaded;
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.contain('Still checking');
    await checked(el);
    ticking = false;
    expect(seen.length).to.equal(10_000);
    // The first part is read at once, for the first page.
    expect(new Set(seen.slice(0, CHECK_AT_ONCE).map((s) => s.message))).to.have.length(1);
    // The rest in several parts, with both kinds of task run between them.
    const rest = seen.slice(CHECK_AT_ONCE);
    expect(new Set(rest.map((s) => s.message)).size, 'parts with a message task between').to.be.greaterThan(2);
    expect(new Set(rest.map((s) => s.timer)).size, 'parts with a timer task between').to.be.greaterThan(2);
    // Every partner checked all the same.
    expect(text(part(el, 'count'))).to.equal('50 of 10,000 partners shown');
  });

  it('goes on checking when moved in the page while checking', async () => {
    const data = partners(5000, { council: [4900] });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px" lang="en-GB"></div>`);
    const el = document.createElement('shared-partner-roster');
    const loaded = oneEvent(el, 'shared-data-load');
    el.data = data;
    wrapper.append(el);
    await loaded;
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.contain('Still checking');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    wrapper.append(el);
    await checked(el);
    expect(text(part(el, 'count'))).to.equal('50 of 4,999 partners shown');
    expect(text(part(el, 'warnings'))).to.contain('partners[4900].council');
  });

  it('puts every partner in the CSV even when asked while the list is still being checked', async () => {
    const data = partners(10_000, { council: [9999] });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><shared-partner-roster .data=${data}></shared-partner-roster></div>`);
    const el = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
    await waitUntil(() => codes(el).length === 50, 'first page drawn', { timeout: 20_000 });
    const csv = (await el.exportCsv()!.text()).trim().split('\n');
    expect(csv).to.have.length(10_000);
    expect(new Set(csv.slice(1).map((line) => line.split(',')[0]))).to.deep.equal(new Set(data.partners.slice(0, 9999).map((p) => p.council)));
  });

  it('sorts 10,000 partners by every column, both ways, and filters them, giving the right rows in the right order', async () => {
    const data = partners(10_000);
    const el = await roster(data);
    await checked(el);
    const all = data.partners.map((p, i) => ({ ...p, i }));
    const names = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
    const roleOrder: Record<string, number> = { lead: 0, host: 1, partner: 2 };
    // Independent of the roster's own keys: missing values last either way, ties in the list's order.
    type Row = (typeof all)[number];
    const by = (value: (p: Row) => string | number | undefined, compare: (a: never, b: never) => number) => (descending: boolean) =>
      [...all]
        .sort((a, b) => {
          const x = value(a);
          const y = value(b);
          if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.i - b.i;
          return (descending ? compare(y as never, x as never) : compare(x as never, y as never)) || a.i - b.i;
        })
        .map((p) => p.council as string);
    const numbers = (a: number, b: number) => a - b;
    const expected: Record<string, (descending: boolean) => string[]> = {
      Council: by((p) => p.name, names.compare),
      Role: by((p) => (p.role ? roleOrder[p.role] : undefined), numbers),
      Share: by((p) => p.share as number, numbers),
      Services: by((p) => p.services!.join(', '), names.compare),
      Joined: by((p) => Date.UTC(Number(p.joined!.slice(0, 4)), Number(p.joined!.slice(5, 7)) - 1), numbers)
    };
    expect(codes(el)).to.deep.equal(expected.Council!(false).slice(0, 50));
    for (const [label, order] of Object.entries(expected)) {
      for (const descending of label === 'Council' ? [true, false] : [false, true]) {
        sortButton(el, label).click();
        await el.updateComplete;
        expect(codes(el), `${label} ${descending ? 'descending' : 'ascending'}`).to.deep.equal(order(descending).slice(0, 50));
      }
    }
    // Filtering keeps the order and counts every match, not only those drawn.
    const input = part(el, 'filter') as HTMLInputElement;
    input.value = 'Council 12';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const matching = expected.Joined!(true).filter((code) => /^council 12/i.test(data.partners[Number(code.slice(3))]!.name));
    expect(codes(el)).to.deep.equal(matching.slice(0, 50));
    expect(text(part(el, 'count'))).to.equal(`50 of ${matching.length.toLocaleString('en-GB')} partners shown`);
  });
});
