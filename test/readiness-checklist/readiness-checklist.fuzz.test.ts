/**
 * Random and malformed checklists and states (seeded fast-check through test/helpers/fuzz.ts): the
 * element never throws, never goes blank, and a bad state never changes the answers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import { builtinChecklist } from '../../src/components/readiness-checklist/readiness-checklist.builtin.js';
import { acceptState } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import { settled } from '../helpers/element.js';
import { malformed, shown } from '../helpers/fuzz.js';

const custom = {
  id: 'fuzz',
  title: 'Fuzz',
  sections: [
    { id: 'a', title: 'A', items: [{ id: 'a1', label: 'A1', hint: 'h' }, { id: 'a2', label: 'A2' }] },
    { id: 'b', title: 'B', items: [{ id: 'b1', label: 'B1' }] }
  ]
};
const state = {
  version: 1,
  checklist: 'shared-service-readiness',
  items: {
    goals: { status: 'done', note: 'n', owner: 'o', evidence: 'https://example.org/' },
    'exit-plan': { status: 'cannot-start' },
    baseline: { status: 'not-applicable' }
  },
  savedAt: '2026-03-03T09:30:00.000Z'
};
const CONTENT = '[part~="section"]';

function watchErrors() {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { thrown, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

const json = (value: unknown) => {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
};

describe('<shared-readiness-checklist> fuzzed', () => {
  it('never throws and never goes blank, whatever data it is fed (no data: the built-in list)', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('shared-readiness-checklist');
    wrapper.append(el);
    const watch = watchErrors();
    try {
      await fc.assert(
        fc.asyncProperty(malformed([custom, { councils: [], partnerships: [] }]), async (input) => {
          el.data = input;
          await settled(el);
          const state = shown(el, CONTENT);
          const allowed = input === undefined || input === null ? ['content'] : ['content', 'error', 'empty'];
          expect(allowed, `input ${json(input)} left the element ${state}`).to.include(state);
          expect(watch.thrown, `input ${json(input)} threw`).to.deep.equal([]);
        }),
        { numRuns: 150, seed: 20260305 }
      );
    } finally {
      watch.stop();
    }
  });

  it('takes a good state whole, and refuses a bad one with an alert and the answers unchanged', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('shared-readiness-checklist') as SharedReadinessChecklist;
    wrapper.append(el);
    await settled(el);
    const watch = watchErrors();
    let accepted = 0;
    try {
      await fc.assert(
        fc.asyncProperty(malformed([state]), async (input) => {
          const before = el.state;
          el.state = input;
          await el.updateComplete;
          const ok = acceptState(input, builtinChecklist('en')).ok;
          if (ok) {
            accepted++;
            const given = (input as { items: Record<string, { status: string }> }).items;
            for (const [id, answer] of Object.entries(el.state!.items)) {
              expect(answer.status, `${id} after ${json(input)}`).to.equal(Object.hasOwn(given, id) ? given[id]!.status : 'not-started');
            }
          } else {
            expect(el.state!.items, `answers changed by ${json(input)}`).to.deep.equal(before!.items);
            expect(el.shadowRoot!.querySelector('[part~="notice"][role="alert"]'), `no alert for ${json(input)}`).to.not.equal(null);
          }
          expect(shown(el, CONTENT)).to.equal('content');
          expect(el.shadowRoot!.querySelectorAll('[data-item]').length).to.equal(18);
          expect(watch.thrown, `input ${json(input)} threw`).to.deep.equal([]);
        }),
        { numRuns: 200, seed: 20260305 }
      );
    } finally {
      watch.stop();
    }
    // The mutations must reach both branches for this to test anything.
    expect(accepted).to.be.greaterThan(10);
    expect(accepted).to.be.lessThan(200);
  });
});
