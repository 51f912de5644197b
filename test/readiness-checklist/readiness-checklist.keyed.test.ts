/**
 * Issue 17 item 2: items are drawn keyed by their id, so when the checklist changes (an item added
 * before, or taken away above), an open field, what was typed in it and its focus stay with their item.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import { settled } from '../helpers/element.js';
import { item } from './checklist-actions.js';

const list = (ids: string[]) => ({
  id: 'keyed',
  title: 'Keyed',
  sections: [{ id: 's', title: 'Section', items: ids.map((id) => ({ id, label: `Item ${id}` })) }]
});
const focusedItem = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('[data-item]')?.getAttribute('data-item');

describe('<shared-readiness-checklist> keeps each item’s open field and focus with it when the checklist changes', function () {
  this.timeout(30_000);

  it('an item added before it, then one taken away above it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><shared-readiness-checklist .data=${list(['a', 'b', 'c'])}></shared-readiness-checklist></div>`);
    const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
    await settled(el);
    item(el, 'b').querySelector<HTMLButtonElement>('[part~="details"]')!.click();
    await waitUntil(() => item(el, 'b').querySelector('[data-field="note"]'), 'fields did not open');
    const note = item(el, 'b').querySelector<HTMLTextAreaElement>('[data-field="note"]')!;
    note.focus();
    note.value = 'Half a thought';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;

    for (const ids of [['a', 'z', 'b', 'c'], ['z', 'b', 'c']]) {
      el.data = list(ids);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === ids.length, 'the checklist did not change');
      await el.updateComplete;
      const open = [...el.shadowRoot!.querySelectorAll('[data-field="note"]')].map((f) => f.closest('[data-item]')!.getAttribute('data-item'));
      expect(open, ids.join()).to.deep.equal(['b']);
      expect(focusedItem(el), `focus after ${ids.join()}`).to.equal('b');
      expect(note.value).to.equal('Half a thought');
      expect(item(el, 'b').querySelector('[part~="details"]')!.getAttribute('aria-expanded')).to.equal('true');
      expect(item(el, 'z').querySelector('[part~="details"]')!.getAttribute('aria-expanded')).to.equal('false');
    }
  });
});
