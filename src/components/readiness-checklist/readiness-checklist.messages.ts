/** The readiness checklist's own words, in English and Welsh. */
import type { Locale, PluralForms } from '../../i18n/messages.js';
import type { Status } from './readiness-checklist.state.js';

export interface ReadinessMessages {
  statuses: Record<Status, string>;
  details: string;
  note: string;
  owner: string;
  evidence: string;
  evidenceHint: string;
  progress: string;
  overall: string;
  nothingApplies: string;
  ready: string;
  notDone: PluralForms;
  cannotStart: PluralForms;
  blockedHeading: string;
  cannotStartList: string;
  noItems: string;
  downloadJson: string;
  downloadCsv: string;
  importJson: string;
  print: string;
  printed: string;
  changed: string;
  unavailable: string;
  memoryOnly: string;
  corrupt: string;
  keptAt: string;
  paused: string;
  otherStored: string;
  dropped: string;
  /** The first few dropped ids, and how many more. */
  droppedMore: string;
  importOther: string;
  importBad: string;
  imported: PluralForms;
  importedNone: string;
  changedField: string;
  moreChanges: string;
  undo: string;
  undone: PluralForms;
  conflict: string;
  thisVersion: string;
  otherVersion: string;
  keepThis: string;
  keepOther: string;
  keptBoth: string;
  keptBothConflicts: PluralForms;
  changedBy: string;
  history: string;
  historyLine: string;
  storeRefused: string;
  notSaved: PluralForms;
  allSaved: string;
  othersQueued: PluralForms;
  offer: PluralForms;
  offerSave: PluralForms;
  storeWhy: Record<'offline' | 'busy' | 'forbidden' | 'signed-out', string>;
  stateBad: string;
  stateOther: string;
  stateWhere: string;
  storageWhere: string;
  empty: string;
}

const en: ReadinessMessages = {
  statuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    'not-applicable': 'Not applicable',
    'cannot-start': 'Cannot start yet'
  },
  details: 'Note, owner and evidence',
  note: 'Note',
  owner: 'Owner',
  evidence: 'Evidence',
  evidenceHint: 'A link (https://…) or where to find it',
  progress: '{done} of {total} done ({percent})',
  overall: 'Overall: {progress}',
  nothingApplies: 'Nothing here applies',
  ready: 'Ready: every item that applies is done.',
  notDone: { one: '{n} item is not done yet.', other: '{n} items are not done yet.' },
  cannotStart: { one: '{n} item cannot start yet:', other: '{n} items cannot start yet:' },
  blockedHeading: 'What blocks readiness',
  cannotStartList: 'Items that cannot start yet',
  noItems: 'No items in this section.',
  downloadJson: 'Download answers (JSON)',
  downloadCsv: 'Download answers (CSV)',
  importJson: 'Import answers (JSON)',
  print: 'Print',
  printed: 'Printed {date}.',
  changed: 'Answers last changed {date}.',
  unavailable: 'Answers cannot be saved in this browser (its storage is full or turned off).',
  memoryOnly: 'Answers given now are kept only until this page is closed: download them to keep them.',
  corrupt: 'The answers saved in this browser could not be read.',
  keptAt: 'The answers as they were are kept, unchanged, under “{key}” in this browser’s storage.',
  paused: 'The answers as they were could not be copied aside, so nothing will be saved over them.',
  otherStored: 'The answers saved under “{key}” are for another checklist (“{other}”), so they were not loaded.',
  dropped: 'Answers for items no longer in this checklist were dropped: {ids}.',
  droppedMore: '{ids} and {n} more',
  importOther: 'This file holds answers for another checklist (“{other}”), not this one (“{id}”). Nothing was changed.',
  importBad: 'This file could not be imported. Nothing was changed.',
  imported: { one: 'Imported answers for {n} item.', other: 'Imported answers for {n} items.' },
  importedNone: 'Nothing in it differed from the answers here.',
  changedField: '{field} changed',
  moreChanges: 'and {n} more',
  undo: 'Undo this import',
  undone: { one: 'The import was undone: {n} item is as it was.', other: 'The import was undone: {n} items are as they were.' },
  conflict: 'This item was also changed somewhere else (another tab, window or copy of this checklist), in the same field. Both versions are kept until you choose one.',
  thisVersion: 'This page’s version',
  otherVersion: 'The other version',
  keepThis: 'Keep this page’s version',
  keepOther: 'Keep the other version',
  keptBoth: 'The answers on this page were kept alongside those saved under “{key}”, and both are saved there now.',
  keptBothConflicts: {
    one: '{n} item was answered differently in each: it shows both versions until you choose one.',
    other: '{n} items were answered differently in each: they show both versions until you choose one.'
  },
  changedBy: '{status} · changed by {who}, {when}',
  history: 'History',
  historyLine: '{from} → {to} · {who}, {when}',
  storeRefused: 'Not saved to the shared record: {why}. It is kept in this browser.',
  notSaved: { one: '{n} change not yet saved.', other: '{n} changes not yet saved.' },
  allSaved: 'All changes saved to the shared record.',
  othersQueued: {
    one: '{n} change made in this browser by someone else signed in is waiting for them; it will not be sent as yours.',
    other: '{n} changes made in this browser by someone else signed in are waiting for them; they will not be sent as yours.'
  },
  offer: {
    one: 'This browser holds an answer to {n} item that differs from the shared record.',
    other: 'This browser holds answers to {n} items that differ from the shared record.'
  },
  offerSave: { one: 'Save it to the shared record', other: 'Save them to the shared record' },
  storeWhy: {
    offline: 'The shared record cannot be reached just now; changes are kept in this browser and sent when it answers.',
    busy: 'The shared record asked for a pause (too many changes at once); changes are kept in this browser and sent when it said.',
    forbidden: 'You are not allowed to see or change this shared record: ask the site’s administrator. Your answers are kept in this browser.',
    'signed-out': 'Your session has ended: sign in again and your changes will be sent.'
  },
  stateBad: 'The state given to the checklist could not be used. Nothing was changed.',
  stateOther: 'The state given is for another checklist (“{other}”), not this one (“{id}”). Nothing was changed.',
  stateWhere: 'the state property',
  storageWhere: 'the answers saved under “{key}”',
  empty: 'This checklist has no items. Give sections with items, or leave out the data to use the built-in checklist.'
};

const cy: ReadinessMessages = {
  statuses: {
    'not-started': 'Heb ddechrau',
    'in-progress': 'Ar waith',
    done: 'Wedi’i gwblhau',
    'not-applicable': 'Ddim yn berthnasol',
    'cannot-start': 'Methu dechrau eto'
  },
  details: 'Nodyn, perchennog a thystiolaeth',
  note: 'Nodyn',
  owner: 'Perchennog',
  evidence: 'Tystiolaeth',
  evidenceHint: 'Dolen (https://…) neu ble i ddod o hyd iddi',
  progress: '{done} o {total} wedi’u cwblhau ({percent})',
  overall: 'At ei gilydd: {progress}',
  nothingApplies: 'Nid oes dim yma’n berthnasol',
  ready: 'Yn barod: mae pob eitem berthnasol wedi’i chwblhau.',
  notDone: { one: 'Mae {n} eitem heb ei chwblhau eto.', other: 'Mae {n} eitem heb eu cwblhau eto.' },
  cannotStart: { one: 'Ni all {n} eitem ddechrau eto:', other: 'Ni all {n} eitem ddechrau eto:' },
  blockedHeading: 'Beth sy’n rhwystro parodrwydd',
  cannotStartList: 'Eitemau sy’n methu dechrau eto',
  noItems: 'Dim eitemau yn yr adran hon.',
  downloadJson: 'Lawrlwytho atebion (JSON)',
  downloadCsv: 'Lawrlwytho atebion (CSV)',
  importJson: 'Mewnforio atebion (JSON)',
  print: 'Argraffu',
  printed: 'Argraffwyd {date}.',
  changed: 'Newidiwyd yr atebion ddiwethaf {date}.',
  unavailable: 'Nid oes modd cadw atebion yn y porwr hwn (mae ei storfa’n llawn neu wedi’i diffodd).',
  memoryOnly: 'Dim ond nes cau’r dudalen hon y caiff atebion a roddir nawr eu cadw: lawrlwythwch nhw i’w cadw.',
  corrupt: 'Nid oedd modd darllen yr atebion a gadwyd yn y porwr hwn.',
  keptAt: 'Mae’r atebion fel yr oeddent wedi’u cadw, heb eu newid, o dan “{key}” yn storfa’r porwr hwn.',
  paused: 'Nid oedd modd copïo’r atebion fel yr oeddent o’r neilltu, felly ni chaiff dim ei gadw drostynt.',
  otherStored: 'Mae’r atebion a gadwyd o dan “{key}” ar gyfer rhestr wirio arall (“{other}”), felly ni chawsant eu llwytho.',
  dropped: 'Gollyngwyd atebion ar gyfer eitemau nad ydynt yn y rhestr wirio hon mwyach: {ids}.',
  droppedMore: '{ids} a {n} arall',
  importOther: 'Mae’r ffeil hon yn dal atebion ar gyfer rhestr wirio arall (“{other}”), nid yr un hon (“{id}”). Ni newidiwyd dim.',
  importBad: 'Nid oedd modd mewnforio’r ffeil hon. Ni newidiwyd dim.',
  imported: { one: 'Mewnforiwyd atebion ar gyfer {n} eitem.', other: 'Mewnforiwyd atebion ar gyfer {n} eitem.' },
  importedNone: 'Nid oedd dim ynddi’n wahanol i’r atebion yma.',
  changedField: '{field}: wedi newid',
  moreChanges: 'a {n} arall',
  undo: 'Dadwneud y mewnforio hwn',
  undone: { one: 'Dadwnaed y mewnforio: mae {n} eitem fel yr oedd.', other: 'Dadwnaed y mewnforio: mae {n} eitem fel yr oeddent.' },
  conflict: 'Cafodd yr eitem hon ei newid yn rhywle arall hefyd (tab, ffenestr neu gopi arall o’r rhestr wirio hon), yn yr un maes. Cedwir y ddwy fersiwn nes i chi ddewis un.',
  thisVersion: 'Fersiwn y dudalen hon',
  otherVersion: 'Y fersiwn arall',
  keepThis: 'Cadw fersiwn y dudalen hon',
  keepOther: 'Cadw’r fersiwn arall',
  keptBoth: 'Cadwyd yr atebion ar y dudalen hon ochr yn ochr â’r rhai a gadwyd o dan “{key}”, ac mae’r ddwy set wedi’u cadw yno nawr.',
  keptBothConflicts: {
    one: 'Atebwyd {n} eitem yn wahanol yn y naill a’r llall: mae’n dangos y ddwy fersiwn nes i chi ddewis un.',
    other: 'Atebwyd {n} eitem yn wahanol yn y naill a’r llall: maent yn dangos y ddwy fersiwn nes i chi ddewis un.'
  },
  changedBy: '{status} · newidiwyd gan {who}, {when}',
  history: 'Hanes',
  historyLine: '{from} → {to} · {who}, {when}',
  storeRefused: 'Heb ei gadw yn y cofnod a rennir: {why}. Mae wedi’i gadw yn y porwr hwn.',
  notSaved: { one: '{n} newid heb ei gadw eto.', other: '{n} newid heb eu cadw eto.' },
  allSaved: 'Mae pob newid wedi’i gadw yn y cofnod a rennir.',
  othersQueued: {
    one: 'Mae {n} newid a wnaed yn y porwr hwn gan rywun arall a fewngofnododd yn aros amdanynt; ni chaiff ei anfon fel eich un chi.',
    other: 'Mae {n} newid a wnaed yn y porwr hwn gan rywun arall a fewngofnododd yn aros amdanynt; ni chânt eu hanfon fel eich rhai chi.'
  },
  offer: {
    one: 'Mae’r porwr hwn yn dal ateb i {n} eitem sy’n wahanol i’r cofnod a rennir.',
    other: 'Mae’r porwr hwn yn dal atebion i {n} eitem sy’n wahanol i’r cofnod a rennir.'
  },
  offerSave: { one: 'Ei gadw yn y cofnod a rennir', other: 'Eu cadw yn y cofnod a rennir' },
  storeWhy: {
    offline: 'Does dim modd cyrraedd y cofnod a rennir ar hyn o bryd; cedwir newidiadau yn y porwr hwn a’u hanfon pan fydd yn ateb.',
    busy: 'Gofynnodd y cofnod a rennir am saib (gormod o newidiadau ar unwaith); cedwir newidiadau yn y porwr hwn a’u hanfon pan ddywedodd.',
    forbidden: 'Nid oes gennych hawl i weld na newid y cofnod a rennir hwn: gofynnwch i weinyddwr y wefan. Cedwir eich atebion yn y porwr hwn.',
    'signed-out': 'Mae eich sesiwn wedi dod i ben: mewngofnodwch eto a chaiff eich newidiadau eu hanfon.'
  },
  stateBad: 'Nid oedd modd defnyddio’r cyflwr a roddwyd i’r rhestr wirio. Ni newidiwyd dim.',
  stateOther: 'Mae’r cyflwr a roddwyd ar gyfer rhestr wirio arall (“{other}”), nid yr un hon (“{id}”). Ni newidiwyd dim.',
  stateWhere: 'y priodwedd state',
  storageWhere: 'yr atebion a gadwyd o dan “{key}”',
  empty: 'Nid oes eitemau yn y rhestr wirio hon. Rhowch adrannau ag eitemau ynddynt, neu gadewch y data allan i ddefnyddio’r rhestr wirio adeiledig.'
};

export const readinessMessages: Record<Locale, ReadinessMessages> = { en, cy };
