import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import type { ChecklistState } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import type { ReadinessChangeDetail } from '../../src/components/readiness-checklist/readiness-checklist.events.js';
import { part, parts, settled, text } from '../helpers/element.js';
import { wasteChecklist } from '../fixtures/datasets.js';
import { choose, fill, item, radios } from './checklist-actions.js';

const custom = wasteChecklist;

const KEY = 'readiness-test';
afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith(KEY)) localStorage.removeItem(key);
});

interface Options {
  data?: unknown;
  src?: string;
  storageKey?: string;
  lang?: string;
}

async function checklist({ data, src, storageKey, lang = 'en-GB' }: Options = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 800px">
    <button type="button">Before</button>
    <shared-readiness-checklist .data=${data} src=${ifDefined(src)} storage-key=${ifDefined(storageKey)}></shared-readiness-checklist>
  </div>`);
  const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
  await settled(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
/** The status the item's radio group shows. */
const checked = (el: Element, id: string) => radios(el, id).find((r) => r.checked)?.value;
const tag = (el: Element, id: string) => text(item(el, id).querySelector('[part~="tag"]'));
/** The name an item's group of status radios is given (its fieldset's aria-labelledby, resolved in the widget). */
const groupName = (el: Element, id: string) =>
  item(el, id).querySelector('fieldset')!.getAttribute('aria-labelledby')!.split(' ').map((ref) => text(root(el).getElementById(ref))).join(' ');
/** Every item's radios share one name, and no two items share one (so arrow keys stay in an item). */
function expectOwnGroups(el: Element) {
  const names = parts(el, 'item').map((i) => [...new Set([...i.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name))]);
  expect(names.every((n) => n.length === 1), 'one group an item').to.equal(true);
  expect(new Set(names.flat()).size, 'a group of its own').to.equal(names.length);
}
const overall = (el: Element) => text(part(el, 'progress-text'));
const notices = (el: Element) => parts(el, 'notice');
const alerts = (el: Element) => notices(el).filter((n) => n.getAttribute('role') === 'alert');



async function importFile(el: SharedReadinessChecklist, body: string, name = 'answers.json') {
  const input = part(el, 'import') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([body], name, { type: 'application/json' }));
  input.files = files.files;
  const before = notices(el).map(text).join('|');
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => notices(el).map(text).join('|') !== before, 'no message after import');
  await el.updateComplete;
}

describe('<shared-readiness-checklist>', function () {
  // The first test loads axe; on the shared two-core machine (load 20+) that alone passed 10 s.
  this.timeout(30_000);
  it('shows the built-in checklist when given no data: sections, items, a status control each, and progress', async () => {
    const el = await checklist();
    expect(text(part(el, 'heading'))).to.equal('Shared service readiness');
    expect(parts(el, 'section').map((s) => s.dataset['section'])).to.deep.equal(['principles', 'agreements', 'cost-performance', 'people', 'start-simple']);
    const items = parts(el, 'item');
    expect(items.length).to.equal(18);
    for (const i of items) {
      expect(i.querySelectorAll('fieldset[part~="status"]').length, i.dataset['item']).to.equal(1);
      expect([...i.querySelectorAll<HTMLInputElement>('fieldset input[type="radio"]')].map((r) => r.value)).to.deep.equal(['not-started', 'in-progress', 'done', 'not-applicable', 'cannot-start']);
      expect(text(i.querySelector('[part~="tag"]'))).to.equal('Not started');
    }
    expect(text(items[5]!.querySelector('.item__label'))).to.equal('Contingency and liability if a partner pulls out');
    expect(text(items[5]!.querySelector('.item__hint'))).to.contain('if a partner leaves');
    expect(overall(el)).to.equal('Overall: 0 of 18 done (0%)');
    expect(part(el, 'progress-text')!.getAttribute('aria-live')).to.equal('polite');
    const bar = part(el, 'progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).to.deep.equal([0, 18]);
    expect(text(parts(el, 'section-progress-text')[3])).to.equal('0 of 5 done (0%)');
    await expect(el).to.be.accessible();
  });

  it('can be worked through by keyboard alone, from the page into every item', async function () {
    this.timeout(60000);
    const el = await checklist();
    const events: ReadinessChangeDetail[] = [];
    el.addEventListener('shared-readiness-change', (e) => events.push(e.detail));
    // What each item is set to, by how many presses of the down arrow from "Not started".
    const presses = new Map([
      [1, 1], // in progress
      [2, 3], // not applicable
      [5, 4] // cannot start yet
    ]);
    el.parentElement!.querySelector('button')!.focus();
    const visited: number[] = [];
    for (let guard = 0; guard < 120 && visited.length < 18; guard++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement as HTMLElement | null;
      const index = active?.closest('fieldset[part~="status"]') ? parts(el, 'item').indexOf(active.closest<HTMLElement>('[part~="item"]')!) : -1;
      if (index >= 0) {
        visited.push(index);
        for (let n = 0; n < (presses.get(index) ?? 2); n++) await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      } else if (active?.getAttribute('part') === 'details' && visited.at(-1) === 5) {
        expect(active.getAttribute('aria-expanded')).to.equal('false');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(active.getAttribute('aria-expanded')).to.equal('true');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Monitoring Officer' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'https://intranet.example.gov.uk/s101' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Waiting for legal' });
      }
    }
    expect(visited).to.deep.equal([...Array(18).keys()]);
    expect(tag(el, 'pool-resources')).to.equal('In progress');
    expect(tag(el, 'economies-of-scale')).to.equal('Not applicable');
    expect(tag(el, 'exit-plan')).to.equal('Cannot start yet');
    expect(tag(el, 'data-governance')).to.equal('Done');
    expect(overall(el)).to.equal('Overall: 15 of 17 done (88%)');
    expect(text(parts(el, 'section-progress-text')[0])).to.equal('2 of 3 done (67%)');
    expect(el.state!.items['exit-plan']).to.deep.equal({
      status: 'cannot-start',
      owner: 'Monitoring Officer',
      evidence: 'https://intranet.example.gov.uk/s101',
      note: 'Waiting for legal'
    });
    // Each arrow press in a radio group is a change of status, and each finished edit one more.
    const arrowPresses = [...Array(18).keys()].reduce((sum, index) => sum + (presses.get(index) ?? 2), 0);
    expect(events.length).to.equal(arrowPresses + 3);
    expect(events.filter((e) => e.state.items['exit-plan']!.note === 'Waiting for legal').length).to.be.greaterThan(0);
    expect(events.at(-1)!.progress).to.include({ done: 15, total: 17, percent: 88 });
    // What blocks readiness, and a way to it: the first stop after the toolbar.
    expect(text(part(el, 'blockers'))).to.contain('2 items are not done yet. 1 item cannot start yet:');
    el.parentElement!.querySelector('button')!.focus();
    for (let n = 0; n < 5; n++) await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Contingency and liability if a partner pulls out');
    await sendKeys({ press: 'Enter' });
    const focused = root(el).activeElement as HTMLInputElement;
    expect([focused.closest('[data-item]')!.getAttribute('data-item'), focused.value, focused.checked]).to.deep.equal(['exit-plan', 'cannot-start', true]);
    await expect(el).to.be.accessible();
  });

  it('announces progress politely as it changes, and leaves not-applicable items out', async () => {
    const el = await checklist({ data: custom });
    expect(overall(el)).to.equal('Overall: 0 of 4 done (0%)');
    await choose(el, 'board', 'done');
    expect(overall(el)).to.equal('Overall: 1 of 4 done (25%)');
    await choose(el, 'exit', 'not-applicable');
    expect(overall(el)).to.equal('Overall: 1 of 3 done (33%)');
    expect(text(parts(el, 'section-progress-text')[0])).to.equal('1 of 1 done (100%)');
    const bars = parts(el, 'section-progress') as HTMLProgressElement[];
    expect([bars[0]!.value, bars[0]!.max]).to.deep.equal([1, 1]);
    const bar = part(el, 'progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).to.deep.equal([1, 3]);
    await choose(el, 'baseline', 'done');
    await choose(el, 'shares', 'done');
    expect(overall(el)).to.equal('Overall: 3 of 3 done (100%)');
    expect(text(part(el, 'blockers'))).to.contain('Ready: every item that applies is done.');
    await expect(el).to.be.accessible();
  });

  it('fires shared-readiness-change for a user’s change with the state and progress, and not for a script’s', async () => {
    const el = await checklist({ data: custom });
    const heard = oneEvent(el.parentElement!, 'shared-readiness-change');
    radios(el, 'shares')[4]!.click();
    const event = (await heard) as CustomEvent<ReadinessChangeDetail>;
    expect(event.composed).to.equal(true);
    expect(event.detail.state).to.deep.equal(el.state);
    expect(event.detail.state.items['shares']).to.deep.equal({ status: 'cannot-start' });
    expect(event.detail.progress).to.include({ done: 0, total: 4, percent: 0, notDone: 4 });
    expect(event.detail.progress.cannotStart).to.deep.equal(['shares']);

    let fired = 0;
    el.addEventListener('shared-readiness-change', () => fired++);
    el.state = { version: 1, checklist: custom.id, items: { board: { status: 'done', note: 'Set up in May' } } };
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(tag(el, 'board')).to.equal('Done');
    expect(checked(el, 'board')).to.equal('done');
    // Setting the state replaces it whole.
    expect(tag(el, 'shares')).to.equal('Not started');
    expect(checked(el, 'shares')).to.equal('not-started');
    expect(text(item(el, 'board').querySelector('.recorded'))).to.contain('Set up in May');
    expect(el.state!.items).to.deep.equal({
      board: { status: 'done', note: 'Set up in May' },
      exit: { status: 'not-started' },
      baseline: { status: 'not-started' },
      shares: { status: 'not-started' }
    });
  });

  it('keeps answers across a reload with the same storage key, versioned with the checklist id', async () => {
    const first = await checklist({ data: custom, storageKey: KEY });
    await choose(first, 'board', 'done');
    await choose(first, 'exit', 'in-progress');
    await fill(first, 'exit', 'note', 'Draft with legal');
    await fill(first, 'exit', 'owner', 'Jo Bloggs');
    const stored = JSON.parse(localStorage.getItem(KEY)!) as ChecklistState;
    expect(stored.version).to.equal(1);
    expect(stored.checklist).to.equal('waste-partnership-2026');
    expect(stored.items['exit']).to.deep.equal({ status: 'in-progress', note: 'Draft with legal', owner: 'Jo Bloggs' });
    expect(Number.isNaN(Date.parse(stored.savedAt!))).to.equal(false);
    const state = first.state;
    first.remove();

    const second = await checklist({ data: structuredClone(custom), storageKey: KEY });
    expect(second.state).to.deep.equal(state);
    expect(tag(second, 'board')).to.equal('Done');
    expect(checked(second, 'exit')).to.equal('in-progress');
    expect(text(item(second, 'exit').querySelector('.recorded'))).to.contain('Jo Bloggs');
    expect(overall(second)).to.equal('Overall: 1 of 4 done (25%)');
    expect(notices(second)).to.deep.equal([]);
    await expect(second).to.be.accessible();
  });

  it('loads stored answers for a checklist from src without touching them while it loads', async () => {
    const stored = JSON.stringify({ version: 1, checklist: 'waste-partnership-2026', items: { vehicles: { status: 'done' } }, savedAt: '2026-03-03T09:30:00.000Z' });
    localStorage.setItem(KEY, stored);
    const el = await checklist({ src: '/test/fixtures/checklist/custom.json', storageKey: KEY });
    expect(tag(el, 'vehicles')).to.equal('Done');
    expect(notices(el)).to.deep.equal([]);
    // Nothing was read for, or copied aside by, the built-in list before the custom one arrived.
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEY))).to.deep.equal([KEY]);
    expect(localStorage.getItem(KEY)).to.equal(stored);
  });

  it('keeps every keystroke of a note, even before the field is left', async () => {
    const el = await checklist({ data: custom, storageKey: KEY });
    item(el, 'board').querySelector<HTMLButtonElement>('[part~="details"]')!.click();
    await waitUntil(() => item(el, 'board').querySelector('textarea'));
    const note = item(el, 'board').querySelector('textarea')!;
    note.focus();
    await sendKeys({ type: 'Half written' });
    expect(JSON.parse(localStorage.getItem(KEY)!).items.board.note).to.equal('Half written');
    // A state set from script mid-edit shows in the field, even when it clears what was typed.
    el.state = { version: 1, checklist: custom.id, items: { board: { status: 'done' } } };
    await el.updateComplete;
    expect(item(el, 'board').querySelector('textarea')!.value).to.equal('');
    expect(checked(el, 'board')).to.equal('done');
  });

  it('keeps answers to items a changed checklist still has, and says which were dropped', async () => {
    const first = await checklist({ data: custom, storageKey: KEY });
    await choose(first, 'board', 'done');
    await fill(first, 'exit', 'note', 'Agreed in principle');
    const before = localStorage.getItem(KEY);
    first.remove();
    const changed = structuredClone(custom);
    changed.sections[0]!.items = [{ id: 'board', label: 'Joint board set up', hint: 'Terms agreed' }, { id: 'scrutiny', label: 'Joint scrutiny agreed' } as never];
    const el = await checklist({ data: changed, storageKey: KEY });
    expect(tag(el, 'board')).to.equal('Done');
    expect(tag(el, 'scrutiny')).to.equal('Not started');
    const note = notices(el).find((n) => n.dataset['kind'] === 'dropped')!;
    expect(text(note)).to.equal(
      `Answers for items no longer in this checklist were dropped: exit. The answers as they were are kept, unchanged, under “${KEY}:previous” in this browser’s storage.`
    );
    expect(localStorage.getItem(`${KEY}:previous`)).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('says what a checklist changed in place, or a state from script, dropped, keeping stored answers aside first', async () => {
    const el = await checklist({ data: custom, storageKey: KEY });
    await choose(el, 'exit', 'done');
    const stored = localStorage.getItem(KEY);
    el.data = { ...custom, sections: [{ ...custom.sections[0]!, items: [custom.sections[0]!.items[0]!] }, custom.sections[1]!] };
    await settled(el);
    const dropped = () => notices(el).filter((n) => n.dataset['kind'] === 'dropped').map(text);
    const keptAside = `Answers for items no longer in this checklist were dropped: exit. The answers as they were are kept, unchanged, under “${KEY}:previous” in this browser’s storage.`;
    expect(dropped()).to.deep.equal([keptAside]);
    expect(localStorage.getItem(`${KEY}:previous`)).to.equal(stored);
    // Saving goes on.
    await choose(el, 'board', 'in-progress');
    expect(JSON.parse(localStorage.getItem(KEY)!).items).to.deep.equal({
      board: { status: 'in-progress' },
      baseline: { status: 'not-started' },
      shares: { status: 'not-started' }
    });
    // A state from script still holds what it named: nothing is kept aside, and nothing claims to be.
    el.state = { version: 1, checklist: custom.id, items: { board: { status: 'done' }, retired: { status: 'done' } } };
    await el.updateComplete;
    expect(dropped()).to.deep.equal([keptAside, 'Answers for items no longer in this checklist were dropped: retired.']);
    expect(tag(el, 'board')).to.equal('Done');
    expect(JSON.parse(localStorage.getItem(KEY)!).items.board).to.deep.equal({ status: 'done' });
    await expect(el).to.be.accessible();
  });

  it('keeps corrupt stored answers aside, says so in an alert, and saves over them only once they are safe', async () => {
    const corrupt = '{"version": 1, "checklist": "waste-partnership-2026", "items": {';
    localStorage.setItem(KEY, corrupt);
    const el = await checklist({ data: custom, storageKey: KEY });
    const [alert] = alerts(el);
    expect(text(alert)).to.contain(`The answers saved in this browser could not be read. The answers as they were are kept, unchanged, under “${KEY}:corrupt”`);
    expect(text(alert)).to.match(new RegExp(`the answers saved under “${KEY}”, line 1, column \\d+: not valid JSON`));
    expect(localStorage.getItem(`${KEY}:corrupt`)).to.equal(corrupt);
    expect(localStorage.getItem(KEY)).to.equal(corrupt);
    await expect(el).to.be.accessible();
    await choose(el, 'board', 'done');
    expect(JSON.parse(localStorage.getItem(KEY)!).items.board.status).to.equal('done');
    expect(localStorage.getItem(`${KEY}:corrupt`)).to.equal(corrupt);
  });

  it('goes on in memory, with a note, when storage is turned off or full', async () => {
    const { getItem, setItem } = Storage.prototype;
    try {
      Storage.prototype.getItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      const off = await checklist({ data: custom, storageKey: KEY });
      expect(text(notices(off)[0])).to.contain('Answers cannot be saved in this browser');
      expect(notices(off)[0]!.getAttribute('role')).to.equal('status');
      await choose(off, 'board', 'done');
      expect(off.state!.items['board']!.status).to.equal('done');
      expect(overall(off)).to.equal('Overall: 1 of 4 done (25%)');
      await expect(off).to.be.accessible();

      // Readable but full: the note appears when a save fails.
      Storage.prototype.getItem = getItem;
      const full = await checklist({ data: custom, storageKey: KEY });
      expect(notices(full)).to.deep.equal([]);
      await choose(full, 'exit', 'done');
      expect(text(notices(full)[0])).to.contain('Answers cannot be saved in this browser');
      expect(full.state!.items['exit']!.status).to.equal('done');
      // Room again: the next save works and the note goes.
      Storage.prototype.setItem = setItem;
      await choose(full, 'board', 'done');
      expect(notices(full)).to.deep.equal([]);
      expect(JSON.parse(localStorage.getItem(KEY)!).items.exit.status).to.equal('done');
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('exports JSON that imports back into a fresh checklist, and CSV with the documented columns', async () => {
    const el = await checklist();
    await choose(el, 'goals', 'done');
    await choose(el, 'exit-plan', 'cannot-start');
    await fill(el, 'exit-plan', 'owner', '=SUM(A1)');
    await fill(el, 'baseline', 'evidence', 'https://intranet.example.gov.uk/baseline.xlsx');
    const json = await el.exportJson()!.text();
    const csv = await el.exportCsv()!.text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).to.equal('section,item,status,owner,note,evidence');
    expect(lines.length).to.equal(19);
    expect(lines[6]).to.equal("Agreements before starting,Contingency and liability if a partner pulls out,Cannot start yet,'=SUM(A1),,");

    const fresh = await checklist();
    await choose(fresh, 'pool-resources', 'in-progress');
    const heard = oneEvent(fresh, 'shared-readiness-change');
    await importFile(fresh, json);
    // Every item that differed is listed (four here), with one undo.
    expect(text(notices(fresh)[0])).to.match(/^Imported answers for 18 items\. /);
    expect(notices(fresh)[0]!.querySelectorAll('li')).to.have.length(4);
    expect(text(notices(fresh)[0])).to.contain('Contingency and liability if a partner pulls out: Not started → Cannot start yet, Owner changed');
    expect((await heard).detail.state).to.deep.equal(fresh.state);
    expect(fresh.state!.items).to.deep.equal(el.state!.items);
    expect(tag(fresh, 'exit-plan')).to.equal('Cannot start yet');
    expect(item(fresh, 'baseline').querySelector('.recorded a')!.getAttribute('href')).to.equal('https://intranet.example.gov.uk/baseline.xlsx');
    await expect(fresh).to.be.accessible();
  });

  it('refuses a file for another checklist, or a bad one, with an alert and nothing changed', async () => {
    const el = await checklist({ storageKey: KEY });
    await choose(el, 'goals', 'done');
    const before = el.state;
    const stored = localStorage.getItem(KEY);
    const other = await (await fetch('/test/fixtures/checklist/state-other-checklist.json')).text();
    await importFile(el, other);
    expect(text(alerts(el)[0])).to.equal(
      'This file holds answers for another checklist (“some-other-checklist”), not this one (“shared-service-readiness”). Nothing was changed.'
    );
    expect(el.state).to.deep.equal(before);
    expect(localStorage.getItem(KEY)).to.equal(stored);
    await expect(el).to.be.accessible();

    await importFile(el, '{"version": 1, "checklist": "shared-service-readiness", "items": {"goals": {"status": "finished"}, "baseline": {"status": "done"}}}');
    expect(text(alerts(el)[0])).to.equal(
      'This file could not be imported. Nothing was changed. items.goals.status: expected one of not-started, in-progress, done, not-applicable, cannot-start, got "finished"'
    );
    expect(el.state).to.deep.equal(before);

    await importFile(el, '{"version": 1,\n "items": }', 'broken.json');
    expect(text(alerts(el)[0])).to.match(/^This file could not be imported\. Nothing was changed\. broken\.json, line 2, column \d+: not valid JSON/);
    expect(el.state).to.deep.equal(before);
    expect(localStorage.getItem(KEY)).to.equal(stored);
  });

  it('refuses a state from script that is bad or for another checklist, keeping the answers', async () => {
    const el = await checklist({ data: custom });
    await choose(el, 'board', 'done');
    const before = el.state;
    el.state = { version: 1, checklist: custom.id, items: { board: { status: 'maybe' } } };
    await el.updateComplete;
    expect(text(alerts(el)[0])).to.equal(
      'The state given to the checklist could not be used. Nothing was changed. items.board.status: expected one of not-started, in-progress, done, not-applicable, cannot-start, got "maybe"'
    );
    expect(el.state).to.deep.equal(before);
    el.state = { version: 1, checklist: 'shared-service-readiness', items: {} };
    await el.updateComplete;
    expect(text(alerts(el)[0])).to.contain('for another checklist (“shared-service-readiness”), not this one (“waste-partnership-2026”)');
    expect(el.state).to.deep.equal(before);
    el.state = 'nonsense';
    await el.updateComplete;
    expect(text(alerts(el)[0])).to.contain('the state property: expected an object, got "nonsense"');
    expect(el.state).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('takes a state set before its checklist arrives', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('shared-readiness-checklist');
    el.state = { version: 1, checklist: custom.id, items: { shares: { status: 'done' } } };
    el.data = custom;
    wrapper.append(el);
    await settled(el);
    expect(tag(el, 'shares')).to.equal('Done');
    expect(el.state!.items['shares']).to.deep.equal({ status: 'done' });
  });

  it('draws a checklist changed from script: new wording, hints that come and go, items added and taken away', async () => {
    const el = await checklist({ data: custom });
    await choose(el, 'exit', 'in-progress');
    // Focus on one of the board's radios: it must stay on that item's same choice through the change.
    radios(el, 'board').find((r) => r.value === 'done')!.focus();
    const hint = (id: string) => item(el, id).querySelector('.item__hint');
    expect(text(hint('board'))).to.equal('Terms agreed');
    const [governance, money] = custom.sections;
    el.data = {
      ...custom,
      sections: [
        { ...governance, items: [{ id: 'board', label: 'Joint committee set up' }, { id: 'exit', label: 'Exit terms agreed', hint: 'Who keeps what' }] },
        { ...money, items: [{ id: 'shares', label: 'Cost shares agreed' }, { id: 'audit', label: 'Audit arranged' }] }
      ]
    };
    await settled(el);
    expect(parts(el, 'item').map((i) => i.dataset['item'])).to.deep.equal(['board', 'exit', 'shares', 'audit']);
    const focusedRadio = root(el).activeElement as HTMLInputElement;
    expect(focusedRadio.closest('[data-item]')!.getAttribute('data-item'), 'focus stays on the item it was on').to.equal('board');
    expect([focusedRadio.value, groupName(el, 'board')]).to.deep.equal(['done', 'Joint committee set up']);
    const board = item(el, 'board');
    expect(text(board.querySelector('.item__label'))).to.equal('Joint committee set up');
    // The hint went: nothing is shown or said for it.
    expect(text(hint('board'))).to.equal('');
    expect(getComputedStyle(hint('board')!).display).to.equal('none');
    expect(text(hint('exit'))).to.equal('Who keeps what');
    expect(board.querySelector('[part~="details"]')!.getAttribute('aria-label')).to.equal('Note, owner and evidence: Joint committee set up');
    expect([checked(el, 'exit'), tag(el, 'exit')]).to.deep.equal(['in-progress', 'In progress']);
    // Each item's radios are one group of their own, named by the item's own label.
    expect(['board', 'exit', 'shares', 'audit'].map((id) => groupName(el, id))).to.deep.equal(['Joint committee set up', 'Exit terms agreed', 'Cost shares agreed', 'Audit arranged']);
    expectOwnGroups(el);
    el.state = { version: 1, checklist: custom.id, items: { audit: { status: 'cannot-start' }, exit: { status: 'done' } } };
    await el.updateComplete;
    expect([checked(el, 'audit'), tag(el, 'audit'), item(el, 'audit').dataset['status']]).to.deep.equal(['cannot-start', 'Cannot start yet', 'cannot-start']);
    expect(radios(el, 'exit').filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['done']);
    await expect(el).to.be.accessible();
    // A section that loses an item and one that gains two.
    el.data = {
      ...custom,
      sections: [
        { ...governance, items: [{ id: 'exit', label: 'Exit terms agreed' }] },
        { ...money, items: ['shares', 'audit', 'insurance', 'pensions'].map((id) => ({ id, label: `About ${id}` })) }
      ]
    };
    await settled(el);
    expect(parts(el, 'section').map((s) => [...s.querySelectorAll<HTMLElement>('[part~="item"]')].map((i) => i.dataset['item']))).to.deep.equal([
      ['exit'],
      ['shares', 'audit', 'insurance', 'pensions']
    ]);
    expect(['exit', 'shares', 'audit', 'insurance', 'pensions'].map((id) => groupName(el, id))).to.deep.equal(['Exit terms agreed', 'About shares', 'About audit', 'About insurance', 'About pensions']);
    expectOwnGroups(el);
    expect([tag(el, 'exit'), checked(el, 'exit'), tag(el, 'pensions'), checked(el, 'pensions')]).to.deep.equal(['Done', 'done', 'Not started', 'not-started']);
    await expect(el).to.be.accessible();
  });

  it('links evidence only when it is an http or https address, and shows anything else as text', async () => {
    const el = await checklist({ data: custom });
    el.state = {
      version: 1,
      checklist: custom.id,
      items: { board: { status: 'done', evidence: 'https://intranet.example.gov.uk/board' }, exit: { status: 'done', evidence: 'javascript:alert(1)' }, shares: { status: 'done', evidence: '<img src=x onerror=alert(1)>' } }
    };
    await el.updateComplete;
    expect(item(el, 'board').querySelector('a')!.href).to.equal('https://intranet.example.gov.uk/board');
    expect(item(el, 'exit').querySelector('a')).to.equal(null);
    expect(text(item(el, 'exit').querySelector('.recorded'))).to.contain('javascript:alert(1)');
    expect(item(el, 'shares').querySelector('img')).to.equal(null);
    expect(text(item(el, 'shares').querySelector('.recorded'))).to.contain('<img src=x onerror=alert(1)>');
    await expect(el).to.be.accessible();
  });

  it('reads a custom checklist from src and from JSON inside the element', async () => {
    const fromSrc = await checklist({ src: '/test/fixtures/checklist/custom.json' });
    expect(text(part(fromSrc, 'heading'))).to.equal('Joint waste service: ready to start?');
    expect(parts(fromSrc, 'section').map((s) => s.dataset['section'])).to.deep.equal(['governance', 'money']);
    expect(parts(fromSrc, 'item').map((i) => i.dataset['item'])).to.deep.equal(['board', 'exit', 'baseline', 'shares', 'vehicles']);
    expect(text(item(fromSrc, 'shares').querySelector('.item__hint'))).to.equal('');
    await expect(fromSrc).to.be.accessible();

    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <shared-readiness-checklist heading="Our checklist" heading-level="3"><script type="application/json">${JSON.stringify(custom)}</script></shared-readiness-checklist>
    </div>`);
    const inline = wrapper.querySelector('shared-readiness-checklist')!;
    await settled(inline);
    expect(part(inline, 'heading')!.tagName).to.equal('H3');
    expect(text(part(inline, 'heading'))).to.equal('Our checklist');
    expect(parts(inline, 'section-heading').map((h) => h.tagName)).to.deep.equal(['H4', 'H4']);
    expect(parts(inline, 'item').length).to.equal(4);
  });

  it('shows located errors for ids used twice, an empty state, and a loading state', async () => {
    const dup = await checklist({ src: '/test/fixtures/checklist/duplicate-ids.json' });
    const error = part(dup, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('sections[1].id: expected an id not used before (it is already at sections[0].id), got "a"');
    expect(text(error)).to.contain('sections[1].items[2].id: expected an id not used before (it is already at sections[0].items[1].id), got "two"');
    expect(parts(dup, 'item')).to.deep.equal([]);
    await expect(dup).to.be.accessible();

    const empty = await checklist({ data: { id: 'e', title: 'Empty', sections: [{ id: 's', title: 'S', items: [] }] } });
    expect(text(part(empty, 'empty'))).to.contain('This checklist has no items.');
    await expect(empty).to.be.accessible();

    const wrapper = await fixture<HTMLDivElement>(html`<div><shared-readiness-checklist timeout="5" src="/test-server/slow?ms=1500"></shared-readiness-checklist></div>`);
    const loading = wrapper.querySelector('shared-readiness-checklist')!;
    await waitUntil(() => part(loading, 'loading'), 'never showed loading');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(part(loading, 'loading')).to.not.equal(null);
    await expect(loading).to.be.accessible();
  });

  it('fits a 320px container without horizontal scroll, fields open', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><shared-readiness-checklist></shared-readiness-checklist></div>`);
    const el = wrapper.querySelector('shared-readiness-checklist')!;
    await settled(el);
    await fill(el, 'exit-plan', 'evidence', 'https://intranet.example.gov.uk/a/very/long/address/that/does/not/break/on/its/own');
    await fill(el, 'exit-plan', 'note', 'Open');
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
    expect(item(el, 'exit-plan').scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh, built-in list and all', async () => {
    const el = await checklist({ lang: 'cy', storageKey: KEY });
    expect(text(part(el, 'heading'))).to.equal('Parodrwydd ar gyfer gwasanaeth a rennir');
    expect(text(parts(el, 'section-heading')[0])).to.equal('Egwyddorion');
    expect(tag(el, 'goals')).to.equal('Heb ddechrau');
    await choose(el, 'goals', 'done');
    expect(tag(el, 'goals')).to.equal('Wedi’i gwblhau');
    expect(overall(el)).to.equal('At ei gilydd: 1 o 18 wedi’u cwblhau (6%)');
    expect(text(part(el, 'blockers'))).to.contain('Mae 17 eitem heb eu cwblhau eto.');
    expect(radios(el, 'goals').map((r) => text(r.parentElement))).to.deep.equal(['Heb ddechrau', 'Ar waith', 'Wedi’i gwblhau', 'Ddim yn berthnasol', 'Methu dechrau eto']);
    await expect(el).to.be.accessible();
    // The same answers in English: the ids are the same in both languages.
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => tag(el, 'goals') === 'Done');
    // The same radios, now labelled in English, still showing the item's status.
    expect(radios(el, 'goals').map((r) => text(r.parentElement))).to.deep.equal(['Not started', 'In progress', 'Done', 'Not applicable', 'Cannot start yet']);
    expect(radios(el, 'goals').filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['done']);
  });

  it('prints every item with its status, note and owner, and the date, without the controls', async () => {
    const el = await checklist();
    el.state = { version: 1, checklist: 'shared-service-readiness', items: { 'exit-plan': { status: 'cannot-start', note: 'Waiting for legal', owner: 'Monitoring Officer' } } };
    await el.updateComplete;
    // An item whose fields are open on screen is printed as text too.
    item(el, 'exit-plan').querySelector<HTMLButtonElement>('[part~="details"]')!.click();
    await waitUntil(() => !item(el, 'exit-plan').querySelector('.recorded'));
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await executeServerCommand('emulate-media-features', { media: 'print', features: [] });
      expect(getComputedStyle(part(el, 'toolbar')!).display).to.equal('none');
      expect(getComputedStyle(item(el, 'exit-plan').querySelector('[part~="status"]')!).display).to.equal('none');
      expect(getComputedStyle(item(el, 'exit-plan').querySelector('[part~="details"]')!).display).to.equal('none');
      const date = part(el, 'print-date')!;
      expect(getComputedStyle(date).display).to.equal('block');
      expect(text(date)).to.contain(`Printed ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date())}.`);
      expect(text(date)).to.contain('Answers last changed');
      const recorded = item(el, 'exit-plan').querySelector('.recorded')!;
      expect(text(recorded)).to.contain('Monitoring Officer');
      expect(text(recorded)).to.contain('Waiting for legal');
      expect(getComputedStyle(item(el, 'exit-plan').querySelector('[part~="tag"]')!).display).to.not.equal('none');
      expect(parts(el, 'item').length).to.equal(18);
      // Items skipped on screen while far off (content-visibility) are all drawn on paper.
      expect(parts(el, 'item').every((i) => getComputedStyle(i).contentVisibility === 'visible')).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await executeServerCommand('emulate-media-features', { media: '', features: [] });
    }
    expect(getComputedStyle(part(el, 'print-date')!).display).to.equal('none');
  });

  it('keeps status tags readable in forced colours, with a border in the text colour', async () => {
    const el = await checklist();
    const t = item(el, 'goals').querySelector('[part~="tag"]')!;
    expect(getComputedStyle(t).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    try {
      await executeServerCommand('emulate-media-features', { media: '', features: [{ name: 'forced-colors', value: 'active' }] });
      expect(getComputedStyle(t).borderTopColor).to.equal(getComputedStyle(t).color);
      expect(text(t)).to.equal('Not started');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-media-features', { media: '', features: [] });
    }
  });
});
