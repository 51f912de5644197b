// The checklist's defects from the accessibility and hostile-input audit (issue 16, A-M9 and the
// dropped-answers notice): each test fails on the code before the fix.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import { parts, settled, text } from '../helpers/element.js';

interface AxNode {
  role: string;
  name: string;
  ignored: boolean;
}

async function checklist(data?: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><shared-readiness-checklist .data=${data}></shared-readiness-checklist></div>`);
  const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
  await settled(el);
  return el;
}

describe('<shared-readiness-checklist> audit fixes', function () {
  // Generous: these run with axe and large rosters on a shared two-core machine.
  this.timeout(30_000);
  it('A-M9: every item’s status radios are in the accessibility tree at load, off screen or not', async () => {
    const el = await checklist();
    const radios = el.shadowRoot!.querySelectorAll('input[type="radio"]').length;
    expect(radios).to.be.greaterThan(60);
    const exposed = async () => ((await executeServerCommand('ax-tree')) as AxNode[]).filter((n) => n.role === 'radio' && !n.ignored).length;
    // Laid out in full a section a frame after the first drawing: a second or so at most.
    const start = performance.now();
    while ((await exposed()) < radios && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 100));
    expect(await exposed()).to.equal(radios);
    expect(el.shadowRoot!.querySelectorAll('.section:not([data-shown])')).to.have.length(0);
  });

  it('names at most five dropped items, then how many more', async () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ id: `kept-${i}`, label: `Kept ${i}` }));
    const data = { id: 'many-dropped', title: 'Many dropped', sections: [{ id: 's', title: 'S', items }] };
    const el = await checklist(data);
    el.state = {
      version: 1,
      checklist: 'many-dropped',
      items: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`gone-${i}`, { status: 'done' }]))
    } as never;
    await el.updateComplete;
    const note = parts(el, 'notice').find((n) => n.dataset['kind'] === 'dropped')!;
    expect(text(note)).to.equal('Answers for items no longer in this checklist were dropped: gone-0, gone-1, gone-2, gone-3, gone-4 and 9,995 more.');
  });
});
