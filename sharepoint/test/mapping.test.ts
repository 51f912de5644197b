// The web part's mapping (sharepoint/src/webparts/sharedServicesWidget/mapping.ts) as plain data:
// properties -> element and attributes, SharePoint theme -> tokens, culture -> language, data file -> choices.
import { expect } from '@open-wc/testing';
import {
  PANE_OPTIONS,
  choicesFrom,
  contrast,
  elementFor,
  geoBaseFor,
  languageFor,
  optionsFor,
  parseColor,
  tokensFor,
  widgetFor,
  yearsOf,
  type ThemeLike,
  type WidgetInfo
} from '../src/webparts/sharedServicesWidget/mapping';
import { WIDGETS } from '../src/webparts/sharedServicesWidget/widgets.generated';

const context = { lang: 'en-GB', geoBase: 'https://contoso.sharepoint.com/sites/apps/ClientSideAssets/abc/' };
const widget = (name: string): WidgetInfo => {
  const found = widgetFor(WIDGETS, name);
  if (!found) throw new Error(`no widget ${name} in widgets.generated.ts`);
  return found;
};
const hex = (value: string | undefined): [number, number, number] => {
  const rgb = parseColor(value);
  if (!rgb) throw new Error(`not a colour: ${value}`);
  return rgb;
};

describe('SharePoint mapping: the widget list', () => {
  it('has the five widgets, titled for the toolbox', () => {
    expect(WIDGETS.map((w) => w.title).sort()).to.deep.equal(['Key figures', 'Partner roster', 'Partnership map', 'Readiness checklist', 'Savings chart']);
    for (const w of WIDGETS) expect(w.tag).to.equal(`shared-${w.name}`);
  });

  it('offers each widget the options its element has, and no others', () => {
    const names = (w: string): string[] => optionsFor(widget(w)).map((o) => o.attribute);
    expect(names('savings-chart')).to.include.members(['partnership', 'mode', 'heading', 'heading-level']);
    expect(names('savings-chart')).not.to.include.members(['view', 'storage-key', 'council']);
    expect(names('partnership-map')).to.include.members(['partnership', 'council', 'view', 'heading', 'heading-level']);
    expect(names('partnership-map')).not.to.include('mode');
    expect(names('partner-roster')).to.include.members(['partnership', 'council']);
    expect(names('readiness-checklist')).to.include('storage-key');
    expect(names('readiness-checklist')).not.to.include('partnership');
    expect(names('key-figures')).to.deep.equal(['format', 'heading', 'heading-level']);
  });

  it('lists fixed choices that the library documents for that attribute', () => {
    for (const option of PANE_OPTIONS.filter((o) => o.kind === 'list' && o.attribute !== 'heading-level' && !o.perWidget)) {
      const owners = WIDGETS.filter((w) => w.attributes.some((a) => a.name === option.attribute));
      expect(owners, option.attribute).not.to.be.empty;
      for (const owner of owners) {
        const description = owner.attributes.find((a) => a.name === option.attribute)!.description;
        for (const choice of option.choices!) expect(description, `${owner.tag} ${option.attribute}`).to.include(`\`${choice.key}\``);
      }
    }
  });

  it('offers each widget the file types it reads: JSON or CSV, the checklist JSON only', () => {
    const formats = (w: string): string[] | undefined => optionsFor(widget(w)).find((o) => o.attribute === 'format')?.choices?.map((c) => c.key);
    expect(formats('savings-chart')).to.deep.equal(['json', 'csv']);
    expect(formats('key-figures')).to.deep.equal(['json', 'csv']);
    expect(formats('readiness-checklist')).to.deep.equal(['json']);
    expect(elementFor({ widget: 'readiness-checklist', format: 'csv' }, WIDGETS, context)!.attributes).not.to.have.property('format');
    expect(elementFor({ widget: 'partner-roster', format: 'csv' }, WIDGETS, context)!.attributes.format).to.equal('csv');
  });

  it('reads the years a year attribute accepts from its description', () => {
    expect(yearsOf('Boundaries as in this year, 2014-2025 (default 2025).').map((c) => c.key)).to.deep.equal(
      ['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016', '2015', '2014']
    );
    expect(yearsOf('from 2019 to 2021').map((c) => c.key)).to.deep.equal(['2021', '2020', '2019']);
    expect(yearsOf('A year.')).to.deep.equal([]);
  });
});

describe('SharePoint mapping: properties to element', () => {
  it('gives each widget its tag, the data file, language and the council files\u2019 folder', () => {
    for (const w of WIDGETS) {
      const plan = elementFor({ widget: w.name, src: '  /sites/a/Shared Documents/data.json ' }, WIDGETS, context)!;
      expect(plan.tag).to.equal(w.tag);
      expect(plan.attributes.src).to.equal('/sites/a/Shared Documents/data.json');
      expect(plan.attributes.lang).to.equal('en-GB');
      expect(plan.attributes['geo-base']).to.equal(context.geoBase);
    }
  });

  it('sets the options a widget has, in attribute names', () => {
    const plan = elementFor(
      { widget: 'savings-chart', src: 'a.json', partnership: 'ace', mode: 'cumulative', heading: 'Savings', headingLevel: '3', view: 'hex', storageKey: 'x' },
      WIDGETS,
      context
    )!;
    expect(plan.attributes).to.deep.equal({
      src: 'a.json',
      partnership: 'ace',
      mode: 'cumulative',
      heading: 'Savings',
      'heading-level': '3',
      lang: 'en-GB',
      'geo-base': context.geoBase
    });
    const checklist = elementFor({ widget: 'readiness-checklist', storageKey: 'team-a', partnership: 'ace' }, WIDGETS, { lang: 'cy' })!;
    expect(checklist.attributes).to.deep.equal({ 'storage-key': 'team-a', lang: 'cy' });
  });

  it('leaves out empty options and values a drop-down would not offer (the widget\u2019s default applies)', () => {
    const plan = elementFor({ widget: 'partnership-map', src: '', view: 'globe', headingLevel: '7', heading: '   ', council: 'E08000026' }, WIDGETS, context)!;
    expect(plan.attributes).to.deep.equal({ council: 'E08000026', lang: 'en-GB', 'geo-base': context.geoBase });
  });

  it('names no element for a widget this version does not have', () => {
    expect(elementFor({ widget: 'savings-table' }, WIDGETS, context)).to.equal(undefined);
    expect(elementFor({ widget: '' }, WIDGETS, context)).to.equal(undefined);
  });

  it('gives geo-base the folder SharePoint serves the package from, ending in /', () => {
    expect(geoBaseFor({ internalModuleBaseUrls: ['https://cdn.example/sites/a/ClientSideAssets/x'] })).to.equal('https://cdn.example/sites/a/ClientSideAssets/x/');
    expect(geoBaseFor({ internalModuleBaseUrls: ['/sites/apps/ClientSideAssets/x/', '/other/'] })).to.equal('/sites/apps/ClientSideAssets/x/');
    expect(geoBaseFor({ internalModuleBaseUrls: [] })).to.equal(undefined);
    expect(geoBaseFor(undefined)).to.equal(undefined);
  });
});

describe('SharePoint mapping: culture to language', () => {
  it('gives Welsh for Welsh cultures and English for every other', () => {
    expect(languageFor('cy-GB')).to.equal('cy');
    expect(languageFor('CY-gb')).to.equal('cy');
    expect(languageFor('cy')).to.equal('cy');
    expect(languageFor('en-GB')).to.equal('en-GB');
    expect(languageFor('en-US')).to.equal('en-GB');
    expect(languageFor('fr-FR')).to.equal('en-GB');
    expect(languageFor('cyr-RS')).to.equal('en-GB');
    expect(languageFor(undefined)).to.equal('en-GB');
  });
});

// Colours as SharePoint's default theme (Fluent UI), its "strong" section variant and a dark theme give them.
const LIGHT: ThemeLike = {
  isInverted: false,
  palette: { themePrimary: '#0078d4', neutralPrimary: '#323130', neutralSecondary: '#605e5c', white: '#ffffff', neutralLighter: '#f3f2f1', redDark: '#a4262c' },
  semanticColors: {
    bodyBackground: '#ffffff',
    bodyText: '#323130',
    bodySubtext: '#605e5c',
    bodyStandoutBackground: '#faf9f8',
    inputBorder: '#605e5c',
    link: '#0078d4',
    primaryButtonBackground: '#0078d4',
    errorText: '#a4262c',
    focusBorder: '#605e5c'
  }
};
const STRONG: ThemeLike = {
  isInverted: true,
  palette: { themePrimary: '#ffffff', white: '#0078d4' },
  semanticColors: {
    bodyBackground: '#0078d4',
    bodyText: '#ffffff',
    bodySubtext: '#ffffff',
    bodyStandoutBackground: '#006cbe',
    inputBorder: '#ffffff',
    link: '#ffffff',
    primaryButtonBackground: '#ffffff',
    errorText: '#ffffff',
    focusBorder: '#ffffff'
  }
};
const DARK: ThemeLike = {
  isInverted: true,
  semanticColors: { bodyBackground: '#1b1a19', bodyText: '#f3f2f1', link: '#2b88d8', primaryButtonBackground: '#0078d4', focusBorder: '#c8c6c4', errorText: '#f1707b' }
};

describe('SharePoint mapping: theme to tokens', () => {
  it('passes a light theme\u2019s colours through as the widgets\u2019 tokens', () => {
    const tokens = tokensFor(LIGHT);
    expect(tokens['--shared-color-text']).to.equal('#323130');
    expect(tokens['--shared-color-text-secondary']).to.equal('#605e5c');
    expect(tokens['--shared-color-background']).to.equal('#ffffff');
    expect(tokens['--shared-color-surface']).to.equal('#faf9f8');
    expect(tokens['--shared-color-link']).to.equal('#0078d4');
    expect(tokens['--shared-color-accent']).to.equal('#0078d4');
    expect(tokens['--shared-color-focus']).to.equal('#605e5c');
    expect(tokens['--shared-color-focus-text']).to.equal('#ffffff');
    expect(tokens['--shared-color-error']).to.equal('#a4262c');
    expect(tokens['--shared-series-1']).to.equal('#0078d4');
    expect(tokens['--shared-series-2']).to.equal('#28a197');
    expect(Object.keys(tokens).filter((t) => t.startsWith('--shared-series-'))).to.have.length(8);
  });

  for (const [name, theme] of [['strong section', STRONG], ['dark theme', DARK], ['light theme', LIGHT]] as const) {
    it(`keeps a ${name} readable: text 4.5:1, links, accent, focus and every series 3:1 against its background`, () => {
      const tokens = tokensFor(theme);
      const background = hex(tokens['--shared-color-background']);
      expect(background).to.deep.equal(hex(theme.semanticColors!.bodyBackground));
      expect(contrast(hex(tokens['--shared-color-text']), background)).to.be.at.least(4.5);
      expect(contrast(hex(tokens['--shared-color-link']), background)).to.be.at.least(4.5);
      for (const token of ['--shared-color-accent', '--shared-color-focus', ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `--shared-series-${i}`)]) {
        expect(contrast(hex(tokens[token]), background), token).to.be.at.least(3);
      }
      expect(contrast(hex(tokens['--shared-color-focus-text']), hex(tokens['--shared-color-focus']))).to.be.at.least(4.5);
    });
  }

  it('moves the library\u2019s dark series colours toward white on a dark background, and leaves light ones', () => {
    const tokens = tokensFor(DARK);
    expect(tokens['--shared-series-2']).to.not.equal('#12436d');
    expect(contrast(hex(tokens['--shared-series-3']), hex('#1b1a19'))).to.be.at.least(3);
    expect(tokens['--shared-series-8']).to.equal('#6bace6');
  });

  it('sets nothing without a theme, and skips colours it cannot read', () => {
    expect(tokensFor(undefined)).to.deep.equal({});
    const tokens = tokensFor({ semanticColors: { bodyBackground: '#ffffff', bodyText: 'transparent', link: 'rgba(0, 0, 0, 0.5)' } });
    expect(tokens).not.to.have.property('--shared-color-text');
    expect(tokens).not.to.have.property('--shared-color-link');
    expect(tokens['--shared-color-background']).to.equal('#ffffff');
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.001);
    expect(contrast(hex('#767676'), hex('#ffffff'))).to.be.closeTo(4.54, 0.01);
    expect(parseColor('#fff')).to.deep.equal([255, 255, 255]);
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('red')).to.equal(undefined);
  });
});

describe('SharePoint mapping: data file to choices', () => {
  it('offers the shared dataset\u2019s partnerships and councils, by name', () => {
    const choices = choicesFrom({
      councils: [
        { code: 'E08000029', name: 'Solihull Metropolitan Borough Council' },
        { code: 'E08000026', name: 'Coventry City Council' }
      ],
      partnerships: [
        { id: 'resilience', name: 'Joint resilience team', partners: [{ council: 'E08000026' }, { council: 'E10000031' }] },
        { id: 'ace', name: 'Adoption Central England', partners: [] },
        { id: 'ace', name: 'Duplicate' },
        { name: 'No id' }
      ]
    });
    expect(choices.partnerships).to.deep.equal([
      { key: 'ace', text: 'Adoption Central England' },
      { key: 'resilience', text: 'Joint resilience team' }
    ]);
    expect(choices.councils).to.deep.equal([
      { key: 'E08000026', text: 'Coventry City Council (E08000026)' },
      { key: 'E10000031', text: 'E10000031' },
      { key: 'E08000029', text: 'Solihull Metropolitan Borough Council (E08000029)' }
    ]);
  });

  it('offers nothing from files that are not the dataset', () => {
    for (const json of [null, 'text', [1, 2], { figures: [] }, { partnerships: 'none' }, { partnerships: [{ id: 3 }] }]) {
      expect(choicesFrom(json)).to.deep.equal({ partnerships: [], councils: [] });
    }
  });
});
