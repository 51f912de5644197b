import { expect, fixture, html as fhtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { SharedElement } from '../../src/core/shared-element.js';
import { nextTask, overBudget, taskTime, TASK_BUDGET } from '../../src/scheduling/tasks.js';
import { DataController } from '../../src/controllers/data-controller.js';

/** Keeps this task running until the budget is spent (the clock is read, not trusted to be fast or slow). */
function spend(ms = TASK_BUDGET + 5): void {
  const start = performance.now();
  while (performance.now() - start <= ms) {
    /* busy */
  }
}

class CountingWidget extends SharedElement {
  static override properties = { ...SharedElement.properties, count: { type: Number } };
  declare count: number;
  renders = 0;
  constructor() {
    super();
    this.count = 0;
  }
  protected override render() {
    this.renders++;
    return html`<p>${this.count}</p>`;
  }
}
CountingWidget.define('test-counting-widget');

/** Whether the task was already over budget when its data had been read (the reader spends the budget). */
class ReadingWidget extends SharedElement {
  overBudgetAfterReading?: boolean;
  readonly data$ = new DataController<unknown>(this, {
    fromJson: (input) => {
      spend();
      this.overBudgetAfterReading = overBudget();
      return { value: input, problems: [] };
    },
    isEmpty: () => false
  });
  protected override render() {
    return html`<p>${this.data$.status}</p>`;
  }
}
ReadingWidget.define('test-reading-widget');

/** A widget with a layout to do before drawing, which spends the task's budget. */
class LayingWidget extends SharedElement {
  static override properties = { ...SharedElement.properties, count: { type: Number } };
  declare count: number;
  layouts = 0;
  renders = 0;
  private laidFor = -1;
  constructor() {
    super();
    this.count = 0;
  }
  protected override layOut(): boolean {
    if (this.laidFor === this.count) return false;
    this.laidFor = this.count;
    this.layouts++;
    spend();
    return true;
  }
  protected override willUpdate(): void {
    this.layOut();
  }
  protected override render() {
    this.renders++;
    return html`<p>${this.count}</p>`;
  }
}
LayingWidget.define('test-laying-widget');

/** Two of these wait for the same file (as the roster and the map wait for the council register). */
let release: () => void = () => {};
let shared = new Promise<void>((resolve) => (release = resolve));
class WaitingWidget extends SharedElement {
  overBudgetBeforeReading?: boolean;
  readonly data$ = new DataController<unknown>(this, {
    prepare: async (input) => {
      await shared;
      return { input, problems: [] };
    },
    fromJson: (input) => {
      this.overBudgetBeforeReading = overBudget();
      spend();
      return { value: input, problems: [] };
    },
    isEmpty: () => false
  });
  protected override render() {
    return html`<p>${this.data$.status}</p>`;
  }
}
WaitingWidget.define('test-waiting-widget');

// This file's module graph is evaluated in one task, src/core/tasks.ts first: the clock runs from there,
// so a task that has spent its budget evaluating scripts says so without any earlier call.
spend();
const overBudgetAtEvaluation = overBudget();

describe('core: keeping tasks short', () => {
  it('nextTask() resolves in a later task, not in a microtask of this one', async () => {
    let resolved = false;
    const next = nextTask().then(() => (resolved = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(resolved).to.equal(false);
    await next;
    expect(resolved).to.equal(true);
  });

  it('counts the task from its first call, says when it is over budget, and starts again in the next task', async () => {
    await nextTask();
    expect(taskTime()).to.be.at.most(TASK_BUDGET);
    spend();
    expect(overBudget()).to.equal(true);
    await nextTask();
    expect(overBudget()).to.equal(false);
  });

  it('counts the task nextTask() resumes in from the moment it resumes, with no other call before the work', async () => {
    await nextTask();
    spend();
    expect(overBudget()).to.equal(true);
  });

  it('starts the clock in the task that evaluates the module (a bundle\'s evaluation counts)', () => {
    expect(overBudgetAtEvaluation).to.equal(true);
  });

  it('starts the clock where data arrives, so that reading it counts against the task', async () => {
    const el = await fixture<ReadingWidget>(fhtml`<test-reading-widget src="/test/fixtures/figures.json"></test-reading-widget>`);
    await waitUntil(() => el.overBudgetAfterReading !== undefined, 'the data is read', { timeout: 10_000 });
    expect(el.overBudgetAfterReading).to.equal(true);
    await waitUntil(() => el.shadowRoot!.querySelector('p')?.textContent === 'ready', 'the widget draws its data', { timeout: 10_000 });
  });

  it('a widget with a layout lays out before its update, and draws in a later task when the layout spent the budget', async () => {
    const el = await fixture<LayingWidget>(fhtml`<test-laying-widget></test-laying-widget>`);
    await el.updateComplete;
    await nextTask();
    const [layouts, renders] = [el.layouts, el.renders];
    el.count = 1;
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // Laid out in this task; the drawing waits for the next.
    expect([el.layouts, el.renders]).to.deep.equal([layouts + 1, renders]);
    await el.updateComplete;
    // Drawn once, with the layout done before (not done again in the update).
    expect([el.layouts, el.renders]).to.deep.equal([layouts + 1, renders + 1]);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('1');
  });

  it('widgets whose data comes in the same task read it one task each', async () => {
    shared = new Promise<void>((resolve) => (release = resolve));
    const box = await fixture<HTMLElement>(fhtml`<div>
      <test-waiting-widget .data=${{ a: 1 }}></test-waiting-widget><test-waiting-widget .data=${{ b: 2 }}></test-waiting-widget>
    </div>`);
    const [one, two] = [...box.querySelectorAll<WaitingWidget>('test-waiting-widget')];
    await nextTask();
    release();
    await waitUntil(() => one!.overBudgetBeforeReading !== undefined && two!.overBudgetBeforeReading !== undefined, 'both read', { timeout: 10_000 });
    // Each started reading with the budget unspent: the second waited for a task of its own.
    expect([one!.overBudgetBeforeReading, two!.overBudgetBeforeReading]).to.deep.equal([false, false]);
  });

  it('a widget updates at once in a short task, and in a task of its own after a long one, with every change drawn', async () => {
    const el = await fixture<CountingWidget>(fhtml`<test-counting-widget></test-counting-widget>`);
    await nextTask();
    el.count = 1;
    await Promise.resolve();
    await Promise.resolve();
    // A short task: Lit's microtask, as before.
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('1');

    await nextTask();
    taskTime();
    spend();
    const before = el.renders;
    el.count = 2;
    el.count = 3;
    await Promise.resolve();
    await Promise.resolve();
    // Past the budget: not drawn in this task...
    expect(el.renders).to.equal(before);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('1');
    // ...but drawn, once and with the last value, when updateComplete says so.
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('3');
  });
});
