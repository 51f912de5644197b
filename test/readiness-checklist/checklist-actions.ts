/**
 * What a user does to a readiness checklist in the tests, written once: find an item, choose its
 * status, open its fields and type into one.
 */
import { waitUntil } from '@open-wc/testing';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';

/** The item drawn for `id`. */
export const item = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-item="${id}"]`)!;

/** The item's status radio buttons. */
export const radios = (el: Element, id: string) => [...item(el, id).querySelectorAll<HTMLInputElement>('input[type="radio"]')];

/** Clicks the item's radio for `status`. */
export async function choose(el: SharedReadinessChecklist, id: string, status: string) {
  radios(el, id).find((r) => r.value === status)!.click();
  await el.updateComplete;
}

/** Opens an item's note, owner and evidence, and types into one of them. */
export async function fill(el: SharedReadinessChecklist, id: string, field: 'note' | 'owner' | 'evidence', value: string) {
  const toggle = item(el, id).querySelector<HTMLButtonElement>('[part~="details"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') {
    toggle.click();
    await waitUntil(() => item(el, id).querySelector(`[data-field="${field}"]`), 'fields did not open');
  }
  const input = item(el, id).querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
