/**
 * The thin base of every widget: the data-feeding properties every element shares, the element's
 * language, a typed `emit()`, and an idempotent `define()`.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LangController } from '../controllers/lang-controller.js';
import { fill, withExpected, type ExpectedKey, type Locale, type Messages } from '../i18n/messages.js';
import type { SharedEventMap } from './events.js';
import { announceVersion, version } from '../version.js';
import { nextTask, overBudget } from '../scheduling/tasks.js';
import { dateTimeFormat, numberFormat, pluralRules } from '../format/intl.js';

declare const __TRUSTED_TYPES_POLICY__: string | undefined;
/** This file's Trusted Types policy name (set by the build; Lit's own name when run from source). */
const POLICY = typeof __TRUSTED_TYPES_POLICY__ === 'string' ? __TRUSTED_TYPES_POLICY__ : 'lit-html';
const BLOCKED: Record<Locale, string> = {
  en: 'This page’s Content-Security-Policy (trusted-types) stops this widget drawing itself: allow the policy {name}.',
  cy: 'Mae Polisi Diogelwch Cynnwys y dudalen hon (trusted-types) yn atal y teclyn hwn rhag ymddangos: caniatewch y polisi {name}.'
};

/** Each element class's styles, made in another document, once per document. */
const foreign = new WeakMap<Document, WeakMap<object, CSSStyleSheet[]>>();
function sheetsIn(doc: Document, styles: typeof LitElement.elementStyles): CSSStyleSheet[] {
  let byStyles = foreign.get(doc);
  if (!byStyles) foreign.set(doc, (byStyles = new WeakMap()));
  let sheets = byStyles.get(styles);
  if (!sheets) {
    const View = doc.defaultView as Window & typeof globalThis;
    sheets = styles.map((s) => {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText);
      return sheet;
    });
    byStyles.set(styles, sheets);
  }
  return sheets;
}

let warmed = false;
/**
 * The first `Intl` formatters a page makes are slow (the browser loads its locale data: 150–250 ms on
 * a CPU slowed four times, against about 1 ms for each one after). That cost comes in parts, which
 * are paid here one to a task, once a widget is defined and while the page waits for its data, rather
 * than in one long task or inside a widget's first drawing: the locale's likely subtags, the number
 * formatters' list of locales, a number formatter and its first use, the same for dates, and plural
 * rules. Each step is cheap once the one before has run.
 */
const WARM_INTL: readonly (() => unknown)[] = [
  () => (typeof Intl.Locale === 'function' ? new Intl.Locale('en-GB').maximize() : undefined),
  () => Intl.NumberFormat.supportedLocalesOf('en-GB'),
  () => numberFormat('en-GB').format(1234.5),
  () => Intl.DateTimeFormat.supportedLocalesOf('en-GB'),
  () => dateTimeFormat('en-GB').format(0),
  () => pluralRules('en-GB').select(1)
];

function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  // Asked for all at once, in the task defining the element: so they come before the widgets' first
  // updates put off from that task, each step in a task of its own.
  for (const step of WARM_INTL) void nextTask().then(() => void step());
}

export abstract class SharedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    format: { type: String },
    timeout: { type: Number },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    geoBase: { type: String, attribute: 'geo-base' },
    refresh: { type: Number },
    data: { attribute: false }
  };

  /** URL of a JSON or CSV file to show. */
  declare src: string | null;
  /** `json` or `csv`; otherwise chosen by the response's content type, then the URL's extension. */
  declare format: string | null;
  /** Seconds to wait for `src` before showing a timeout message (default 15). */
  declare timeout: number;
  /** A heading shown above the widget. */
  declare heading: string | null;
  /** The heading's level, 2 to 6, to fit the page's outline (default 2). */
  declare headingLevel: number;
  /** The data itself, set from script. Wins over `src`. */
  declare data: unknown;
  /**
   * The folder holding the council register and boundaries (`dist/geo/`), when they are not beside
   * the script: see `geoBase()` in src/councils/files.ts for the order of places it looks.
   */
  declare geoBase: string | null;
  /**
   * Seconds between re-reading `src` (live data); off when absent. Unchanged files cost a 304; a
   * hidden tab does not ask. See the README for intervals: a minute or more on busy pages.
   */
  declare refresh: number | null;

  /** The element's language, from its own or the nearest `lang` attribute. */
  protected readonly lang$ = new LangController(this);

  constructor() {
    super();
    this.src = null;
    this.format = null;
    this.timeout = 15;
    this.heading = null;
    this.headingLevel = 2;
    this.geoBase = null;
    this.refresh = null;
    this.data = undefined;
  }

  /**
   * Words, by language, for what a widget's own checks expect, added to the core catalogue: the
   * words for data files (`dataExpected`) and the map's for geography files.
   */
  static expectedWords?: Record<Locale, Partial<Record<ExpectedKey, string>>>;

  /** Built-in words in the element's language. */
  get t(): Messages {
    const words = (this.constructor as typeof SharedElement).expectedWords?.[this.lang$.locale];
    return words ? withExpected(this.lang$.t, words) : this.lang$.t;
  }

  /**
   * Draws as Lit does; if the page's Trusted Types forbid this file's policy (so no template can be
   * made), the widget says so in plain text, set with DOM calls that need no policy, rather than
   * staying blank. Any other error is a bug and is thrown as it was.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // Chromium: "…requires 'TrustedHTML' assignment"; Firefox: "…Sink type mismatch violation blocked by CSP".
      if (!(error instanceof TypeError && /trusted|sink type mismatch/i.test(error.message))) throw error;
      const box = document.createElement('div');
      box.setAttribute('part', 'error');
      box.setAttribute('role', 'alert');
      box.className = 'state state--error';
      box.textContent = fill(BLOCKED[this.lang$.locale], { name: POLICY });
      this.renderRoot.replaceChildren(box);
      this.removeAttribute('aria-busy');
      console.error(error);
    }
  }

  /**
   * A widget's layout (what its render draws, worked out from its data and width), when it has one
   * to do ahead of rendering: says whether it laid anything out (false when nothing it depends on
   * changed). Run before each update, so that a long layout and the drawing after it land in tasks of
   * their own; the widget's `willUpdate` still calls it, for updates run another way (printing).
   */
  protected layOut?(): boolean;

  /**
   * Updates as Lit does (in a microtask), unless the task asking has already run past its budget
   * (several widgets drawing in one task on a slow machine): then in a task of its own, so that the
   * page can paint and answer input between one widget and the next. A widget with a `layOut` lays
   * out first, then waits for another task if that took the task past its budget, and lays out again
   * if something changed while it waited (the data, or a file it needed besides). Printing flushes its
   * update itself (PrintController), so nothing waits there.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.layOut && !overBudget()) return super.scheduleUpdate();
    return this.layOutAndUpdate();
  }

  private async layOutAndUpdate(): Promise<unknown> {
    for (;;) {
      if (overBudget()) await nextTask();
      if (!this.layOut?.()) break;
    }
    return super.scheduleUpdate();
  }

  /** The document whose stylesheets the shadow root holds (this page's until moved). */
  private sheetsFor?: Document;

  /**
   * Styles follow the element into another document (an iframe's): a constructed stylesheet works
   * only in the document that made it, so the element's styles are made again there, once a document.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    if (doc === (this.sheetsFor ?? document) || !doc.defaultView || !this.shadowRoot) return;
    this.sheetsFor = doc;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const own = (s: (typeof styles)[number]) => (s instanceof CSSStyleSheet ? s : s.styleSheet!);
    this.shadowRoot.adoptedStyleSheets = doc === document ? styles.map(own) : sheetsIn(doc, styles);
  }

  /** Fires a bubbling, composed `shared-*` event with a typed detail. */
  emit<K extends keyof SharedEventMap>(type: K, detail: SharedEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /** The library version this class belongs to (`customElements.get(tag).version`), for support calls. */
  static readonly version: string = version;

  /** Registers the element under `tag` unless something already has: two bundles on a page are fine. */
  static define(tag: string): void {
    announceVersion();
    warmIntl();
    if (!customElements.get(tag)) customElements.define(tag, this as unknown as CustomElementConstructor);
  }
}
