/**
 * Keeping tasks short (issue 18, item 6: no task over 200 ms on a CPU four times slower). A page with
 * several widgets would otherwise draw them all in one task: Lit updates in a microtask, and every
 * widget whose data arrived in the same task updates in the same microtask checkpoint. `taskTime()`
 * says how long the current task has run (as far as this file can tell: since the first call in it),
 * and `nextTask()` lets the browser paint and answer input before going on. The clock is started
 * early where work comes in: when this file is evaluated (so the rest of a bundle's evaluation, and
 * the elements it defines and upgrades, count against the first widget updates in that task), and
 * where data arrives (src/controllers/data-controller.ts), so that reading it counts too.
 */

/** Work past this many milliseconds in one task waits for the next (a "long task" is over 50 ms). */
export const TASK_BUDGET = 50;

let began = -1;
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const queued: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => queued.shift()?.();

/** Runs `run` in a new task: a message to itself, which (unlike a timer) is never clamped or slowed for nesting. */
function post(run: () => void): void {
  if (!channel) {
    setTimeout(run, 0);
    return;
  }
  queued.push(run);
  channel.port2.postMessage(null);
}

/** Milliseconds the current task has run, counted from the first call in it (which starts the clock). */
export function taskTime(): number {
  const now = performance.now();
  if (began < 0) {
    began = now;
    post(() => (began = -1));
  }
  return now - began;
}

// The task evaluating this file (a page's script, or the bundle) starts the clock here.
taskTime();

/**
 * Resolves in a new task queued behind those already waiting: a message to itself. For background
 * work (a long roster checked a part at a time), which should not go ahead of the page's own tasks
 * as `nextTask`'s `scheduler.yield()` continuations do (a timer or a message posted meanwhile would
 * wait until every part was done).
 */
export function afterOthers(): Promise<void> {
  return new Promise<void>((resolve) => post(resolve));
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, after the browser has had the chance to paint and handle input:
 * `scheduler.yield()` where there is one (it keeps its place ahead of other pages' tasks), else a
 * message. The task it resumes in counts from zero, from the moment it resumes (so that work done
 * after it counts even when nothing else asks the clock before it ends).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const next = scheduler?.yield ? scheduler.yield() : afterOthers();
  return next.then(() => {
    began = -1;
    taskTime();
  });
}

/** Waits for a new task when the current one has already run past the budget. */
export function overBudget(): boolean {
  return taskTime() > TASK_BUDGET;
}
