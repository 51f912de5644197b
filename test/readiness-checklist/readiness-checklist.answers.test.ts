/**
 * The checklist's answers (readiness-checklist.answers.ts) without the element: changes, a state from
 * script, imports and their undo, answers kept under a storage key and shared with another holder of
 * the same key (merged field by field, or both versions kept), and a checklist that loses items. And
 * (fast-check) its progress: a percentage that reaches 100 only when every item that applies is done.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ChecklistAnswers } from '../../src/components/readiness-checklist/readiness-checklist.answers.js';
import { readChecklist, type Checklist } from '../../src/components/readiness-checklist/readiness-checklist.data.js';
import { percentOf, progressOf } from '../../src/components/readiness-checklist/readiness-checklist.layout.js';
import { STATUSES, type ItemState } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import { wasteChecklist } from '../fixtures/datasets.js';

const KEY = 'readiness-answers-test';
afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith(KEY)) localStorage.removeItem(key);
});

const checklistOf = (input: unknown): Checklist => {
  const read = readChecklist(input).value!;
  if (read.builtin) throw new Error('expected a checklist of its own');
  return read.checklist;
};
const waste = checklistOf(wasteChecklist);
const fileOf = (items: Record<string, Partial<ItemState>>, checklist = waste.id) => JSON.stringify({ version: 1, checklist, items });
const answersOf = (a: ChecklistAnswers) => Object.fromEntries(a.answers);

describe('checklist answers', () => {
  it('starts with every item not started, and holds a user’s changes, cleaned of empty fields', () => {
    const a = new ChecklistAnswers();
    a.use(waste, '');
    expect(Object.values(a.state!.items).map((i) => i.status)).to.deep.equal(['not-started', 'not-started', 'not-started', 'not-started']);
    a.change('board', { status: 'in-progress', owner: 'A. Patel', note: '' });
    a.change('board', { note: 'Terms drafted' });
    expect(a.state!.items.board).to.deep.equal({ status: 'in-progress', owner: 'A. Patel', note: 'Terms drafted' });
    expect(a.savedAt).to.be.a('string');
  });

  it('applies a state given from script before there is a checklist once one arrives, and refuses a bad one with a notice', () => {
    const a = new ChecklistAnswers();
    a.set(JSON.parse(fileOf({ exit: { status: 'done' }, gone: { status: 'done' } })), 'the state property');
    expect(a.state).to.equal(undefined);
    a.use(waste, '');
    expect(answersOf(a)).to.deep.equal({ exit: { status: 'done' } });
    expect(a.notices).to.deep.equal([{ kind: 'dropped', ids: ['gone'] }]);
    a.set({ version: 1, checklist: waste.id, items: { exit: { status: 'finished' } } }, 'the state property');
    expect(answersOf(a), 'unchanged').to.deep.equal({ exit: { status: 'done' } });
    expect(a.notices.map((n) => n.kind)).to.deep.equal(['state-bad']);
    a.set(JSON.parse(fileOf({ exit: { status: 'done' } }, 'another-checklist')), 'the state property');
    expect(a.notices).to.deep.equal([{ kind: 'state-other', other: 'another-checklist', id: waste.id }]);
  });

  it('merges an imported file into the answers (items and fields it leaves out keep theirs), lists what changed, and undoes it', () => {
    const a = new ChecklistAnswers();
    a.use(waste, '');
    a.change('board', { status: 'in-progress', owner: 'A. Patel' });
    a.change('shares', { status: 'done' });
    expect(a.import(fileOf({ board: { status: 'done' }, baseline: { status: 'cannot-start', note: 'Waiting for 2025/26 accounts' } }), 'answers.json')).to.equal(true);
    expect(answersOf(a)).to.deep.equal({
      board: { status: 'done', owner: 'A. Patel' },
      shares: { status: 'done' },
      baseline: { status: 'cannot-start', note: 'Waiting for 2025/26 accounts' }
    });
    const notice = a.notices[0] as { kind: string; n: number; changes: { id: string; label: string }[] };
    expect([notice.kind, notice.n, notice.changes.map((c) => c.label)]).to.deep.equal(['imported', 2, ['Joint board set up', 'Baseline costs recorded']]);
    expect(a.undo()).to.equal(true);
    expect(answersOf(a)).to.deep.equal({ board: { status: 'in-progress', owner: 'A. Patel' }, shares: { status: 'done' }, baseline: { status: 'not-started' } });
    expect(a.undo(), 'one undo').to.equal(false);
  });

  it('refuses a file that is not JSON, or has one bad answer, changing nothing', () => {
    const a = new ChecklistAnswers();
    a.use(waste, '');
    a.change('exit', { status: 'done' });
    expect(a.import('{ not json', 'broken.json')).to.equal(false);
    expect(a.import(fileOf({ board: { status: 'done' }, exit: { status: 'maybe' } as never }), 'bad.json')).to.equal(false);
    expect(answersOf(a)).to.deep.equal({ exit: { status: 'done' } });
    expect(a.notices.map((n) => n.kind)).to.deep.equal(['import-bad']);
  });

  it('keeps answers under a storage key: another holder of the key finds them', () => {
    const a = new ChecklistAnswers();
    a.use(waste, KEY);
    a.change('board', { status: 'done', owner: 'A. Patel' });
    const b = new ChecklistAnswers();
    b.use(checklistOf(structuredClone(wasteChecklist)), KEY);
    expect(b.answers.get('board')).to.deep.equal({ status: 'done', owner: 'A. Patel' });
    expect(b.notices).to.deep.equal([]);
  });

  it('merges another holder’s change to other fields of an item, and keeps both versions of one field changed on both sides until one is picked', () => {
    const a = new ChecklistAnswers();
    const b = new ChecklistAnswers();
    let heard = 0;
    a.onOutside = () => heard++;
    a.use(waste, KEY);
    b.use(waste, KEY);
    a.attach();
    b.attach();
    try {
      b.change('board', { owner: 'B. Jones' });
      expect(heard).to.equal(1);
      expect(a.answers.get('board')).to.deep.equal({ status: 'not-started', owner: 'B. Jones' });
      // Both change the note before hearing of the other's change (b is not listening: another tab
      // that was asleep): b finds a's note stored when it saves its own.
      b.detach();
      a.change('board', { note: 'Mine' });
      b.change('board', { note: 'Theirs' });
      expect(b.answers.get('board')!.note, 'its own kept').to.equal('Theirs');
      expect(b.conflicts.get('board')!.note, 'the other shown beside it').to.equal('Mine');
      expect(JSON.parse(localStorage.getItem(KEY)!).items.board.note, 'not written over').to.equal('Mine');
      b.pick('board', 'mine');
      expect(b.conflicts.size).to.equal(0);
      expect(JSON.parse(localStorage.getItem(KEY)!).items.board).to.deep.equal({ status: 'not-started', owner: 'B. Jones', note: 'Theirs' });
    } finally {
      a.detach();
      b.detach();
    }
  });

  it('keeps answers to the items a changed checklist still has, and says which were dropped', () => {
    const a = new ChecklistAnswers();
    a.use(waste, '');
    a.change('board', { status: 'done' });
    a.change('shares', { status: 'done' });
    const smaller = structuredClone(wasteChecklist);
    smaller.sections[1]!.items = smaller.sections[1]!.items.filter((i) => i.id !== 'shares');
    a.use(checklistOf(smaller), '');
    expect(answersOf(a)).to.deep.equal({ board: { status: 'done' } });
    expect(a.notices).to.deep.equal([{ kind: 'dropped', ids: ['shares'] }]);
  });
});

describe('checklist progress (fast-check)', () => {
  it('a percentage reaches 100 only when all is done, 0 only when nothing is, and never goes down as more is done', () => {
    // Any count done, and often one just short of all or just past none, where rounding would lie.
    const counts = fc.integer({ min: 1, max: 5000 }).chain((total) =>
      fc.tuple(fc.constant(total), fc.oneof(fc.integer({ min: 0, max: total }), fc.integer({ min: Math.max(0, total - 3), max: total }), fc.integer({ min: 0, max: Math.min(3, total) })))
    );
    fc.assert(
      fc.property(counts, ([total, done]) => {
        const p = percentOf(done, total)!;
        expect(p === 100, `${done} of ${total} is ${p}%`).to.equal(done === total);
        expect(p === 0, `${done} of ${total} is ${p}%`).to.equal(done === 0);
        expect(Number.isInteger(p) && p >= 0 && p <= 100).to.equal(true);
        if (done < total) expect(percentOf(done + 1, total)!).to.be.at.least(p);
      }),
      { seed: 17, numRuns: 1000 }
    );
  });

  it('a checklist, and each section, is at 100% exactly when every item that applies is done', () => {
    const shape = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        shape.chain((sizes) => fc.tuple(fc.constant(sizes), fc.array(fc.constantFrom(...STATUSES), { minLength: sizes.reduce((a, b) => a + b), maxLength: sizes.reduce((a, b) => a + b) }))),
        ([sizes, statuses]) => {
          let n = 0;
          const checklist = checklistOf({
            id: 'c',
            title: 'C',
            sections: sizes.map((size, s) => ({ id: `s${s}`, title: `S${s}`, items: Array.from({ length: size }, () => ({ id: `i${n++}`, label: 'Item' })) }))
          });
          const answers = new Map(statuses.map((status, i) => [`i${i}`, { status }] as const));
          const progress = progressOf(checklist, answers);
          const applying = statuses.filter((s) => s !== 'not-applicable');
          expect(progress.percent === 100).to.equal(applying.length > 0 && applying.every((s) => s === 'done'));
          expect(progress.percent === null).to.equal(applying.length === 0);
          expect(progress.notDone).to.equal(applying.filter((s) => s !== 'done').length);
          let at = 0;
          for (const [i, section] of progress.sections.entries()) {
            const own = statuses.slice(at, (at += sizes[i]!)).filter((s) => s !== 'not-applicable');
            expect(section.percent === 100, section.id).to.equal(own.length > 0 && own.every((s) => s === 'done'));
          }
        }
      ),
      { seed: 17, numRuns: 300 }
    );
  });
});
