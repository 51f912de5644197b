/**
 * The builder page's own words, in English and Welsh. Problems found in a file are put into words by
 * the widgets' and the command line's catalogues (src/cli/words.ts), in the same language.
 * Placeholders in braces are filled with `fill` (src/i18n/messages.ts).
 */
import type { Locale } from '../src/i18n/messages.js';

export interface BuilderMessages {
  /** The document's title. */
  title: string;
  skip: string;
  heading: string;
  intro: string;
  /** The choice of this page's own language. */
  pageLanguage: string;
  english: string;
  welsh: string;
  stepFile: string;
  fileIntro: string;
  choose: string;
  address: string;
  fetch: string;
  template: string;
  reading: string;
  fetching: string;
  /** After a file is read: "{name} read: 1 problem, 0 warnings." */
  read: string;
  fetchFailed: string;
  serverAnswered: string;
  notWeb: string;
  copied: string;
  notCopied: string;
  stepProblems: string;
  noProblems: string;
  tagProblem: string;
  tagCheck: string;
  show: string;
  placeSheetCell: string;
  placeSheet: string;
  placeLine: string;
  problemHere: string;
  sheetCaption: string;
  stepWidgetNone: string;
  noWidget: string;
  stepWidget: string;
  widget: string;
  widgetNames: Record<string, string>;
  partnership: string;
  allPartnerships: string;
  council: string;
  noCouncil: string;
  view: string;
  viewMap: string;
  viewNetwork: string;
  year: string;
  latestYear: string;
  mode: string;
  modeBoth: string;
  modeInYear: string;
  modeCumulative: string;
  widgetHeading: string;
  widgetHeadingHint: string;
  theme: string;
  themes: { default: string; coventry: string; solihull: string; dark: string };
  lang: string;
  langPage: string;
  refresh: string;
  refreshHint: string;
  src: string;
  srcHintWordpress: string;
  script: string;
  stepPreview: string;
  stepEmbed: string;
  embedHtml: string;
  embedShortcode: string;
  embedBlock: string;
  embedSharepoint: string;
  copyHtml: string;
  copyShortcode: string;
  copyBlock: string;
  copySettings: string;
  /** What was copied, for "{what} copied.". */
  whatHtml: string;
  whatShortcode: string;
  whatBlock: string;
  whatSettings: string;
  save: string;
  saveWhere: string;
  saveWhereWordpress: string;
}

export const builderMessages: Record<Locale, BuilderMessages> = {
  en: {
    title: 'Builder – shared-services-widgets',
    skip: 'Skip to main content',
    heading: 'Build a widget from your data',
    intro:
      'Check a spreadsheet or data file, see every problem where it is, choose a widget and copy the code for your page. Everything happens in this browser: your file is not uploaded.',
    pageLanguage: 'Language of this page',
    english: 'English',
    welsh: 'Cymraeg (Welsh)',
    stepFile: '1. Your data file',
    fileIntro:
      'A workbook (.xlsx) with sheets partnerships, partners and savings, CSV files of those sheets or of one widget, or a JSON file. It is read in this browser and sent nowhere.',
    choose: 'Choose a file, or drop it here',
    address: 'Or its address',
    fetch: 'Fetch',
    template: 'Download a blank workbook to fill in',
    reading: 'Reading…',
    fetching: 'Fetching…',
    read: '{name} read: {problems}, {warnings}.',
    fetchFailed: '{url} could not be fetched: {detail}',
    serverAnswered: 'the server answered {status}',
    notWeb: 'only web addresses (http or https) can be fetched',
    copied: '{what} copied.',
    notCopied: '{what} could not be copied here: select the text and copy it.',
    stepProblems: '2. Problems in {name}',
    noProblems: 'No problems: every widget can read it.',
    tagProblem: 'Problem',
    tagCheck: 'Check',
    show: 'Show {place}',
    placeSheetCell: 'sheet {sheet}, cell {cell}',
    placeSheet: 'sheet {sheet}',
    placeLine: '{file}, line {line}, column {column}',
    problemHere: 'Problem here: ',
    sheetCaption: 'Sheet {sheet}, rows {from} to {to}',
    stepWidgetNone: '3. Widget',
    noWidget: 'No widget shows this kind of file.',
    stepWidget: '3. Widget and options',
    widget: 'Widget',
    widgetNames: {
      'key-figures': 'Key figures',
      'savings-chart': 'Savings chart',
      'partner-roster': 'Partner roster',
      'partnership-map': 'Partnership map',
      'readiness-checklist': 'Readiness checklist'
    },
    partnership: 'Partnership',
    allPartnerships: 'All partnerships',
    council: 'Council to highlight',
    noCouncil: 'None',
    view: 'Show as',
    viewMap: 'Map of council areas',
    viewNetwork: 'Network of councils and partnerships',
    year: 'Council boundaries as they were in',
    latestYear: 'The latest year',
    mode: 'Savings to show',
    modeBoth: 'Each year and the running total',
    modeInYear: 'Each year only',
    modeCumulative: 'Running total only',
    widgetHeading: 'Heading',
    widgetHeadingHint: 'Leave empty to use the title in the data.',
    theme: 'Theme',
    themes: { default: 'Default', coventry: 'Coventry (example)', solihull: 'Solihull (example)', dark: 'Dark' },
    lang: 'Language of the widget',
    langPage: 'The page’s language',
    refresh: 'Re-read the file every (seconds)',
    refreshHint: 'Leave empty for no live updates; a minute (60) or more on busy pages.',
    src: 'Address of the data file on your site',
    srcHintWordpress: 'Its number or address in the Media Library: upload the file (or the saved dataset) there first.',
    script: 'Address of shared-services-widgets.js on your site',
    stepPreview: '4. Preview',
    stepEmbed: '5. Embed code',
    embedHtml: 'Plain HTML',
    embedShortcode: 'WordPress shortcode (classic editor, page builders)',
    embedBlock: 'WordPress block (paste into the code editor)',
    embedSharepoint: 'SharePoint web part settings (fill these in its property pane)',
    copyHtml: 'Copy HTML',
    copyShortcode: 'Copy shortcode',
    copyBlock: 'Copy block',
    copySettings: 'Copy settings',
    whatHtml: 'HTML',
    whatShortcode: 'Shortcode',
    whatBlock: 'Block',
    whatSettings: 'Settings',
    save: 'Save the dataset (JSON)',
    saveWhere: 'Put it on your site at the address above.',
    saveWhereWordpress: 'Upload it to the Media Library, then give its number or address above.'
  },
  cy: {
    title: 'Adeiladydd – shared-services-widgets',
    skip: 'Neidio i’r prif gynnwys',
    heading: 'Adeiladu teclyn o’ch data',
    intro:
      'Gwiriwch daenlen neu ffeil ddata, gwelwch bob problem lle mae hi, dewiswch declyn a chopïwch y cod ar gyfer eich tudalen. Mae popeth yn digwydd yn y porwr hwn: nid yw eich ffeil yn cael ei huwchlwytho.',
    pageLanguage: 'Iaith y dudalen hon',
    english: 'English (Saesneg)',
    welsh: 'Cymraeg',
    stepFile: '1. Eich ffeil ddata',
    fileIntro:
      'Llyfr gwaith (.xlsx) gyda’r dalennau partnerships, partners a savings, ffeiliau CSV o’r dalennau hynny neu o un teclyn, neu ffeil JSON. Caiff ei darllen yn y porwr hwn ac ni chaiff ei hanfon i unman.',
    choose: 'Dewiswch ffeil, neu ei gollwng yma',
    address: 'Neu ei chyfeiriad',
    fetch: 'Nôl',
    template: 'Lawrlwytho llyfr gwaith gwag i’w lenwi',
    reading: 'Wrthi’n darllen…',
    fetching: 'Wrthi’n nôl…',
    read: 'Darllenwyd {name}: {problems}, {warnings}.',
    fetchFailed: 'Nid oedd modd nôl {url}: {detail}',
    serverAnswered: 'atebodd y gweinydd {status}',
    notWeb: 'dim ond cyfeiriadau gwe (http neu https) y gellir eu nôl',
    copied: 'Copïwyd: {what}.',
    notCopied: 'Nid oedd modd copïo {what} yma: dewiswch y testun a’i gopïo.',
    stepProblems: '2. Problemau yn {name}',
    noProblems: 'Dim problemau: gall pob teclyn ei darllen.',
    tagProblem: 'Problem',
    tagCheck: 'Gwirio',
    show: 'Dangos {place}',
    placeSheetCell: 'dalen {sheet}, cell {cell}',
    placeSheet: 'dalen {sheet}',
    placeLine: '{file}, llinell {line}, colofn {column}',
    problemHere: 'Problem yma: ',
    sheetCaption: 'Dalen {sheet}, rhesi {from} i {to}',
    stepWidgetNone: '3. Teclyn',
    noWidget: 'Nid oes teclyn yn dangos y math hwn o ffeil.',
    stepWidget: '3. Teclyn a dewisiadau',
    widget: 'Teclyn',
    widgetNames: {
      'key-figures': 'Ffigurau allweddol',
      'savings-chart': 'Siart arbedion',
      'partner-roster': 'Rhestr partneriaid',
      'partnership-map': 'Map partneriaethau',
      'readiness-checklist': 'Rhestr wirio parodrwydd'
    },
    partnership: 'Partneriaeth',
    allPartnerships: 'Pob partneriaeth',
    council: 'Cyngor i’w amlygu',
    noCouncil: 'Dim',
    view: 'Dangos fel',
    viewMap: 'Map o ardaloedd cynghorau',
    viewNetwork: 'Rhwydwaith o gynghorau a phartneriaethau',
    year: 'Ffiniau cynghorau fel yr oeddent yn',
    latestYear: 'Y flwyddyn ddiweddaraf',
    mode: 'Arbedion i’w dangos',
    modeBoth: 'Pob blwyddyn a’r cyfanswm cronnus',
    modeInYear: 'Pob blwyddyn yn unig',
    modeCumulative: 'Y cyfanswm cronnus yn unig',
    widgetHeading: 'Pennawd',
    widgetHeadingHint: 'Gadewch yn wag i ddefnyddio’r teitl yn y data.',
    theme: 'Thema',
    themes: { default: 'Diofyn', coventry: 'Coventry (enghraifft)', solihull: 'Solihull (enghraifft)', dark: 'Tywyll' },
    lang: 'Iaith y teclyn',
    langPage: 'Iaith y dudalen',
    refresh: 'Ailddarllen y ffeil bob (eiliad)',
    refreshHint: 'Gadewch yn wag i beidio â diweddaru’n fyw; munud (60) neu fwy ar dudalennau prysur.',
    src: 'Cyfeiriad y ffeil ddata ar eich gwefan',
    srcHintWordpress: 'Ei rhif neu ei chyfeiriad yn y Llyfrgell Gyfryngau: uwchlwythwch y ffeil (neu’r set ddata a gadwyd) yno yn gyntaf.',
    script: 'Cyfeiriad shared-services-widgets.js ar eich gwefan',
    stepPreview: '4. Rhagolwg',
    stepEmbed: '5. Cod mewnosod',
    embedHtml: 'HTML plaen',
    embedShortcode: 'Cod byr WordPress (y golygydd clasurol, adeiladwyr tudalennau)',
    embedBlock: 'Bloc WordPress (gludwch i’r golygydd cod)',
    embedSharepoint: 'Gosodiadau rhan gwe SharePoint (llenwch y rhain yn ei chwarel priodweddau)',
    copyHtml: 'Copïo’r HTML',
    copyShortcode: 'Copïo’r cod byr',
    copyBlock: 'Copïo’r bloc',
    copySettings: 'Copïo’r gosodiadau',
    whatHtml: 'yr HTML',
    whatShortcode: 'y cod byr',
    whatBlock: 'y bloc',
    whatSettings: 'y gosodiadau',
    save: 'Cadw’r set ddata (JSON)',
    saveWhere: 'Rhowch hi ar eich gwefan yn y cyfeiriad uchod.',
    saveWhereWordpress: 'Uwchlwythwch hi i’r Llyfrgell Gyfryngau, yna rhowch ei rhif neu ei chyfeiriad uchod.'
  }
};
