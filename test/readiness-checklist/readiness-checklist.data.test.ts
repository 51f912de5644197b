/** Pure tests of the checklist's data, state, progress, storage and export: plain data, exact numbers. */
import { expect } from '@open-wc/testing';
import { problemMessage } from '../../src/data/problem.js';
import { cy as coreCy, en as coreEn } from '../../src/i18n/messages.js';
import { BUILTIN_ID, builtinChecklist } from '../../src/components/readiness-checklist/readiness-checklist.builtin.js';
import { itemIds, readChecklist, type Checklist } from '../../src/components/readiness-checklist/readiness-checklist.data.js';
import { fileName, stateCsv } from '../../src/components/readiness-checklist/readiness-checklist.export.js';
import { safeCell } from '../../src/format/csv.js';
import { layoutChecklist, percentOf, progressOf } from '../../src/components/readiness-checklist/readiness-checklist.layout.js';
import { readinessMessages } from '../../src/components/readiness-checklist/readiness-checklist.messages.js';
import { acceptState, evidenceHref, readState, toState, type ItemState } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import { ChecklistStore, type StorageLike } from '../../src/components/readiness-checklist/readiness-checklist.storage.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/checklist/${name}`)).json() as Promise<unknown>;
const words = (problems: { path: string }[]) => problems.map((p) => problemMessage(p as never, coreEn));

/** An in-memory Storage that can be made to fail like a full or turned-off one. */
class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failGet = false;
  failSet = false;
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

const small: Checklist = {
  id: 'small',
  title: 'Small',
  sections: [
    { id: 'a', title: 'A', items: [{ id: 'a1', label: 'A1' }, { id: 'a2', label: 'A2' }, { id: 'a3', label: 'A3' }] },
    { id: 'b', title: 'B', items: [{ id: 'b1', label: 'B1' }, { id: 'b2', label: 'B2' }] }
  ]
};
const answers = (entries: Record<string, ItemState['status']>) => new Map(Object.entries(entries).map(([id, status]) => [id, { status }]));

describe('readiness checklist: data', () => {
  it('reads a checklist, trimming ids and leaving out blank hints', () => {
    const read = readChecklist({ id: ' c ', title: 'T', sections: [{ id: 's', title: 'S', items: [{ id: ' x ', label: 'X', hint: '  ' }, { id: 'y', label: 'Y', hint: 'why' }] }] });
    expect(read.problems).to.deep.equal([]);
    expect(read.value).to.deep.equal({
      builtin: false,
      checklist: { id: 'c', title: 'T', sections: [{ id: 's', title: 'S', items: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y', hint: 'why' }] }] }
    });
  });

  it('locates ids used twice, for sections and for items, pointing at the first use', async () => {
    const read = readChecklist(await fixture('duplicate-ids.json'));
    expect(read.value).to.equal(undefined);
    expect(words(read.problems)).to.deep.equal([
      'sections[1].id: expected an id not used before (it is already at sections[0].id), got "a"',
      'sections[1].items[2].id: expected an id not used before (it is already at sections[0].items[1].id), got "two"'
    ]);
  });

  it('lists every other problem, located, and shows none of a bad checklist', () => {
    const read = readChecklist({ id: 'c', title: 'T', sections: [{ id: 's', title: 'S', items: [{ id: 'x' }, { id: 3, label: 'L' }] }, 'nope', { id: 't', title: 'T', items: {} }] });
    expect(read.value).to.equal(undefined);
    expect(words(read.problems)).to.deep.equal([
      'sections[0].items[0].label: expected a value, got nothing',
      'sections[0].items[1].id: expected text, got 3',
      'sections[1]: expected an object, got "nope"',
      'sections[2].items: expected a list, got an object'
    ]);
    expect(words(readChecklist({ title: 'T', sections: [] }).problems)).to.deep.equal(['id: expected a value, got nothing']);
    expect(words(readChecklist([]).problems)).to.deep.equal(['expected an object, got a list']);
  });

  it('gives the built-in checklist for the shared dataset, which has none of its own', () => {
    expect(readChecklist({ councils: [], partnerships: [] }).value).to.deep.equal({ builtin: true });
  });

  it('has the built-in checklist in English and Welsh, with the same ids and every word translated', () => {
    const en = builtinChecklist('en');
    const cy = builtinChecklist('cy');
    expect(en.id).to.equal(BUILTIN_ID);
    expect(cy.id).to.equal(BUILTIN_ID);
    expect(en.sections.map((s) => s.id)).to.deep.equal(['principles', 'agreements', 'cost-performance', 'people', 'start-simple']);
    expect(en.sections.map((s) => s.items.length)).to.deep.equal([4, 4, 3, 5, 2]);
    expect(itemIds(cy)).to.deep.equal(itemIds(en));
    const enItems = en.sections.flatMap((s) => s.items);
    const cyItems = cy.sections.flatMap((s) => s.items);
    cyItems.forEach((item, i) => {
      expect(item.label.trim()).to.not.equal('');
      expect(item.hint?.trim()).to.not.equal('');
      expect(item.label).to.not.equal(enItems[i]!.label);
      expect(item.hint).to.not.equal(enItems[i]!.hint);
    });
    // The built-in list is itself a valid checklist.
    expect(readChecklist(en).problems).to.deep.equal([]);
    expect(readChecklist(cy).problems).to.deep.equal([]);
    expect(Object.keys(readinessMessages.cy).sort()).to.deep.equal(Object.keys(readinessMessages.en).sort());
    expect(coreCy.expected.uniqueId).to.contain('{first}');
  });
});

describe('readiness checklist: state', () => {
  it('reads a state, keeping good items beside located problems', () => {
    const read = readState({ version: 1, checklist: 'small', items: { a1: { status: 'done', note: '', owner: 'Jo' }, a2: { status: 'finished' }, b1: 'done' } });
    expect([...read.value!.answers]).to.deep.equal([['a1', { status: 'done', owner: 'Jo' }]]);
    expect(words(read.problems)).to.deep.equal([
      'items.a2.status: expected one of not-started, in-progress, done, not-applicable, cannot-start, got "finished"',
      'items.b1: expected an object, got "done"'
    ]);
    expect(words(readState({ version: 2, checklist: 'x', items: {} }).problems)).to.deep.equal(['version: expected one of 1, got 2']);
    expect(words(readState({ version: 1, items: [] }).problems)).to.deep.equal(['checklist: expected a value, got nothing', 'items: expected an object, got a list']);
  });

  it('keeps ids such as "constructor" and "__proto__" as plain ids', () => {
    const read = readState(JSON.parse('{"version":1,"checklist":"c","items":{"constructor":{"status":"done"},"__proto__":{"status":"in-progress"}}}'));
    expect(read.problems).to.deep.equal([]);
    expect(read.value!.answers.get('constructor')).to.deep.equal({ status: 'done' });
    expect(read.value!.answers.get('__proto__')).to.deep.equal({ status: 'in-progress' });
  });

  it('accepts answers for this checklist only, all or nothing, and names items it does not have', () => {
    const ok = acceptState({ version: 1, checklist: 'small', items: { a1: { status: 'done' }, gone: { status: 'done' } } }, small);
    expect(ok).to.deep.equal({ ok: true, answers: new Map([['a1', { status: 'done' }]]), dropped: ['gone'] });
    expect(acceptState({ version: 1, checklist: 'other', items: {} }, small)).to.deep.equal({ ok: false, problems: [], other: 'other' });
    const bad = acceptState({ version: 1, checklist: 'small', items: { a1: { status: 'done' }, a2: { status: 'nope' } } }, small);
    expect(bad.ok).to.equal(false);
  });

  it('writes the whole state, every item in order, not-started where unanswered', () => {
    const state = toState(small, new Map([['b1', { status: 'done', note: 'n' }]]), '2026-03-03T09:30:00.000Z');
    expect(state).to.deep.equal({
      version: 1,
      checklist: 'small',
      items: { a1: { status: 'not-started' }, a2: { status: 'not-started' }, a3: { status: 'not-started' }, b1: { status: 'done', note: 'n' }, b2: { status: 'not-started' } },
      savedAt: '2026-03-03T09:30:00.000Z'
    });
    expect(Object.keys(state.items)).to.deep.equal(['a1', 'a2', 'a3', 'b1', 'b2']);
  });

  it('links evidence only when it is an http or https address', () => {
    expect(evidenceHref('https://intranet.example.gov.uk/a b')).to.equal('https://intranet.example.gov.uk/a%20b');
    expect(evidenceHref('  HTTP://EXAMPLE.ORG  ')).to.equal('http://example.org/');
    for (const text of ['javascript:alert(1)', 'ftp://example.org/x', 'http://', 'data:text/html,hi', 'see the shared drive', '//example.org', undefined, '']) {
      expect(evidenceHref(text), String(text)).to.equal(undefined);
    }
  });
});

describe('readiness checklist: progress', () => {
  it('rounds to whole percentages without claiming 0% or 100% too early', () => {
    expect([percentOf(0, 3), percentOf(1, 3), percentOf(2, 3), percentOf(3, 3)]).to.deep.equal([0, 33, 67, 100]);
    expect(percentOf(199, 200)).to.equal(99);
    expect(percentOf(1, 1000)).to.equal(1);
    expect(percentOf(0, 0)).to.equal(null);
  });

  it('leaves not-applicable items out of both counts', () => {
    const p = progressOf(small, answers({ a1: 'done', a2: 'not-applicable', a3: 'in-progress', b1: 'not-applicable', b2: 'not-applicable' }));
    expect([p.done, p.total, p.percent]).to.deep.equal([1, 2, 50]);
    expect(p.sections.map((s) => [s.id, s.done, s.total, s.percent])).to.deep.equal([
      ['a', 1, 2, 50],
      ['b', 0, 0, null]
    ]);
    expect(p.counts).to.deep.equal({ 'not-started': 0, 'in-progress': 1, done: 1, 'not-applicable': 3, 'cannot-start': 0 });
    expect(p.notDone).to.equal(1);
  });

  it('counts the built-in checklist with a sample state exactly', async () => {
    const state = readState(await fixture('state-builtin.json')).value!;
    const en = builtinChecklist('en');
    const p = progressOf(en, state.answers);
    expect([p.done, p.total, p.percent, p.notDone]).to.deep.equal([2, 17, 12, 15]);
    expect(p.sections.map((s) => `${s.id} ${s.done}/${s.total} ${s.percent}`)).to.deep.equal([
      'principles 1/3 33',
      'agreements 0/4 0',
      'cost-performance 1/3 33',
      'people 0/5 0',
      'start-simple 0/2 0'
    ]);
    expect(p.cannotStart).to.deep.equal(['exit-plan']);
    const view = layoutChecklist(en, state.answers, readinessMessages.en, 'en', 'en-GB');
    expect(view.text).to.equal('Overall: 2 of 17 done (12%)');
    expect(view.sections[0]!.text).to.equal('1 of 3 done (33%)');
    expect(view.verdict).to.equal('15 items are not done yet. 1 item cannot start yet:');
    expect(view.blocked).to.deep.equal([{ id: 'exit-plan', index: 5, label: 'Contingency and liability if a partner pulls out' }]);
    const welsh = layoutChecklist(builtinChecklist('cy'), state.answers, readinessMessages.cy, 'cy', 'cy');
    expect(welsh.text).to.equal('At ei gilydd: 2 o 17 wedi’u cwblhau (12%)');
  });

  it('says a checklist is ready when everything that applies is done, and when nothing applies', () => {
    const done = layoutChecklist(small, answers({ a1: 'done', a2: 'done', a3: 'not-applicable', b1: 'done', b2: 'done' }), readinessMessages.en, 'en', 'en-GB');
    expect(done.text).to.equal('Overall: 4 of 4 done (100%)');
    expect(done.verdict).to.equal('Ready: every item that applies is done.');
    const none = layoutChecklist(small, answers({ a1: 'not-applicable', a2: 'not-applicable', a3: 'not-applicable', b1: 'not-applicable', b2: 'not-applicable' }), readinessMessages.en, 'en', 'en-GB');
    expect(none.text).to.equal('Overall: Nothing here applies');
  });
});

describe('readiness checklist: storage', () => {
  const state = (checklist: string, items: Record<string, unknown>) => JSON.stringify({ version: 1, checklist, items, savedAt: '2026-03-03T09:30:00.000Z' });

  it('loads stored answers and saves them back', () => {
    const storage = new FakeStorage();
    storage.map.set('k', state('small', { a1: { status: 'done', note: 'agreed' } }));
    const store = new ChecklistStore('k', () => storage);
    const loaded = store.load(small);
    expect([...loaded.answers]).to.deep.equal([['a1', { status: 'done', note: 'agreed' }]]);
    expect(loaded.savedAt).to.equal('2026-03-03T09:30:00.000Z');
    expect(loaded.notices).to.deep.equal([]);
    expect(store.save(toState(small, new Map([['b2', { status: 'cannot-start' }]])))).to.equal('saved');
    expect(JSON.parse(storage.map.get('k')!).items.b2).to.deep.equal({ status: 'cannot-start' });
  });

  it('keeps unreadable answers aside, numbered when the place is taken, and never writes over them', () => {
    const storage = new FakeStorage();
    storage.map.set('k', '{"version": 1, "checklist": ');
    let loaded = new ChecklistStore('k', () => storage).load(small);
    expect(loaded.notices.length).to.equal(1);
    expect(loaded.notices[0]).to.include({ kind: 'corrupt', key: 'k', aside: 'k:corrupt' });
    expect(storage.map.get('k:corrupt')).to.equal('{"version": 1, "checklist": ');
    // The same text again is not copied twice; different text goes to the next free place.
    new ChecklistStore('k', () => storage).load(small);
    expect([...storage.map.keys()]).to.deep.equal(['k', 'k:corrupt']);
    storage.map.set('k', 'null');
    loaded = new ChecklistStore('k', () => storage).load(small);
    expect(loaded.notices[0]).to.include({ kind: 'corrupt', aside: 'k:corrupt:2' });
    expect(storage.map.get('k:corrupt:2')).to.equal('null');
  });

  it('uses what it can of a partly bad state, and keeps all of it aside', () => {
    const storage = new FakeStorage();
    const raw = state('small', { a1: { status: 'done' }, a2: { status: 'finished' } });
    storage.map.set('k', raw);
    const loaded = new ChecklistStore('k', () => storage).load(small);
    expect([...loaded.answers]).to.deep.equal([['a1', { status: 'done' }]]);
    const notice = loaded.notices[0] as { kind: string; problems: { path: string }[] };
    expect(notice.kind).to.equal('corrupt');
    expect(words(notice.problems)).to.deep.equal(['items.a2.status: expected one of not-started, in-progress, done, not-applicable, cannot-start, got "finished"']);
    expect(storage.map.get('k:corrupt')).to.equal(raw);
  });

  it('keeps answers for another checklist aside under its id, and drops answers to removed items after keeping them', () => {
    const storage = new FakeStorage();
    const other = state('other-list', { x: { status: 'done' } });
    storage.map.set('k', other);
    const loaded = new ChecklistStore('k', () => storage).load(small);
    expect(loaded.answers.size).to.equal(0);
    expect(loaded.notices).to.deep.equal([{ kind: 'other-stored', key: 'k', other: 'other-list', aside: 'k:other-list' }]);
    expect(storage.map.get('k:other-list')).to.equal(other);

    const older = state('small', { a1: { status: 'done' }, removed: { status: 'in-progress', note: 'keep me' } });
    storage.map.set('k', older);
    const changed = new ChecklistStore('k', () => storage).load(small);
    expect([...changed.answers.keys()]).to.deep.equal(['a1']);
    expect(changed.notices).to.deep.equal([{ kind: 'dropped', ids: ['removed'], stored: true, aside: 'k:previous' }]);
    expect(storage.map.get('k:previous')).to.equal(older);
  });

  it('stops saving when unreadable answers cannot be kept aside', () => {
    const storage = new FakeStorage();
    storage.map.set('k', 'garbage');
    storage.failSet = true;
    const store = new ChecklistStore('k', () => storage);
    const loaded = store.load(small);
    expect(loaded.notices[0]).to.include({ kind: 'corrupt' });
    expect(loaded.notices[0]).to.not.have.property('aside');
    expect(store.paused).to.equal(true);
    storage.failSet = false;
    expect(store.save(toState(small, new Map()))).to.equal('paused');
    expect(storage.map.get('k')).to.equal('garbage');
  });

  it('reports storage that is turned off or full', () => {
    const storage = new FakeStorage();
    storage.failGet = true;
    expect(new ChecklistStore('k', () => storage).load(small).notices).to.deep.equal([{ kind: 'unavailable' }]);
    const noStorage = new ChecklistStore('k', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(noStorage.load(small).notices).to.deep.equal([{ kind: 'unavailable' }]);
    expect(noStorage.save(toState(small, new Map()))).to.equal('failed');
    storage.failGet = false;
    storage.failSet = true;
    expect(new ChecklistStore('k', () => storage).save(toState(small, new Map()))).to.equal('failed');
  });
});

describe('readiness checklist: export', () => {
  it('writes CSV with the documented columns, in the element’s language, with formulas made text', async () => {
    const state = readState(await fixture('state-builtin.json')).value!;
    state.answers.set('goals', { status: 'in-progress', note: '=HYPERLINK("http://evil.example","x")', owner: '@finance, legal' });
    const csv = stateCsv(builtinChecklist('en'), state.answers, readinessMessages.en);
    const lines = csv.trim().split('\n');
    expect(lines[0]).to.equal('section,item,status,owner,note,evidence');
    expect(lines.length).to.equal(19);
    expect(lines[1]).to.equal('Principles,"Work across boundaries, geographic and institutional",Done,Head of Shared Services,,');
    expect(lines[6]).to.equal('Agreements before starting,Contingency and liability if a partner pulls out,Cannot start yet,Monitoring Officer,Waiting for the section 101 agreement,');
    expect(lines[8]).to.equal('Agreements before starting,Clear goals and a line of sight to results,In progress,"\'@finance, legal","\'=HYPERLINK(""http://evil.example"",""x"")",');
    const quoted = stateCsv(small, new Map([['a1', { status: 'done', note: 'line one\nline "two"' }]]), readinessMessages.en);
    expect(quoted.split('\n').slice(1, 3)).to.deep.equal(['A,A1,Done,,"line one', 'line ""two""",']);
    expect(lines[11]).to.equal('Cost and performance,A baseline to measure progress against,Done,,,https://intranet.example.gov.uk/baseline-2025.xlsx');
    const welsh = stateCsv(builtinChecklist('cy'), state.answers, readinessMessages.cy).split('\n');
    expect(welsh[0]).to.equal('section,item,status,owner,note,evidence');
    expect(welsh[1]!.startsWith('Egwyddorion,')).to.equal(true);
    expect(welsh[1]).to.contain('Wedi’i gwblhau');
  });

  it('makes formula-like cells text and file names safe', () => {
    expect(['=1+1', '+44 24', '-5', '@sum', '\tx', 'plain', ''].map(safeCell)).to.deep.equal(["'=1+1", "'+44 24", "'-5", "'@sum", "'\tx", 'plain', '']);
    expect(fileName({ ...small, id: 'Waste / 2026!' }, 'json')).to.equal('waste-2026-answers.json');
    expect(fileName({ ...small, id: '***' }, 'csv')).to.equal('checklist-answers.csv');
  });
});
