// The web part class itself, in Chromium, with SPFx's modules replaced by the stand-ins in
// ./stand-ins/ (its DOM element, properties, page context, theme and property pane) and the library
// by the built dist/shared-services-widgets.js.
import { expect, waitUntil } from '@open-wc/testing';
import { DisplayMode } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import { changeProperty, changeTheme, disposeWebPart, mountWebPart, openPane, paneOf } from '@microsoft/sp-webpart-base';
import SharedServicesWidgetWebPart from '../src/webparts/sharedServicesWidget/SharedServicesWidgetWebPart';
import { WIDGETS } from '../src/webparts/sharedServicesWidget/widgets.generated';

const DATA = '/sharepoint/test/fixtures/dataset.json';
const BROKEN = '/sharepoint/test/fixtures/broken.json';
const MISSING = '/sharepoint/test/fixtures/no-such-file.json';
const BASE = `${location.origin}/dist/geo/`;

const parts: SharedServicesWidgetWebPart[] = [];
function mount(properties: object, options: { culture?: string; theme?: object; displayMode?: DisplayMode } = {}): SharedServicesWidgetWebPart {
  const part = mountWebPart(SharedServicesWidgetWebPart, { properties, baseUrl: BASE, ...options });
  parts.push(part);
  return part;
}
afterEach(() => {
  for (const part of parts.splice(0)) disposeWebPart(part);
});

const widgetOf = (part: SharedServicesWidgetWebPart, tag: string): HTMLElement => {
  const element = part.domElement.querySelector<HTMLElement>(tag);
  if (!element) throw new Error(`no <${tag}> in the web part (it holds: ${part.domElement.innerHTML.slice(0, 200)})`);
  return element;
};
const fields = (pane: IPropertyPaneConfiguration): IPropertyPaneField<Record<string, unknown>>[] =>
  pane.pages.flatMap((p) => p.groups.flatMap((g) => g.groupFields)) as IPropertyPaneField<Record<string, unknown>>[];
const field = (pane: IPropertyPaneConfiguration, property: string, type?: string): IPropertyPaneField<Record<string, unknown>> | undefined =>
  fields(pane).find((f) => f.targetProperty === property && (!type || f.type === type));
const labelText = (pane: IPropertyPaneConfiguration): string => String(field(pane, 'srcHint', 'Label')?.properties.text ?? '');
const shadowText = (element: HTMLElement): string => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('SharePoint web part: each widget', () => {
  for (const w of WIDGETS) {
    it(`${w.title}: puts <${w.tag}> in the page with its settings, it renders, and it follows a changed heading`, async () => {
      // The checklist's file is a checklist, not the dataset: with none it shows the built-in one.
      const src = w.name === 'readiness-checklist' ? undefined : DATA;
      const part = mount({ widget: w.name, src, heading: 'First heading' });
      const element = widgetOf(part, w.tag);
      expect(element.getAttribute('src')).to.equal(src ?? null);
      expect(element.getAttribute('heading')).to.equal('First heading');
      expect(element.getAttribute('lang')).to.equal('en-GB');
      expect(element.getAttribute('geo-base')).to.equal(BASE);
      expect(customElements.get(w.tag), 'registered by the bundled library').to.be.a('function');
      await waitUntil(() => shadowText(element).includes('First heading') && !element.hasAttribute('aria-busy'), `<${w.tag}> rendered its heading`, { timeout: 8000 });
      expect(element.shadowRoot!.querySelector('[part~="error"]'), shadowText(element).slice(0, 300)).to.equal(null);
      expect(part.domElement.children).to.have.length(1);

      changeProperty(part, 'heading', 'Second heading');
      expect(widgetOf(part, w.tag)).to.equal(element, 'the same element, updated in place');
      expect(element.getAttribute('heading')).to.equal('Second heading');
      await waitUntil(() => shadowText(element).includes('Second heading'), 'the new heading shown');
    });
  }

  it('Savings chart: sets the options an editor chose, and changes them in place when a property changes', async () => {
    const part = mount({ widget: 'savings-chart', src: DATA, partnership: 'adoption-central-england', mode: 'in-year', heading: 'What we saved', headingLevel: '3' });
    const element = widgetOf(part, 'shared-savings-chart');
    expect(element.getAttribute('partnership')).to.equal('adoption-central-england');
    expect(element.getAttribute('mode')).to.equal('in-year');
    expect(element.getAttribute('heading')).to.equal('What we saved');
    expect(element.getAttribute('heading-level')).to.equal('3');
    await waitUntil(() => element.shadowRoot?.querySelector('h3'), 'heading at level 3');
    expect(element.shadowRoot!.querySelector('h3')!.textContent).to.contain('What we saved');

    changeProperty(part, 'mode', 'cumulative');
    changeProperty(part, 'partnership', 'joint-resilience');
    changeProperty(part, 'heading', '');
    expect(widgetOf(part, 'shared-savings-chart')).to.equal(element, 'the same element, updated');
    expect(element.getAttribute('mode')).to.equal('cumulative');
    expect(element.getAttribute('partnership')).to.equal('joint-resilience');
    expect(element.hasAttribute('heading')).to.equal(false);
  });

  it('Partnership map: view, partnership and council; a value the map does not take is left out', () => {
    const part = mount({ widget: 'partnership-map', src: DATA, view: 'network', council: 'E08000026', mode: 'cumulative' });
    const element = widgetOf(part, 'shared-partnership-map');
    expect(element.getAttribute('view')).to.equal('network');
    expect(element.getAttribute('council')).to.equal('E08000026');
    expect(element.hasAttribute('mode')).to.equal(false);
    changeProperty(part, 'view', 'hex');
    changeProperty(part, 'hexSrc', '/sites/a/Shared Documents/councils.hexjson');
    changeProperty(part, 'partnership', 'adoption-central-england');
    expect(element.getAttribute('view')).to.equal('hex');
    expect(element.getAttribute('hex-src')).to.equal('/sites/a/Shared Documents/councils.hexjson');
    expect(element.getAttribute('partnership')).to.equal('adoption-central-england');
  });

  it('Partnership map: draws the council boundaries from the package\u2019s folder (geo-base)', async () => {
    const fetched: string[] = [];
    const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: true });
    const part = mount({ widget: 'partnership-map', src: DATA, partnership: 'adoption-central-england' });
    const element = widgetOf(part, 'shared-partnership-map');
    await waitUntil(() => element.shadowRoot?.querySelector('path[data-code="E08000026"]'), 'Coventry drawn from the built-in boundaries', { timeout: 8000 });
    observer.disconnect();
    expect(fetched.some((url) => url.startsWith(`${BASE}boundaries.json`) || url === `${BASE}boundaries.json`), fetched.join(' ')).to.equal(true);
  });

  it('Readiness checklist: the storage key, and no data file needed', async () => {
    const part = mount({ widget: 'readiness-checklist', storageKey: 'sp-test-checklist' }, { displayMode: DisplayMode.Edit });
    const element = widgetOf(part, 'shared-readiness-checklist');
    expect(element.getAttribute('storage-key')).to.equal('sp-test-checklist');
    expect(element.hasAttribute('src')).to.equal(false);
    expect(part.domElement.querySelector('p'), 'no "give a data file" note for the checklist').to.equal(null);
    await waitUntil(() => element.shadowRoot?.querySelector('[data-section]'), 'built-in checklist');
    changeProperty(part, 'storageKey', 'sp-test-other');
    expect(element.getAttribute('storage-key')).to.equal('sp-test-other');
  });

  it('switching the widget replaces the element', () => {
    const part = mount({ widget: 'key-figures', src: DATA, heading: 'Figures' });
    const before = widgetOf(part, 'shared-key-figures');
    changeProperty(part, 'widget', 'partner-roster');
    expect(before.isConnected).to.equal(false);
    const roster = widgetOf(part, 'shared-partner-roster');
    expect(roster.getAttribute('src')).to.equal(DATA);
    expect(roster.getAttribute('heading')).to.equal('Figures');
    expect(part.domElement.querySelectorAll('shared-key-figures, shared-partner-roster')).to.have.length(1);
  });

  it('removing the data file removes src, and an editor is told to give one', () => {
    const part = mount({ widget: 'key-figures', src: DATA }, { displayMode: DisplayMode.Edit });
    expect(part.domElement.querySelector('p')).to.equal(null);
    changeProperty(part, 'src', '');
    expect(widgetOf(part, 'shared-key-figures').hasAttribute('src')).to.equal(false);
    expect(part.domElement.querySelector('p')!.textContent).to.contain('data file');
  });

  it('readers (not editing) see no note', () => {
    const part = mount({ widget: 'key-figures' });
    expect(part.domElement.querySelector('p')).to.equal(null);
  });

  it('properties naming a widget this version lacks give a message, not a blank box', () => {
    const part = mount({ widget: 'savings-table', src: DATA });
    expect(part.domElement.textContent).to.contain('savings-table');
    expect(part.domElement.querySelector('[src]')).to.equal(null);
    changeProperty(part, 'widget', 'key-figures');
    expect(widgetOf(part, 'shared-key-figures')).to.exist;
    expect(part.domElement.querySelector('p')).to.equal(null);
  });
});

describe('SharePoint web part: page language', () => {
  it('a Welsh page (cy-GB) gives lang="cy" and Welsh words', async () => {
    const english = mount({ widget: 'readiness-checklist' });
    const welsh = mount({ widget: 'readiness-checklist' }, { culture: 'cy-GB' });
    const [en, cy] = [widgetOf(english, 'shared-readiness-checklist'), widgetOf(welsh, 'shared-readiness-checklist')];
    expect(en.getAttribute('lang')).to.equal('en-GB');
    expect(cy.getAttribute('lang')).to.equal('cy');
    await waitUntil(() => en.shadowRoot?.querySelector('[data-section]') && cy.shadowRoot?.querySelector('[data-section]'), 'both rendered');
    expect(shadowText(cy)).not.to.equal(shadowText(en));
  });
});

describe('SharePoint web part: theme', () => {
  const theme = {
    semanticColors: { bodyBackground: '#ffffff', bodyText: '#201f1e', link: '#005a9e', primaryButtonBackground: '#6b2c91', focusBorder: '#605e5c' }
  };
  const strong = {
    isInverted: true,
    semanticColors: { bodyBackground: '#6b2c91', bodyText: '#ffffff', link: '#ffffff', primaryButtonBackground: '#ffffff', focusBorder: '#ffffff' }
  };

  it('sets the --shared-* tokens, which reach into the widget, and follows a change of section variant', async () => {
    const part = mount({ widget: 'key-figures', src: DATA }, { theme });
    const element = widgetOf(part, 'shared-key-figures');
    const token = (name: string): string => getComputedStyle(element).getPropertyValue(name).trim();
    expect(token('--shared-color-text')).to.equal('#201f1e');
    expect(token('--shared-color-link')).to.equal('#005a9e');
    expect(token('--shared-color-accent')).to.equal('#6b2c91');
    expect(token('--shared-series-1')).to.equal('#6b2c91');
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="value"]'), 'figures rendered');
    const value = element.shadowRoot!.querySelector('[part~="value"]')!;
    expect(getComputedStyle(value).color).to.equal('rgb(32, 31, 30)');

    changeTheme(part, strong);
    expect(token('--shared-color-background')).to.equal('#6b2c91');
    expect(token('--shared-color-text')).to.equal('#ffffff');
    expect(getComputedStyle(value).color).to.equal('rgb(255, 255, 255)');

    changeTheme(part, undefined);
    expect(token('--shared-color-text')).to.equal('', 'tokens of the old theme removed');
  });
});

describe('SharePoint web part: property pane', () => {
  it('offers the data file\u2019s partnerships and councils as drop-downs, read with the reader\u2019s sign-in', async () => {
    const part = mount({ widget: 'partnership-map', src: DATA, partnership: 'gone-partnership' });
    const first = openPane(part);
    expect(field(first, 'src', 'TextField')).to.exist;
    await waitUntil(() => field(paneOf(part), 'partnership', 'Dropdown'), 'partnership drop-down', { timeout: 5000 });
    const pane = paneOf(part);
    const partnerships = (field(pane, 'partnership')!.properties.options as { key: string; text: string }[]).map((o) => o.text);
    expect(partnerships).to.deep.equal(['All partnerships', 'Adoption Central England', 'Joint resilience team', 'gone-partnership (not in the data file)']);
    const councils = (field(pane, 'council', 'Dropdown')!.properties.options as { key: string; text: string }[]).map((o) => o.key);
    expect(councils).to.include.members(['E08000026', 'E08000029', 'E10000031']);
    expect(field(pane, 'view', 'Dropdown')).to.exist;
    expect(field(pane, 'mode'), 'the map has no mode').to.equal(undefined);
    expect(field(pane, 'widget', 'Dropdown')!.properties.options).to.have.length(WIDGETS.length);
  });

  it('a checklist\u2019s pane has its storage key and no partnership; key figures have neither', () => {
    const checklist = mount({ widget: 'readiness-checklist' });
    expect(field(paneOf(checklist), 'storageKey', 'TextField')).to.exist;
    expect(field(paneOf(checklist), 'partnership')).to.equal(undefined);
    const figures = mount({ widget: 'key-figures' });
    expect(field(paneOf(figures), 'storageKey')).to.equal(undefined);
    expect(field(paneOf(figures), 'headingLevel', 'Dropdown')).to.exist;
  });

  it('the file type sits with the data file, for widgets that read CSV as well as JSON', () => {
    const chart = paneOf(mount({ widget: 'savings-chart', src: DATA }));
    const data = chart.pages[0].groups.find((g) => g.groupFields.some((f) => f.targetProperty === 'src'))!;
    const format = data.groupFields.find((f) => f.targetProperty === 'format') as IPropertyPaneField<Record<string, unknown>> | undefined;
    expect(format?.type).to.equal('Dropdown');
    expect((format!.properties.options as { key: string }[]).map((o) => o.key)).to.deep.equal(['', 'json', 'csv']);
    expect(field(paneOf(mount({ widget: 'partnership-map' })), 'format')).to.equal(undefined);
  });

  it('an unreadable file: a short hint in the pane, and text boxes for ids', async () => {
    const part = mount({ widget: 'savings-chart', src: MISSING });
    openPane(part);
    // The widget's own message (it reports the failed load too) or the pane's own reading of the file.
    await waitUntil(() => /404/.test(labelText(paneOf(part))), 'hint in the pane', { timeout: 5000 });
    expect(labelText(paneOf(part))).to.match(/could not be read|cannot use this file/);
    expect(field(paneOf(part), 'partnership', 'TextField')).to.exist;
  });

  it('a bad file: the widget\u2019s own located message in the page, and a hint in the pane', async () => {
    const part = mount({ widget: 'savings-chart', src: BROKEN });
    openPane(part);
    const element = widgetOf(part, 'shared-savings-chart');
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="error"]'), 'the widget\u2019s error', { timeout: 5000 });
    const message = element.shadowRoot!.querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(message).to.contain('broken.json');
    await waitUntil(() => /cannot use this file/.test(labelText(paneOf(part))), 'the widget\u2019s message in the pane', { timeout: 5000 });
    expect(labelText(paneOf(part))).to.contain('broken.json');

    changeProperty(part, 'src', DATA);
    await waitUntil(() => !/cannot use this file/.test(labelText(paneOf(part))), 'hint cleared for a good file', { timeout: 5000 });
  });
});
