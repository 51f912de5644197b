/**
 * Live data for the `refresh` attribute (seconds): `src` is asked again every so often with the last
 * version's `ETag` / `Last-Modified`, so an unchanged file costs a 304 and nothing more. When the data
 * changed, the widget is given it in place (no loading state, so focus and open details stay) and a
 * polite live region says what changed. A failed refresh keeps the last good data with a visible note
 * and tries again later, waiting longer each time and at least as long as `Retry-After` asks. A hidden
 * tab does not ask at all: a refresh that falls due then waits until the tab is shown.
 */
import { fetchText, LoadError, timeoutMs, type Fetched, type Validators } from '../data/load.js';
import type { Format } from '../data/parse.js';
import type { Outcome, Problem } from '../data/problem.js';
import { changeWords, describeChange, factsOf, type Facts } from '../data/changes.js';
import { fill, intlLocale, toLocale, type Locale } from '../i18n/messages.js';
import { dateTimeFormat } from '../format/intl.js';
import type { DataHost } from './host.js';

export interface RefreshHooks<T> {
  /** The new file's text to an outcome, as the first load read it. */
  parse(text: string, format: Format): Promise<Outcome<T>>;
  /** True when the outcome can be shown (not only problems). */
  usable(outcome: Outcome<T>): boolean;
  /** Shows the new outcome in place of the last. */
  apply(outcome: Outcome<T>): void;
  /** A problem in words, in the element's language. */
  say(problem: Problem): string;
}

/** The longest wait between tries after failures (unless `Retry-After` asks for longer). */
const MAX_BACKOFF_MS = 30 * 60 * 1000;
/** The shortest interval: `refresh` below a second is read as a second. */
const MIN_SECONDS = 1;

/** The `refresh` attribute as seconds; 0 (off) when absent, not a number, or not above zero. */
export function refreshSeconds(value: unknown): number {
  const seconds = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(MIN_SECONDS, seconds) : 0;
}

export class Refresher<T> {
  private seconds = 0;
  private src: string | null = null;
  private format: string | null = null;
  private text = '';
  private facts?: Facts;
  private validators: Validators = {};
  private loadedAt = 0;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  private waiting = false;
  private region?: { root: HTMLElement; note: HTMLElement; said: HTMLElement };

  constructor(
    private readonly host: DataHost,
    private readonly hooks: RefreshHooks<T>
  ) {}

  private get locale(): Locale {
    return toLocale(this.host.closest('[lang]')?.getAttribute('lang'));
  }

  /** A load from `src` finished: remember this version, and count down to the next. */
  loaded(src: string, format: string | null, fetched: Fetched, model: unknown): void {
    this.src = src;
    this.format = format;
    this.text = fetched.text;
    this.facts = factsOf(fetched.text, fetched.format, model);
    this.validators = fetched.validators ?? {};
    this.loadedAt = Date.now();
    this.failures = 0;
    this.showNote('');
    this.schedule();
  }

  /** A new load began (or the data came from elsewhere): nothing to refresh until it finishes. */
  stop(): void {
    this.src = null;
    this.cancel();
  }

  /** After each update of the host: follows changes to the `refresh` attribute. */
  update(): void {
    const seconds = refreshSeconds(this.host.refresh);
    if (seconds === this.seconds) return;
    this.seconds = seconds;
    this.schedule();
  }

  connect(): void {
    this.schedule();
  }

  disconnect(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    if (this.waiting) document.removeEventListener('visibilitychange', this.onVisible);
    this.waiting = false;
  }

  private schedule(delay = this.seconds * 1000): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.seconds || !this.src || !this.host.isConnected) return;
    this.ensureRegion();
    this.timer = setTimeout(() => this.due(), delay);
  }

  /** Time to ask again: now if the tab is shown, else when it is. */
  private due(): void {
    this.timer = undefined;
    if (document.visibilityState === 'hidden') {
      if (!this.waiting) document.addEventListener('visibilitychange', this.onVisible);
      this.waiting = true;
      return;
    }
    void this.poll();
  }

  private readonly onVisible = (): void => {
    if (document.visibilityState === 'hidden') return;
    document.removeEventListener('visibilitychange', this.onVisible);
    this.waiting = false;
    void this.poll();
  };

  private async poll(): Promise<void> {
    const src = this.src;
    if (!src) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const fetched = await fetchText(src, { signal: abort.signal, timeoutMs: timeoutMs(this.host.timeout), format: this.format, validators: this.validators });
      if (abort.signal.aborted || src !== this.src) return;
      if (fetched.notModified || fetched.text === this.text) return this.succeeded(fetched.validators);
      const outcome = await this.hooks.parse(fetched.text, fetched.format);
      if (abort.signal.aborted || src !== this.src) return;
      if (!this.hooks.usable(outcome)) return this.failed(outcome.problems[0]);
      const before = this.facts;
      const after = factsOf(fetched.text, fetched.format, outcome.value);
      this.text = fetched.text;
      this.facts = after;
      this.loadedAt = Date.now();
      this.hooks.apply(outcome);
      this.announce(before && after ? describeChange(before, after, this.locale) : changeWords[this.locale].data);
      this.succeeded(fetched.validators);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof LoadError) this.failed(error.problem, error.retryAfterMs);
      else this.failed({ path: '', text: { key: 'unexpected', values: { detail: String(error) } } });
    }
  }

  private succeeded(validators: Validators | undefined): void {
    if (validators) this.validators = validators;
    this.failures = 0;
    this.showNote('');
    this.schedule();
  }

  /** Keeps the data on screen, says why it is not updated, and waits longer before the next try. */
  private failed(problem: Problem | undefined, retryAfterMs?: number): void {
    this.failures++;
    const backoff = Math.min(this.seconds * 1000 * 2 ** this.failures, Math.max(MAX_BACKOFF_MS, this.seconds * 1000));
    const delay = Math.max(backoff, Math.min(retryAfterMs ?? 0, 24 * 3600 * 1000));
    const locale = this.locale;
    const time = dateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(this.loadedAt);
    const reason = problem ? this.hooks.say(problem) : '';
    this.showNote(fill(changeWords[locale].failed, { reason, time, seconds: Math.round(delay / 1000) }));
    this.schedule(delay);
  }

  /** The note and the live region, kept after the widget's own content in its shadow root. */
  private ensureRegion(): void {
    const root = this.host.shadowRoot;
    if (!root || (this.region && this.region.root.isConnected)) return;
    const box = document.createElement('div');
    box.setAttribute('part', 'refresh');
    const note = document.createElement('p');
    note.setAttribute('part', 'refresh-note');
    note.className = 'state state--warnings';
    note.hidden = true;
    const said = document.createElement('div');
    said.className = 'visually-hidden';
    said.setAttribute('role', 'status');
    said.setAttribute('aria-live', 'polite');
    box.append(note, said);
    root.append(box);
    this.region = { root: box, note, said };
  }

  private showNote(text: string): void {
    if (!this.region) return;
    this.region.note.textContent = text;
    this.region.note.hidden = !text;
  }

  /** Says `text` in the live region once (cleared first, so the same words twice are still said). */
  private announce(text: string): void {
    this.ensureRegion();
    const said = this.region?.said;
    if (!said) return;
    said.textContent = '';
    setTimeout(() => (said.textContent = text), 50);
  }
}
