import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { html } from 'lit';
import { SharedElement } from '../../src/core/shared-element.js';
import { nextTask, overBudget, taskTime, TASK_BUDGET } from '../../src/core/tasks.js';

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
