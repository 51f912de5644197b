/**
 * The element's language: its own `lang`, else the nearest `lang` above it (across shadow roots),
 * else English. Follows changes to `lang` anywhere in the page, so a page that switches language
 * switches every widget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogues, intlLocale, toLocale, type Locale, type Messages } from '../i18n/messages.js';

const listeners = new Set<LangController>();
let pageObserver: MutationObserver | undefined;

function watchPage(controller: LangController): void {
  listeners.add(controller);
  if (!pageObserver) {
    pageObserver = new MutationObserver(() => listeners.forEach((c) => c.refresh()));
    pageObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  }
}

function unwatchPage(controller: LangController): void {
  listeners.delete(controller);
  if (listeners.size === 0) {
    pageObserver?.disconnect();
    pageObserver = undefined;
  }
}

/** The nearest `lang` attribute at or above `element`, crossing shadow roots. */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export class LangController implements ReactiveController {
  locale: Locale = 'en';
  private own?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The built-in words in the element's language. */
  get t(): Messages {
    return catalogues[this.locale];
  }

  /** The locale to give `Intl`: `en-GB` or `cy`. */
  get intl(): string {
    return intlLocale(this.locale);
  }

  hostConnected(): void {
    this.locale = toLocale(nearestLang(this.host));
    watchPage(this);
    this.own = new MutationObserver(() => this.refresh());
    this.own.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    unwatchPage(this);
    this.own?.disconnect();
  }

  refresh(): void {
    const locale = toLocale(nearestLang(this.host));
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
