/** Helpers for element tests: wait for a widget to settle, read its parts. */
import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Waits until the element is not loading and has rendered. */
export async function settled(el: LitElement, timeout = 4000): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !el.hasAttribute('aria-busy') && !el.shadowRoot?.querySelector('[part~="loading"]'), 'still loading', { timeout });
  await el.updateComplete;
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** Visible text with whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}
