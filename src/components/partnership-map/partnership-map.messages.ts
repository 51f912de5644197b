/** The partnership map's own words, in English and Welsh. */
import { dataExpected, type DataExpectedKey } from '../../i18n/data-messages.js';
import type { Locale, PluralForms } from '../../i18n/messages.js';
import { councilExpected, type CouncilExpectedKey } from '../../councils/messages.js';
import type { Category } from './partnership-map.data.js';

/**
 * Checks only the partnership map makes (its geography files): their words are in this catalogue,
 * so that other widgets do not carry them. See `withExpected`.
 */
export type MapExpectedKey = 'geography' | 'bng' | 'codeProperty' | 'featureCodes' | 'polygon' | 'position' | 'integer' | 'hexCells';

declare module '../../i18n/messages.js' {
  interface ExpectedKeys extends Record<MapExpectedKey, true> {}
}

export interface MapMessages {
  label: string;
  views: { geo: string; hex: string; network: string };
  empty: string;
  items: string;
  notOnMap: string;
  unknown: { partnership: string; council: string };
  highlighted: string;
  inPartnerships: string;
  noPartnerships: string;
  partnershipOf: PluralForms;
  /** The summary sentence: "{what}: {councils}, {onMap}". */
  summary: string;
  councilCount: PluralForms;
  allOnMap: string;
  someOnMap: string;
  inAll: string;
  categories: Record<Category | 'mixed' | 'none', string>;
  legend: string;
  council: string;
  partnership: string;
  zoomTo: string;
  zoomToMarked: string;
  reset: string;
  showList: string;
  hideList: string;
  listCaption: string;
  columns: { council: string; code: string; partnerships: string; onMap: string };
  yes: string;
  no: string;
  keyboardHint: string;
  selected: string;
  clear: string;
  partnershipsOf: string;
  geographyError: string;
  wrongKind: string;
  kinds: { geo: string; hex: string };
  needsHex: string;
  noNetwork: string;
  /** The built-in boundaries could not be had: councils are dots. */
  boundariesMissing: string;
  /** Why a council is not on the map of a year. */
  absent: { ended: string; began: string; noBoundary: string };
  /** Under the map: which year's areas are drawn. */
  areasOf: string;
  /** In Welsh only: the built-in area names are English. */
  namesInEnglish: string;
  /** Above a problem with the built-in boundaries. */
  boundariesHeading: string;
  /** What the geography checks (and the checks on the dataset) expect, in words. */
  expected: Record<MapExpectedKey | DataExpectedKey | CouncilExpectedKey, string>;
}

const en: MapMessages = {
  label: 'Map of shared services',
  views: { geo: 'Map', hex: 'Hex map', network: 'Network' },
  empty: 'No councils to show. Set the src attribute to the shared dataset (councils and partnerships), or set the data property.',
  items: 'Councils and partnerships',
  notOnMap: 'Not on this map: {names}',
  unknown: { partnership: 'This data has no partnership with the id "{id}".', council: 'This data has no council with the code "{id}".' },
  highlighted: 'highlighted',
  inPartnerships: 'in {names}',
  noPartnerships: 'in no partnership in this data',
  partnershipOf: { one: 'partnership of {n} council', other: 'partnership of {n} councils' },
  summary: '{what}: {councils}, {onMap}.',
  councilCount: { one: '{n} council', other: '{n} councils' },
  allOnMap: 'all on this map',
  someOnMap: '{n} of them on this map',
  inAll: 'Councils in {n} partnerships',
  categories: {
    'back-office': 'Back office',
    'shared-management': 'Shared management',
    'front-line': 'Front line',
    mixed: 'Several kinds',
    none: 'Kind not given'
  },
  legend: 'Kinds of shared service',
  council: 'Council',
  partnership: 'Partnership',
  zoomTo: 'Zoom to {name}',
  zoomToMarked: 'Zoom to the highlighted councils',
  reset: 'Show the whole map',
  showList: 'Show as a list',
  hideList: 'Hide the list',
  listCaption: 'Councils and their partnerships',
  columns: { council: 'Council', code: 'GSS code', partnerships: 'Partnerships', onMap: 'On this map' },
  yes: 'Yes',
  no: 'No',
  keyboardHint: 'Arrow keys move between the highlighted councils, Enter selects one, Escape clears the selection.',
  selected: 'Selected: {name}',
  clear: 'Clear the selection',
  partnershipsOf: '{name} shares services in: {names}',
  geographyError: 'The map’s geography, {src}, could not be used, so the councils are listed instead',
  wrongKind: '{src}: the {view} view needs {needed}, but this file is {found}',
  kinds: { geo: 'GeoJSON or TopoJSON', hex: 'HexJSON' },
  needsHex: 'The hex view needs a HexJSON file: set the hex-src attribute. The councils are listed below.',
  noNetwork: 'There is no network to draw: this data has no partnerships. The councils are listed below.',
  boundariesMissing:
    'The council boundaries, {src}, could not be loaded, so councils are shown as dots: copy the library’s geo folder beside its script, or set geo-base to where it is',
  absent: { ended: '{name} (abolished in {year})', began: '{name} (created in {year})', noBoundary: '{name} (no council boundary)' },
  areasOf: 'Council areas as in {year}.',
  namesInEnglish: '',
  boundariesHeading: 'Council boundaries',
  expected: {
    ...dataExpected.en,
    ...councilExpected.en,
    geography: 'expected GeoJSON, TopoJSON or HexJSON',
    bng: 'expected longitude and latitude (WGS 84), but this looks like British National Grid (metres): reproject it, e.g. with mapshaper -proj wgs84',
    codeProperty: 'expected the property {property} on the features, holding their GSS codes',
    featureCodes: 'expected features with a GSS code as their id or in a property such as LAD24CD, CTYUA24CD or code',
    polygon: 'expected a Polygon or MultiPolygon',
    position: 'expected a position [longitude, latitude]',
    integer: 'expected a whole number',
    hexCells: 'expected at least one hex, such as "E08000026": { "q": 0, "r": 0 }'
  }
};

const cy: MapMessages = {
  label: 'Map o wasanaethau a rennir',
  views: { geo: 'Map', hex: 'Map hecs', network: 'Rhwydwaith' },
  empty: 'Dim cynghorau i’w dangos. Rhowch y set ddata a rennir (cynghorau a phartneriaethau) yn y priodoledd src, neu gosodwch y priodwedd data.',
  items: 'Cynghorau a phartneriaethau',
  notOnMap: 'Ddim ar y map hwn: {names}',
  unknown: { partnership: 'Nid oes partneriaeth â’r id "{id}" yn y data hwn.', council: 'Nid oes cyngor â’r cod "{id}" yn y data hwn.' },
  highlighted: 'wedi’i amlygu',
  inPartnerships: 'yn {names}',
  noPartnerships: 'heb fod mewn partneriaeth yn y data hwn',
  partnershipOf: {
    zero: 'partneriaeth o {n} cyngor',
    one: 'partneriaeth o {n} cyngor',
    two: 'partneriaeth o {n} gyngor',
    few: 'partneriaeth o {n} chyngor',
    many: 'partneriaeth o {n} chyngor',
    other: 'partneriaeth o {n} cyngor'
  },  summary: '{what}: {councils}, {onMap}.',
  // Welsh takes the singular noun after a numeral: "5 cyngor".
  councilCount: { other: '{n} cyngor' },
  allOnMap: 'pob un ar y map hwn',
  someOnMap: '{n} ohonynt ar y map hwn',
  inAll: 'Cynghorau mewn {n} partneriaeth',

  categories: {
    'back-office': 'Swyddfa gefn',
    'shared-management': 'Rheolaeth a rennir',
    'front-line': 'Rheng flaen',
    mixed: 'Sawl math',
    none: 'Math heb ei roi'
  },
  legend: 'Mathau o wasanaeth a rennir',
  council: 'Cyngor',
  partnership: 'Partneriaeth',
  zoomTo: 'Chwyddo i {name}',
  zoomToMarked: 'Chwyddo i’r cynghorau sydd wedi’u hamlygu',
  reset: 'Dangos y map cyfan',
  showList: 'Dangos fel rhestr',
  hideList: 'Cuddio’r rhestr',
  listCaption: 'Cynghorau a’u partneriaethau',
  columns: { council: 'Cyngor', code: 'Cod GSS', partnerships: 'Partneriaethau', onMap: 'Ar y map hwn' },
  yes: 'Ydy',
  no: 'Nac ydy',
  keyboardHint: 'Mae’r bysellau saeth yn symud rhwng y cynghorau sydd wedi’u hamlygu, mae Enter yn dewis un, mae Escape yn clirio’r dewis.',
  selected: 'Wedi’i ddewis: {name}',
  clear: 'Clirio’r dewis',
  partnershipsOf: 'Mae {name} yn rhannu gwasanaethau yn: {names}',
  geographyError: 'Nid oedd modd defnyddio daearyddiaeth y map, {src}, felly mae’r cynghorau wedi’u rhestru yn lle hynny',
  wrongKind: '{src}: mae angen {needed} ar yr olwg {view}, ond {found} yw’r ffeil hon',
  kinds: { geo: 'GeoJSON neu TopoJSON', hex: 'HexJSON' },
  needsHex: 'Mae angen ffeil HexJSON ar yr olwg hecs: gosodwch y priodoledd hex-src. Mae’r cynghorau wedi’u rhestru isod.',
  noNetwork: 'Nid oes rhwydwaith i’w lunio: nid oes partneriaethau yn y data hwn. Mae’r cynghorau wedi’u rhestru isod.',
  boundariesMissing:
    'Nid oedd modd llwytho ffiniau’r cynghorau, {src}, felly dangosir y cynghorau fel dotiau: copïwch ffolder geo y llyfrgell wrth ymyl ei sgript, neu gosodwch geo-base i’w leoliad',
  absent: { ended: '{name} (diddymwyd yn {year})', began: '{name} (crëwyd yn {year})', noBoundary: '{name} (dim ffin cyngor)' },
  areasOf: 'Ardaloedd cynghorau fel yr oeddent yn {year}.',
  namesInEnglish: 'Mae enwau’r ardaloedd yn Saesneg yn unig.',
  boundariesHeading: 'Ffiniau cynghorau',
  expected: {
    ...dataExpected.cy,
    ...councilExpected.cy,
    geography: 'disgwylid GeoJSON, TopoJSON neu HexJSON',
    bng: 'disgwylid hydred a lledred (WGS 84), ond mae hyn yn edrych fel Grid Cenedlaethol Prydain (metrau): ail-daflunio’r ffeil, e.e. gyda mapshaper -proj wgs84',
    codeProperty: 'disgwylid y priodwedd {property} ar y nodweddion, yn dal eu codau GSS',
    featureCodes: 'disgwylid nodweddion â chod GSS fel eu id neu mewn priodwedd fel LAD24CD, CTYUA24CD neu code',
    polygon: 'disgwylid Polygon neu MultiPolygon',
    position: 'disgwylid safle [hydred, lledred]',
    integer: 'disgwylid rhif cyfan',
    hexCells: 'disgwylid o leiaf un hecs, fel "E08000026": { "q": 0, "r": 0 }'
  }
};

export const mapMessages: Record<Locale, MapMessages> = { en, cy };
