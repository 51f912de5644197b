/** The partner roster's own words, in English and Welsh. */
import type { Locale, PluralForms } from '../../i18n/messages.js';

export interface RosterMessages {
  label: string;
  caption: string;
  captionFor: string;
  columns: { council: string; partnership: string; role: string; share: string; services: string; joined: string; contact: string };
  roles: { lead: string; host: string; partner: string };
  filter: string;
  groupBy: string;
  groups: { none: string; role: string; service: string };
  noRole: string;
  noService: string;
  shown: PluralForms;
  noneMatch: string;
  /** While only a page is drawn: `{drawn}` rows of `{n}`. */
  partOf: PluralForms;
  /** While a long list is still being checked (after the count): `{n}` partners left to check. */
  checking: PluralForms;
  showAll: string;
  sortBy: string;
  sharesTotal: string;
  sharesOff: string;
  download: string;
  illustrative: string;
  empty: string;
  flagged: string;
  highlighted: string;
}

const en: RosterMessages = {
  label: 'Partner councils',
  caption: 'Partner councils',
  captionFor: 'Partner councils of {name}',
  columns: { council: 'Council', partnership: 'Partnership', role: 'Role', share: 'Share', services: 'Services', joined: 'Joined', contact: 'Contact' },
  roles: { lead: 'Lead', host: 'Host', partner: 'Partner' },
  filter: 'Filter partners',
  groupBy: 'Group by',
  groups: { none: 'No grouping', role: 'Role', service: 'Service' },
  noRole: 'No role given',
  noService: 'No service given',
  shown: { one: '{n} partner shown', other: '{n} partners shown' },
  noneMatch: 'No partners match the filter.',
  partOf: { one: '{drawn} of {n} partner shown', other: '{drawn} of {n} partners shown' },
  checking: { one: 'Still checking {n} more partner…', other: 'Still checking {n} more partners…' },
  showAll: 'Show all {n} partners',
  sortBy: 'Sort by {column}',
  sharesTotal: 'Shares add up to {total}.',
  sharesOff: '{name}: shares add up to {total}, not 100%.',
  download: 'Download partners (CSV)',
  illustrative: 'Illustrative',
  empty: 'No partners to show. Give the shared dataset, { "partners": [...] }, or a CSV file.',
  flagged: 'Check this row',
  highlighted: 'Highlighted'
};

const cy: RosterMessages = {
  label: 'Cynghorau partner',
  caption: 'Cynghorau partner',
  captionFor: 'Cynghorau partner {name}',
  columns: { council: 'Cyngor', partnership: 'Partneriaeth', role: 'Rôl', share: 'Cyfran', services: 'Gwasanaethau', joined: 'Ymunodd', contact: 'Cyswllt' },
  roles: { lead: 'Arweinydd', host: 'Lletywr', partner: 'Partner' },
  filter: 'Hidlo partneriaid',
  groupBy: 'Grwpio yn ôl',
  groups: { none: 'Dim grwpio', role: 'Rôl', service: 'Gwasanaeth' },
  noRole: 'Dim rôl wedi’i rhoi',
  noService: 'Dim gwasanaeth wedi’i roi',
  shown: {
    zero: 'Dangosir {n} partner',
    one: 'Dangosir {n} partner',
    two: 'Dangosir {n} bartner',
    few: 'Dangosir {n} phartner',
    many: 'Dangosir {n} phartner',
    other: 'Dangosir {n} partner'
  },
  noneMatch: 'Nid oes partneriaid yn cyfateb i’r hidlydd.',
  partOf: {
    zero: 'Dangosir {drawn} o {n} partner',
    one: 'Dangosir {drawn} o {n} partner',
    two: 'Dangosir {drawn} o {n} bartner',
    few: 'Dangosir {drawn} o {n} phartner',
    many: 'Dangosir {drawn} o {n} phartner',
    other: 'Dangosir {drawn} o {n} partner'
  },
  // Zero and one take `other`'s words (plural() falls back to it).
  checking: { two: 'Yn dal i wirio {n} bartner arall…', few: 'Yn dal i wirio {n} phartner arall…', many: 'Yn dal i wirio {n} phartner arall…', other: 'Yn dal i wirio {n} partner arall…' },
  showAll: 'Dangos pob un o’r {n} partner',
  sortBy: 'Trefnu yn ôl {column}',
  sharesTotal: 'Mae’r cyfrannau’n dod i {total}.',
  sharesOff: '{name}: mae’r cyfrannau’n dod i {total}, nid 100%.',
  download: 'Lawrlwytho partneriaid (CSV)',
  illustrative: 'Enghreifftiol',
  empty: 'Dim partneriaid i’w dangos. Rhowch y set ddata a rennir, { "partners": [...] }, neu ffeil CSV.',
  flagged: 'Gwiriwch y rhes hon',
  highlighted: 'Wedi’i amlygu'
};

export const rosterMessages: Record<Locale, RosterMessages> = { en, cy };
