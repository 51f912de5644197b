// R-M6 (issue 16): an element moved into another document (an iframe's) keeps its styles and follows
// that document's lang; a lang changed on an ancestor inside a shadow root is followed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/partner-roster/partner-roster.js';
import type { SharedPartnerRoster } from '../../src/components/partner-roster/partner-roster.component.js';
import { part, settled, text } from '../helpers/element.js';

const data = { partners: [{ council: 'E08000026', name: 'Coventry', role: 'host' }, { council: 'E08000029', name: 'Solihull', role: 'partner' }] };

describe('language and styles across documents and shadow roots (R-M6)', () => {
  it('follows a lang changed on an ancestor inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    const el = document.createElement('shared-partner-roster') as SharedPartnerRoster;
    el.data = data;
    wrapper.append(el);
    shadow.append(wrapper);
    await settled(el);
    expect(text(part(el, 'count'))).to.equal('2 partners shown');
    wrapper.lang = 'cy';
    await waitUntil(() => text(part(el, 'count')) === 'Dangosir 2 bartner', 'Welsh after the change inside the shadow root', { timeout: 5000 });
  });

  it('keeps its styles and follows the lang of an iframe’s document it is moved into', async () => {
    const el = await fixture<SharedPartnerRoster>(html`<shared-partner-roster .data=${data}></shared-partner-roster>`);
    await settled(el);
    const styled = () => getComputedStyle(part(el, 'table')!.querySelector('caption')!).fontWeight;
    expect(styled()).to.equal('700');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.documentElement.lang = 'cy';
    doc.body.append(el);
    await el.updateComplete;
    await waitUntil(() => text(part(el, 'count')) === 'Dangosir 2 bartner', 'Welsh from the iframe’s document', { timeout: 5000 });
    expect(frame.contentWindow!.getComputedStyle(part(el, 'table')!.querySelector('caption')!).fontWeight).to.equal('700');
    expect(frame.contentWindow!.getComputedStyle(part(el, 'base')!).fontFamily).to.contain('arial');
    doc.documentElement.lang = 'en-GB';
    await waitUntil(() => text(part(el, 'count')) === '2 partners shown', 'English again when that document changes', { timeout: 5000 });
    frame.remove();
  });
});
