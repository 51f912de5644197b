/**
 * Feeds an element its data, from (in order of precedence) the `data` property, the `src`
 * attribute, or an inline `<script type="application/json">` child. Built on @lit/task: changing
 * `src` aborts the request before; a slow server times out with a message; `aria-busy` is set on the
 * host while loading; `shared-data-load` / `shared-data-error` are fired with the outcome.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import { fetchText, LoadError, timeoutMs } from '../data/load.js';
import { parseJson, type Format } from '../data/parse.js';
import { fill } from '../i18n/messages.js';
import { problemMessage, type Outcome, type Problem } from '../data/problem.js';
import type { DataHost } from './host.js';
import { geoBase } from '../councils/files.js';
import type { PrepareContext } from '../councils/prepare.js';
import { Refresher } from './refresh.js';
import { nextTask, overBudget } from '../scheduling/tasks.js';

/** How a widget turns input into its own model. */
export interface DataReader<T> {
  /** Parsed JSON, or the `data` property, to the model. */
  fromJson(input: unknown): Outcome<T>;
  /** CSV text to the model, for widgets with a tabular form. */
  fromCsv?(text: string): Outcome<T>;
  /** True when the model holds nothing to show. */
  isEmpty(value: T): boolean;
  /**
   * A step before `fromJson` that may fetch what the input refers to (the council register, for the
   * shared dataset): returns the input to read and problems to add. Left out, nothing is fetched.
   */
  prepare?(input: unknown, context: PrepareContext): Promise<{ input: unknown; problems: Problem[] }>;
}

export type DataStatus = 'loading' | 'ready' | 'empty' | 'error';
type Where = 'src' | 'data' | 'inline';
interface Loaded<T> {
  outcome: Outcome<T>;
  where?: Where;
}

/**
 * Each element's loads, as tests of whether they are still running (its data, and any file it needs
 * besides, such as the map's geography): `aria-busy` stays on the host until none is.
 */
const loads = new WeakMap<Element, Set<() => boolean>>();

function countLoad(host: Element, running: () => boolean): void {
  let set = loads.get(host);
  if (!set) loads.set(host, (set = new Set()));
  set.add(running);
}

function reflectBusy(host: Element): void {
  const busy = [...(loads.get(host) ?? [])].some((running) => running());
  if (busy === host.hasAttribute('aria-busy')) return;
  if (busy) host.setAttribute('aria-busy', 'true');
  else host.removeAttribute('aria-busy');
}

/** The element's inline data: a `<script type="application/json">` child. */
export const INLINE = ':scope > script[type="application/json"]';

export class DataController<T> implements ReactiveController {
  private inline: string | null = null;
  private children?: MutationObserver;
  private readonly task: Task<[unknown, string | null, string | null, number, string | null, string | null], Loaded<T>>;
  private thrown: Problem[] = [];
  /** The load was stopped because the element left the page. */
  private stopped = false;
  private shown?: Loaded<T>;
  /** Live data (`refresh`): a newer version of `src` shown in place of the task's value. */
  private refreshed?: Loaded<T>;
  private readonly refresher: Refresher<T>;

  constructor(
    private readonly host: DataHost,
    private readonly reader: DataReader<T>
  ) {
    host.addController(this);
    countLoad(host, () => this.task.status === TaskStatus.PENDING);
    this.task = new Task(host, {
      args: () => [host.data, host.src || null, host.format || null, host.timeout, this.inline, host.geoBase || null] as const,
      task: ([data, src, format, timeout, inline], { signal }) => this.load(data, src, format, timeout, inline, signal),
      onComplete: (loaded) => this.report(loaded),
      onError: (error) => {
        // Stopped because the element left the page: nothing to say (it loads again if it comes back).
        if (this.stopped) return;
        this.thrown = [error instanceof LoadError ? error.problem : unexpected(error)];
        this.shown = undefined;
        this.report({ outcome: { problems: this.thrown }, where: 'src' });
      }
    });
    this.refresher = new Refresher(host, {
      parse: (text, format) => this.parse(text, format, { base: geoBase(host), timeoutMs: timeoutMs(host.timeout), signal: new AbortController().signal }),
      usable: (outcome) => this.judge(outcome) !== 'error',
      apply: (outcome) => {
        this.refreshed = { outcome, where: 'src' };
        this.report(this.refreshed);
        host.requestUpdate();
      },
      say: (problem) => problemMessage(problem, host.t, this.describe('src'))
    });
  }

  /**
   * What is on screen: the finished load, or while a new one runs, the last data that was shown, so
   * that an update does not blank the widget (the host is still `aria-busy`).
   */
  private get current(): Loaded<T> | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.refreshed ?? this.task.value;
    if (this.task.status === TaskStatus.PENDING) return this.shown;
    return undefined;
  }

  /** What to show: `loading`, `ready` (maybe with skipped parts in `problems`), `empty` or `error`. */
  get status(): DataStatus {
    if (this.task.status === TaskStatus.ERROR) return 'error';
    const current = this.current;
    if (current) return this.judge(current.outcome);
    return this.task.status === TaskStatus.PENDING ? 'loading' : 'empty';
  }

  /** Nothing usable plus problems is an error; nothing at all is empty. */
  private judge(outcome: Outcome<T>): 'ready' | 'empty' | 'error' {
    if (outcome.value !== undefined && !this.reader.isEmpty(outcome.value)) return 'ready';
    return outcome.problems.length ? 'error' : 'empty';
  }

  /** The model, when there is one to show. */
  get value(): T | undefined {
    return this.current?.outcome.value;
  }

  /** Problems with the input: the reason for `error`, or what was left out of `ready`. */
  get problems(): Problem[] {
    if (this.task.status === TaskStatus.ERROR) return this.thrown;
    return this.current?.outcome.problems ?? [];
  }

  /** Where the data came from, in words: the URL, "the data property", "the JSON inside the element". */
  get where(): string {
    return this.describe(this.task.status === TaskStatus.ERROR ? 'src' : this.current?.where);
  }

  /** Every problem in words, in the element's language. */
  messages(problems = this.problems, where = this.where): string[] {
    return problems.map((problem) => problemMessage(problem, this.host.t, where));
  }

  private describe(where: Where | undefined): string {
    const t = this.host.t;
    if (where === 'data') return t.where.data;
    if (where === 'inline') return t.where.inline;
    return fill(t.where.src, { src: this.host.src ?? '' });
  }

  hostConnected(): void {
    this.readInline();
    this.children = new MutationObserver(() => this.readInline());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.refresher.connect();
    if (this.stopped) {
      this.stopped = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    this.refresher.disconnect();
    // An element taken off the page stops its download; put back, it loads again.
    if (this.task.status === TaskStatus.PENDING) {
      this.stopped = true;
      this.task.abort();
    }
  }

  hostUpdated(): void {
    this.refresher.update();
    reflectBusy(this.host);
  }

  private readInline(): void {
    const text = this.host.querySelector(INLINE)?.textContent ?? null;
    if (text !== this.inline) {
      this.inline = text;
      this.host.requestUpdate();
    }
  }

  private async load(
    data: unknown,
    src: string | null,
    format: string | null,
    timeout: number,
    inline: string | null,
    signal: AbortSignal
  ): Promise<Loaded<T>> {
    const context: PrepareContext = { base: geoBase(this.host), timeoutMs: timeoutMs(timeout), signal };
    this.refreshed = undefined;
    this.refresher.stop();
    if (data !== undefined && data !== null) return { outcome: await this.read(data, context), where: 'data' };
    if (src) {
      const fetched = await fetchText(src, { signal, timeoutMs: context.timeoutMs, format });
      // The data arrived: reading it counts against this task's budget (src/scheduling/tasks.ts), and waits
      // for the next task if another widget's reading has spent this one.
      if (overBudget()) await nextTask();
      const outcome = await this.parse(fetched.text, fetched.format, context);
      if (!signal.aborted) this.refresher.loaded(src, format, fetched, outcome.value);
      return { outcome, where: 'src' };
    }
    if (inline !== null && inline.trim() !== '') return { outcome: await this.parse(inline, 'json', context), where: 'inline' };
    return { outcome: { problems: [] } };
  }

  private async parse(text: string, format: Format, context: PrepareContext): Promise<Outcome<T>> {
    if (format === 'csv' && this.reader.fromCsv) return this.guard(() => this.reader.fromCsv!(text));
    const json = parseJson(text);
    return json.value === undefined ? { problems: json.problems } : this.read(json.value, context);
  }

  /** The reader's own step first (e.g. the council register), then the reader; its problems come after the reader's. */
  private async read(input: unknown, context: PrepareContext): Promise<Outcome<T>> {
    let prepared: { input: unknown; problems: Problem[] } = { input, problems: [] };
    if (this.reader.prepare) {
      try {
        prepared = await this.reader.prepare(input, context);
        // Several widgets wait for the same file (the council register): one reads at a time.
        if (overBudget()) await nextTask();
      } catch (error) {
        if (context.signal.aborted) throw error;
        prepared = { input, problems: [unexpected(error)] };
      }
    }
    const outcome = this.guard(() => this.reader.fromJson(prepared.input));
    return prepared.problems.length ? { ...outcome, problems: [...outcome.problems, ...prepared.problems] } : outcome;
  }

  /** A reader that throws is a bug, but the page still gets a message rather than an exception. */
  private guard(read: () => Outcome<T>): Outcome<T> {
    try {
      return read();
    } catch (error) {
      return { problems: [unexpected(error)] };
    }
  }

  private report(loaded: Loaded<T>): void {
    const { outcome } = loaded;
    const verdict = this.judge(outcome);
    this.shown = verdict === 'ready' ? loaded : undefined;
    if (verdict !== 'error') {
      if (outcome.value !== undefined) this.host.emit('shared-data-load', outcome.value);
      return;
    }
    const first = outcome.problems[0]!;
    const problems = this.messages(outcome.problems, this.describe(loaded.where));
    this.host.emit('shared-data-error', {
      message: problems[0] ?? '',
      ...(first.path ? { path: first.path } : {}),
      problems
    });
  }
}

/**
 * A file a widget needs besides its data (the map's geography file, or the built-in boundaries):
 * loaded again when `args` or the element's `timeout` change (the request before is aborted), with
 * the data's timeout rule, and counted in the host's `aria-busy` until it has arrived. Turning a
 * failure into words is the loader's job: what it throws is kept as `error`.
 */
export class FileController<A extends readonly unknown[], T> implements ReactiveController {
  private readonly task: Task<readonly unknown[], T>;

  constructor(
    private readonly host: DataHost,
    args: () => A,
    load: (args: A, timeoutMs: number, signal: AbortSignal) => Promise<T>
  ) {
    host.addController(this);
    // The element's timeout last: a change to it, as to any argument, loads the file again.
    this.task = new Task(host, {
      args: () => [...args(), host.timeout],
      task: (all, { signal }) => load(all.slice(0, -1) as unknown as A, timeoutMs(all[all.length - 1] as number), signal)
    });
    countLoad(host, () => this.loading);
  }

  /** True while the file is on its way. */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** True when the loader threw (rather than returning its own account of the problem). */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** What the loader returned, once it has. */
  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.error;
  }

  hostUpdated(): void {
    reflectBusy(this.host);
  }
}

function unexpected(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return { path: '', text: { key: 'unexpected', values: { detail } } };
}
