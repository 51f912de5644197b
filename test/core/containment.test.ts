// Widget hosts contain their paint (so content moving below one does not make the browser revisit all
// inside it), but only where the clip can be pushed out past a focus outline at the host's edge.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/key-figures/key-figures.js';

describe('widget hosts and their paint', () => {
  it('contain their paint with room for a focus outline where the browser can give it, and do not otherwise', async () => {
    const el = await fixture(html`<shared-key-figures .data=${{ figures: [{ label: 'Saved', value: 1 }] }}></shared-key-figures>`);
    const style = getComputedStyle(el);
    if (CSS.supports('overflow-clip-margin', '1px')) {
      expect(style.contain).to.contain('paint');
      // The focus outline is 3px wide, with a 4px shadow below it.
      expect(parseFloat(style.getPropertyValue('overflow-clip-margin'))).to.be.at.least(4);
    } else {
      expect(style.contain).to.not.contain('paint');
    }
  });
});
