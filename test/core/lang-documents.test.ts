// R-M6 (issue 16): an element moved into another document (an iframe's) keeps its styles and follows
// that document's lang; a lang changed on an ancestor inside a shadow root is followed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/partner-roster/partner-roster.js';
import '../../src/components/key-figures/key-figures.js';
import type { SharedKeyFigures } from '../../src/components/key-figures/key-figures.component.js';
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
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures></shared-key-figures>`);
    await settled(el);
    const empty = () => text(part(el, 'empty'));
    expect(empty()).to.match(/^No figures to show/);
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><html lang="cy"><head><title>Frame</title></head><body></body></html>';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.body.append(el);
    await waitUntil(() => empty().startsWith('Dim ffigurau'), 'Welsh from the iframe’s document', { timeout: 5000 });
    const look = frame.contentWindow!.getComputedStyle(part(el, 'empty')!);
    expect(look.borderLeftWidth).to.equal('5px');
    expect(frame.contentWindow!.getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    doc.documentElement.lang = 'en-GB';
    await waitUntil(() => empty().startsWith('No figures'), 'English again when that document changes', { timeout: 5000 });
    frame.remove();
  });
});
