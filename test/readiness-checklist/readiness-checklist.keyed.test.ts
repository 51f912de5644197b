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

describe('<shared-readiness-checklist> with many items', function () {
  this.timeout(30_000);
  const long = (sections: number, per: number, v = 'a') => ({
    id: `long-${v}`,
    title: 'Long',
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`,
      title: `Section ${s + 1}`,
      items: Array.from({ length: per }, (_, i) => ({ id: `${v}-${s}-${i}`, label: `Item ${s * per + i + 1}` }))
    }))
  });
  const drawn = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((i) => i.getAttribute('data-item'));

  it('draws 200 items a part a frame (whole sections of up to 40 items), then every one, in order, and again for new data', async () => {
    const el = document.createElement('shared-readiness-checklist') as SharedReadinessChecklist;
    el.data = long(20, 10);
    document.body.append(el);
    try {
      await el.updateComplete;
      while (el.hasAttribute('aria-busy') || !el.shadowRoot!.querySelector('[part~="item"]')) await el.updateComplete;
      expect(drawn(el)).to.have.length(40);
      await waitUntil(() => drawn(el).length === 200, 'every item drawn within a few frames', { timeout: 5000 });
      expect(drawn(el)).to.deep.equal(long(20, 10).sections.flatMap((s) => s.items.map((i) => i.id)));
      el.data = long(20, 10, 'b');
      await el.updateComplete;
      while (el.hasAttribute('aria-busy') || drawn(el)[0] !== 'b-0-0') await el.updateComplete;
      expect(drawn(el)).to.have.length(40);
      await waitUntil(() => drawn(el).length === 200, 'every new item drawn within a few frames', { timeout: 5000 });
    } finally {
      el.remove();
    }
  });
});
