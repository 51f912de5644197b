/**
 * Issue 15, step 1: nothing is lost in one browser. Two elements (or tabs) with one storage key, a state
 * and a key given before the element is defined, a key given after answers exist, and an import that
 * leaves fields out. Another tab is played by writing to localStorage and sending the `storage` event a
 * browser would send.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import type { ChecklistState } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import { part, parts, settled, text } from '../helpers/element.js';
import { wasteChecklist } from '../fixtures/datasets.js';
import { choose, fill, item } from './checklist-actions.js';

const custom = wasteChecklist;

const KEY = 'readiness-sync-test';
afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith(KEY)) localStorage.removeItem(key);
});

async function pair() {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB">
    <shared-readiness-checklist .data=${custom} storage-key=${KEY}></shared-readiness-checklist>
    <shared-readiness-checklist .data=${structuredClone(custom)} storage-key=${KEY}></shared-readiness-checklist>
  </div>`);
  const [a, b] = [...wrapper.querySelectorAll('shared-readiness-checklist')] as SharedReadinessChecklist[];
  await settled(a!);
  await settled(b!);
  return [a!, b!] as const;
}

async function one(storageKey?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB">
    <shared-readiness-checklist .data=${custom} storage-key=${storageKey ?? ''}></shared-readiness-checklist>
  </div>`);
  const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
  await settled(el);
  return el;
}

const tag = (el: Element, id: string) => text(item(el, id).querySelector('[part~="tag"]'));
const stored = () => JSON.parse(localStorage.getItem(KEY)!) as ChecklistState;



/** Another tab's write: storage changed, and (unless `quiet`, a tab whose event has not arrived yet) the event. */
function otherTab(change: (state: ChecklistState) => void, quiet = false) {
  const before = localStorage.getItem(KEY);
  const state = stored();
  change(state);
  const after = JSON.stringify(state);
  localStorage.setItem(KEY, after);
  if (!quiet) window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: before, newValue: after, storageArea: localStorage }));
}

async function importFile(el: SharedReadinessChecklist, body: string) {
  const input = part(el, 'import') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([body], 'answers.json', { type: 'application/json' }));
  input.files = files.files;
  const before = parts(el, 'notice').map(text).join('|');
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => parts(el, 'notice').map(text).join('|') !== before, 'no message after import');
  await el.updateComplete;
}

describe('<shared-readiness-checklist> keeps every answer in one browser', function () {
  // Generous: axe runs in some, on a shared two-core machine.
  this.timeout(30_000);
  it('two elements with one storage key: each change is saved by item and seen by the other', async () => {
    const [a, b] = await pair();
    await choose(a, 'board', 'done');
    await fill(b, 'exit', 'note', 'Draft with legal');
    await choose(b, 'shares', 'in-progress');
    await fill(a, 'baseline', 'owner', 'A. Patel');
    // Nothing either wrote is lost from storage…
    expect(stored().items['board']).to.deep.equal({ status: 'done' });
    expect(stored().items['exit']).to.deep.equal({ status: 'not-started', note: 'Draft with legal' });
    expect(stored().items['shares']).to.deep.equal({ status: 'in-progress' });
    expect(stored().items['baseline']).to.deep.equal({ status: 'not-started', owner: 'A. Patel' });
    // …and each element shows the other's answers.
    await b.updateComplete;
    expect(tag(b, 'board')).to.equal('Done');
    expect(a.state!.items).to.deep.equal(b.state!.items);
    expect(a.state!.items['exit']!.note).to.equal('Draft with legal');
  });

  it('another tab’s changes arrive by the storage event and are merged item by item, field by field', async () => {
    const el = await one(KEY);
    await choose(el, 'board', 'in-progress');
    otherTab((s) => {
      s.items['shares'] = { status: 'done' };
      s.items['board'] = { status: 'in-progress', owner: 'B. Jones' };
    });
    await el.updateComplete;
    expect(tag(el, 'shares')).to.equal('Done');
    expect(el.state!.items['board']).to.deep.equal({ status: 'in-progress', owner: 'B. Jones' });
    // The other tab changed the owner while this one (its event not yet here) changes the status: both kept.
    otherTab((s) => {
      s.items['board'] = { status: 'in-progress', owner: 'C. Evans' };
    }, true);
    await choose(el, 'board', 'done');
    expect(stored().items['board']).to.deep.equal({ status: 'done', owner: 'C. Evans' });
    expect(el.state!.items['board']).to.deep.equal({ status: 'done', owner: 'C. Evans' });
    expect(stored().items['shares']).to.deep.equal({ status: 'done' });
    expect(parts(el, 'conflict')).to.have.length(0);
  });

  it('when two places changed the same field, the item shows both versions until one is picked', async () => {
    const el = await one(KEY);
    await fill(el, 'exit', 'note', 'First draft');
    otherTab((s) => {
      s.items['exit'] = { status: 'not-started', note: 'Their wording' };
    }, true);
    await fill(el, 'exit', 'note', 'My wording');
    const conflict = item(el, 'exit').querySelector('[part~="conflict"]');
    expect(conflict, 'no conflict shown on the item').to.exist;
    expect(text(conflict)).to.contain('Their wording');
    expect(text(conflict)).to.contain('My wording');
    expect(parts(el, 'conflict')).to.have.length(1);
    // Theirs is not overwritten while undecided; this page's version is still shown and is the state.
    expect(stored().items['exit']!.note).to.equal('Their wording');
    expect(el.state!.items['exit']!.note).to.equal('My wording');
    await expect(el).to.be.accessible();
    // Picking this page's version saves it.
    conflict!.querySelector<HTMLButtonElement>('[data-pick="mine"]')!.click();
    await el.updateComplete;
    expect(parts(el, 'conflict')).to.have.length(0);
    expect(stored().items['exit']!.note).to.equal('My wording');

    // And the other way round: picking the other version.
    otherTab((s) => {
      s.items['exit'] = { status: 'done', note: 'Signed' };
    }, true);
    await fill(el, 'exit', 'note', 'Still drafting');
    item(el, 'exit').querySelector<HTMLButtonElement>('[part~="conflict"] [data-pick="theirs"]')!.click();
    await el.updateComplete;
    expect(el.state!.items['exit']).to.deep.equal({ status: 'done', note: 'Signed' });
    expect(stored().items['exit']).to.deep.equal({ status: 'done', note: 'Signed' });
  });

  it('a conflict held only in this browser survives the page closing: both versions are kept and shown again', async () => {
    const el = await one(KEY);
    await fill(el, 'exit', 'note', 'First draft');
    otherTab((s) => {
      s.items['exit'] = { status: 'not-started', note: 'Their wording' };
    }, true);
    await fill(el, 'exit', 'note', 'My wording');
    await choose(el, 'board', 'done');
    expect(parts(el, 'conflict')).to.have.length(1);
    // The page closes before anyone picks; this page's version was never written over theirs.
    el.remove();
    expect(stored().items['exit']!.note).to.equal('Their wording');

    const again = await one(KEY);
    const conflict = item(again, 'exit').querySelector('[part~="conflict"]');
    expect(conflict, 'the conflict is not shown after the page closed').to.exist;
    expect(text(conflict)).to.contain('Their wording').and.to.contain('My wording');
    expect(parts(again, 'conflict')).to.have.length(1);
    expect(again.state!.items['exit']!.note).to.equal('My wording');
    expect(again.state!.items['board']!.status).to.equal('done');
    again.remove();

    // The other tab changed the item again meanwhile: the conflict is with its newest version.
    otherTab((s) => {
      s.items['exit'] = { status: 'in-progress', note: 'Their second wording' };
    });
    const third = await one(KEY);
    const newest = item(third, 'exit').querySelector('[part~="conflict"]')!;
    expect(text(newest)).to.contain('Their second wording').and.to.contain('My wording');
    newest.querySelector<HTMLButtonElement>('[data-pick="mine"]')!.click();
    await third.updateComplete;
    expect(stored().items['exit']).to.deep.equal({ status: 'not-started', note: 'My wording' });
    third.remove();

    // Picked: it ends, in storage too.
    const fourth = await one(KEY);
    expect(parts(fourth, 'conflict')).to.have.length(0);
    expect(fourth.state!.items['exit']).to.deep.equal({ status: 'not-started', note: 'My wording' });
    expect(localStorage.getItem(`${KEY}#conflicts`)).to.equal(null);
  });

  it('honours state and storageKey set before the element is defined, and state is live afterwards', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, checklist: custom.id, items: { shares: { status: 'done' } } }));
    const template = document.createElement('template');
    template.innerHTML = '<shared-readiness-checklist lang="en-GB"></shared-readiness-checklist>';
    const early = template.content.firstElementChild as SharedReadinessChecklist & Record<string, unknown>;
    // Not upgraded yet: these are plain properties on an HTMLElement.
    expect(early instanceof customElements.get('shared-readiness-checklist')!).to.equal(false);
    early.data = custom;
    early.storageKey = KEY;
    early.state = { version: 1, checklist: custom.id, items: { board: { status: 'done', owner: 'A. Patel' } } };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(early);
    const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
    await settled(el);
    expect(tag(el, 'board')).to.equal('Done');
    expect(el.state!.items['board']).to.deep.equal({ status: 'done', owner: 'A. Patel' });
    // The key was used: the state given was saved under it.
    expect(stored().items['board']).to.deep.equal({ status: 'done', owner: 'A. Patel' });
    await choose(el, 'exit', 'in-progress');
    expect(el.state!.items['exit']!.status).to.equal('in-progress');
    expect(stored().items['exit']!.status).to.equal('in-progress');
  });

  it('a storage key set after answers exist keeps both the stored answers and the page’s, and says so', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 1, checklist: custom.id, items: { exit: { status: 'done', note: 'Signed' }, board: { status: 'in-progress', owner: 'B. Jones' } } })
    );
    const el = await one();
    await choose(el, 'board', 'done');
    await fill(el, 'shares', 'note', 'Agreed at board');
    el.storageKey = KEY;
    await el.updateComplete;
    // Stored only: kept. Page only: kept. Both, different fields: merged field by field.
    expect(el.state!.items['exit']).to.deep.equal({ status: 'done', note: 'Signed' });
    expect(el.state!.items['shares']).to.deep.equal({ status: 'not-started', note: 'Agreed at board' });
    expect(parts(el, 'conflict')).to.have.length(1);
    expect(text(item(el, 'board').querySelector('[part~="conflict"]'))).to.contain('In progress');
    const said = parts(el, 'notice').map(text).join(' ');
    expect(said).to.contain(`The answers on this page were kept alongside those saved under “${KEY}”`);
    expect(stored().items['exit']).to.deep.equal({ status: 'done', note: 'Signed' });
    expect(stored().items['shares']).to.deep.equal({ status: 'not-started', note: 'Agreed at board' });
  });

  it('an import that leaves out a field keeps that field, lists what it changed, and undoes in one step', async () => {
    const el = await one(KEY);
    await fill(el, 'board', 'note', 'Terms with legal');
    await fill(el, 'board', 'owner', 'A. Patel');
    await choose(el, 'exit', 'in-progress');
    const before = el.state!.items;
    await importFile(el, JSON.stringify({ version: 1, checklist: custom.id, items: { board: { status: 'done' }, exit: { status: 'in-progress', note: '' } } }));
    expect(el.state!.items['board']).to.deep.equal({ status: 'done', note: 'Terms with legal', owner: 'A. Patel' });
    expect(stored().items['board']).to.deep.equal({ status: 'done', note: 'Terms with legal', owner: 'A. Patel' });
    const notice = parts(el, 'notice').find((n) => n.dataset['kind'] === 'imported')!;
    expect(text(notice)).to.contain('Joint board set up: Not started → Done');
    expect(text(notice)).not.to.contain('Exit terms agreed');
    notice.querySelector<HTMLButtonElement>('[data-undo]')!.click();
    await el.updateComplete;
    expect(el.state!.items).to.deep.equal(before);
    expect(stored().items).to.deep.equal(before);
  });
});
