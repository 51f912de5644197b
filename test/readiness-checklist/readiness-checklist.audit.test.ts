// The checklist's defects from the accessibility and hostile-input audit (issue 16, A-M9 and the
// dropped-answers notice): each test fails on the code before the fix.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import { part, parts, settled, text } from '../helpers/element.js';
import { MAX_ITEMS, MAX_SECTIONS, readChecklist } from '../../src/components/readiness-checklist/readiness-checklist.data.js';
import { MAX_ANSWERS, MAX_FIELD } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import { MAX_IMPORT_BYTES } from '../../src/components/readiness-checklist/readiness-checklist.answers.js';
import { fill } from './checklist-actions.js';

interface AxNode {
  role: string;
  name: string;
  ignored: boolean;
}

async function checklist(data?: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><shared-readiness-checklist .data=${data}></shared-readiness-checklist></div>`);
  const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
  await settled(el);
  return el;
}

describe('<shared-readiness-checklist> audit fixes', function () {
  // Generous: these run with axe and large rosters on a shared two-core machine.
  this.timeout(30_000);
  it('A-M9: every item’s status radios are in the accessibility tree at load, off screen or not', async () => {
    const el = await checklist();
    const radios = el.shadowRoot!.querySelectorAll('input[type="radio"]').length;
    expect(radios).to.be.greaterThan(60);
    const exposed = async () => ((await executeServerCommand('ax-tree')) as AxNode[]).filter((n) => n.role === 'radio' && !n.ignored).length;
    // Laid out in full a section a frame after the first drawing: a second or so at most.
    const start = performance.now();
    while ((await exposed()) < radios && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 100));
    expect(await exposed()).to.equal(radios);
    expect(el.shadowRoot!.querySelectorAll('.section:not([data-shown])')).to.have.length(0);
  });

  it('names at most five dropped items, then how many more', async () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ id: `kept-${i}`, label: `Kept ${i}` }));
    const data = { id: 'many-dropped', title: 'Many dropped', sections: [{ id: 's', title: 'S', items }] };
    const el = await checklist(data);
    el.state = {
      version: 1,
      checklist: 'many-dropped',
      items: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`gone-${i}`, { status: 'done' }]))
    } as never;
    await el.updateComplete;
    const note = parts(el, 'notice').find((n) => n.dataset['kind'] === 'dropped')!;
    expect(text(note)).to.equal('Answers for items no longer in this checklist were dropped: gone-0, gone-1, gone-2, gone-3, gone-4 and 9,995 more.');
  });
});

describe('R-H9: the checklist refuses more than 200 sections, 2,000 items or 10,000 answers, and says so', function () {
  this.timeout(60_000);
  const item = (i: number) => ({ id: `i${i}`, label: `Item ${i}` });
  const small = { id: 'small', title: 'Small', sections: [{ id: 's', title: 'S', items: [item(0), item(1)] }] };
  // Read through a function: TypeScript narrows `el.state` to what was last assigned.
  const answers = (el: SharedReadinessChecklist) => el.state!.items;
  const bad = (el: Element) => parts(el, 'notice').filter((n) => n.getAttribute('role') === 'alert').map(text).join(' | ');

  it('refuses a checklist over the limits before its items are checked, with a message that says by how much', async () => {
    expect([MAX_SECTIONS, MAX_ITEMS]).to.deep.equal([200, 2_000]);
    const sections = Array.from({ length: MAX_SECTIONS + 1 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, items: [] }));
    expect(readChecklist({ id: 'c', title: 'C', sections }).problems).to.deep.equal([{ path: 'sections', expected: 'tooMany', params: { max: '200', count: '201' } }]);
    // 2,001 items, none with a label: only the limit is reported, not 2,001 missing labels.
    const items = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ id: `i${i}` }));
    const data = { id: 'c', title: 'C', sections: [{ id: 'a', title: 'A', items: items.slice(0, 1000) }, { id: 'b', title: 'B', items: items.slice(1000) }] };
    expect(readChecklist(data).problems).to.have.length(1);
    const el = await checklist(data);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'error'))).to.contain('sections: expected at most 2,000 items in all the sections, not 2,001');
    // At the limit, the checklist is read.
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => item(i));
    expect(readChecklist({ id: 'c', title: 'C', sections: [{ id: 'a', title: 'A', items: full }] }).problems).to.deep.equal([]);
  });

  it('refuses answers for more than 10,000 items, or a note of more than 100,000 characters', async () => {
    expect([MAX_ANSWERS, MAX_FIELD]).to.deep.equal([10_000, 100_000]);
    const el = await checklist(small);
    el.state = { version: 1, checklist: 'small', items: Object.fromEntries(Array.from({ length: MAX_ANSWERS + 1 }, (_, i) => [`i${i}`, { status: 'done' }])) } as never;
    await el.updateComplete;
    expect(bad(el)).to.contain('items: expected at most 10,000 here, not 10,001');
    el.state = { version: 1, checklist: 'small', items: { i0: { status: 'done', note: 'x'.repeat(MAX_FIELD + 1) }, i1: { status: 'done' } } } as never;
    await el.updateComplete;
    expect(bad(el)).to.contain('items.i0.note: expected at most 100,000 characters, not 100,001');
    expect(answers(el)['i1']!.status).to.equal('not-started');
  });

  it('refuses an imported file larger than 16 MB before reading it, and changes nothing', async () => {
    expect(MAX_IMPORT_BYTES).to.equal(16 * 1024 * 1024);
    const el = await checklist(small);
    const body = `{"version": 1, "checklist": "small", "items": {"i0": {"status": "done", "note": "${'x'.repeat(MAX_IMPORT_BYTES)}"}}}`;
    const input = part(el, 'import') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([body], 'big.json', { type: 'application/json' }));
    input.files = files.files;
    // Any read of the file's contents is recorded: refused by its size, it is never read.
    const reads: string[] = [];
    const file = input.files[0]!;
    for (const how of ['text', 'arrayBuffer', 'stream', 'slice', 'bytes'] as const) {
      const own = (file as unknown as Record<string, unknown>)[how];
      if (typeof own !== 'function') continue;
      Object.defineProperty(file, how, { value: (...args: unknown[]) => (reads.push(how), (own as (...a: unknown[]) => unknown).apply(file, args)) });
    }
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const start = performance.now();
    while (!bad(el) && performance.now() - start < 20_000) await new Promise((r) => setTimeout(r, 50));
    expect(bad(el)).to.contain('big.json is larger than 16 MB, the most a widget reads, so it was not read');
    expect(reads, 'the file was read').to.deep.equal([]);
    expect(answers(el)['i0']!.status).to.equal('not-started');
  });

  it('the owner, evidence and note fields hold no more than an answers file may (MAX_FIELD), so an export always imports back', async () => {
    const el = await checklist(small);
    await fill(el, 'i0', 'note', 'x');
    for (const field of ['owner', 'evidence', 'note']) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-item="i0"] [data-field="${field}"]`)!;
      expect(input.maxLength, field).to.equal(MAX_FIELD);
    }
  });
});
