/**
 * Words for the checks of council codes against the register (`checks.ts`), in English and Welsh:
 * added to the catalogue by the widgets that name councils (the map and the roster), so that the
 * others do not carry them.
 */
import type { Locale } from '../i18n/messages.js';

/**
 * Checks of council codes against the register, made by the widgets that name councils (the map and
 * the roster): their words are below. See `withExpected`.
 */
export type CouncilExpectedKey =
  | 'councilUnknown'
  | 'councilUnknownNear'
  | 'councilMerged'
  | 'councilAbolished'
  | 'councilNewCode'
  | 'councilNotYet'
  | 'councilGone'
  | 'councilName'
  | 'registerMissing';

declare module '../i18n/messages.js' {
  interface ExpectedKeys extends Record<CouncilExpectedKey, true> {}
}

export const councilExpected: Record<Locale, Record<CouncilExpectedKey, string>> = {
  en: {
    councilUnknown: '{code} is not a UK council code, and "councils" does not name it',
    councilUnknownNear: '{code} is not a UK council code; did you mean {near}?',
    councilMerged: '{code} ({name}) merged into {next} in {year}',
    councilAbolished: '{code} ({name}) was abolished in {year}; its area passed to {next}',
    councilNewCode: '{code} ({name}) has had a new code since {year}: {next}',
    councilNotYet: '{code} ({name}) began in {first}, after this partnership’s dates ({from} to {to})',
    councilGone: '{code} ({name}) ended in {last}, before this partnership’s dates ({from} to {to})',
    councilName: '{code} is {name} in the council register, but "councils" calls it "{given}", which fits {other} better',
    registerMissing:
      'the council register {src} could not be loaded, so councils the data names only by code are shown by their codes: copy the library’s geo folder beside its script, or set geo-base to where it is'
  },
  cy: {
    councilUnknown: 'nid yw {code} yn god cyngor yn y DU, ac nid yw "councils" yn ei enwi',
    councilUnknownNear: 'nid yw {code} yn god cyngor yn y DU; ai {near} oedd dan sylw?',
    councilMerged: 'unodd {code} ({name}) â {next} yn {year}',
    councilAbolished: 'diddymwyd {code} ({name}) yn {year}; aeth ei ardal i {next}',
    councilNewCode: 'mae gan {code} ({name}) god newydd ers {year}: {next}',
    councilNotYet: 'dechreuodd {code} ({name}) yn {first}, ar ôl dyddiadau’r bartneriaeth hon ({from} i {to})',
    councilGone: 'daeth {code} ({name}) i ben yn {last}, cyn dyddiadau’r bartneriaeth hon ({from} i {to})',
    councilName: '{code} yw {name} yng nghofrestr y cynghorau, ond mae "councils" yn ei alw’n "{given}", sy’n gweddu’n well i {other}',
    registerMissing:
      'nid oedd modd llwytho cofrestr y cynghorau {src}, felly dangosir cynghorau a enwir yn ôl cod yn unig wrth eu codau: copïwch ffolder geo y llyfrgell wrth ymyl ei sgript, neu gosodwch geo-base i’w leoliad'
  }
};
