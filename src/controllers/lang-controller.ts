/**
 * The element's language: its own `lang`, else the nearest `lang` above it (across shadow roots),
 * else English. Follows changes to `lang` anywhere in the element's document (the one it is in now,
 * an iframe's too) and in the shadow roots above it, so a page that switches language switches every
 * widget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogues, intlLocale, toLocale, type Locale, type Messages } from '../i18n/messages.js';

/**
 * One observer per document and per shadow root that holds widgets (or holds the hosts of shadow
 * roots that do): a `lang` changed inside a shadow root, or in another document (an iframe an
 * element was moved into), is seen as well as one in this page.
 */
const watched = new Map<Node, { observer: MutationObserver; controllers: Set<LangController> }>();

function watch(root: Node, controller: LangController): void {
  let entry = watched.get(root);
  if (!entry) {
    const controllers = new Set<LangController>();
    const observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang'] });
    watched.set(root, (entry = { observer, controllers }));
  }
  entry.controllers.add(controller);
}

function unwatch(root: Node, controller: LangController): void {
  const entry = watched.get(root);
  if (!entry) return;
  entry.controllers.delete(controller);
  if (!entry.controllers.size) {
    entry.observer.disconnect();
    watched.delete(root);
  }
}

const isShadowRoot = (node: Node): node is ShadowRoot => node.nodeType === 11 && 'host' in node;

/** The shadow roots above `element`, then its document. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    roots.push(root);
    if (!isShadowRoot(root)) return roots;
  }
}

/** The nearest `lang` attribute at or above `element`, crossing shadow roots. */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  // Node types, not instanceof: in an iframe's document the nodes belong to that window's classes.
  while (node) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang');
    node = isShadowRoot(node) ? node.host : node.parentNode;
  }
  return null;
}

export class LangController implements ReactiveController {
  locale: Locale = 'en';
  private roots: Node[] = [];

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
    // Put on a page, or moved into another one: its language may have changed with its place.
    this.refresh();
    this.roots = rootsOf(this.host);
    this.roots.forEach((root) => watch(root, this));
  }

  hostDisconnected(): void {
    this.roots.forEach((root) => unwatch(root, this));
    this.roots = [];
  }

  refresh(): void {
    const locale = toLocale(nearestLang(this.host));
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
