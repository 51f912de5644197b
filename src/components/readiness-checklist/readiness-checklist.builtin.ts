/**
 * The built-in checklist: what councils that set up a shared service most often get wrong, as items a
 * project team can work through. Written once with both languages side by side, so the English and
 * Welsh lists cannot drift apart and share their ids (answers survive a change of language).
 */
import type { Locale } from '../../i18n/messages.js';
import type { Checklist } from './readiness-checklist.data.js';

type Words = Record<Locale, string>;
interface BuiltinItem {
  id: string;
  label: Words;
  hint: Words;
}
interface BuiltinSection {
  id: string;
  title: Words;
  items: BuiltinItem[];
}

/** The built-in checklist's id: stored and exported answers name it. */
export const BUILTIN_ID = 'shared-service-readiness';

const title: Words = { en: 'Shared service readiness', cy: 'Parodrwydd ar gyfer gwasanaeth a rennir' };

const sections: BuiltinSection[] = [
  {
    id: 'principles',
    title: { en: 'Principles', cy: 'Egwyddorion' },
    items: [
      {
        id: 'across-boundaries',
        label: { en: 'Work across boundaries, geographic and institutional', cy: 'Gweithio ar draws ffiniau, daearyddol a sefydliadol' },
        hint: {
          en: 'Partners run the service across council areas and organisations, not just their own.',
          cy: 'Mae’r partneriaid yn rhedeg y gwasanaeth ar draws ardaloedd cynghorau a sefydliadau, nid eu rhai eu hunain yn unig.'
        }
      },
      {
        id: 'pool-resources',
        label: { en: 'Pool resources and data to improve services', cy: 'Cyfuno adnoddau a data i wella gwasanaethau' },
        hint: {
          en: 'Money, staff, systems and data are combined where that improves the service.',
          cy: 'Cyfunir arian, staff, systemau a data lle mae hynny’n gwella’r gwasanaeth.'
        }
      },
      {
        id: 'economies-of-scale',
        label: { en: 'Economies of scale through buying together', cy: 'Arbedion maint drwy brynu gyda’n gilydd' },
        hint: {
          en: 'Joint procurement is planned, with contract end dates that allow it.',
          cy: 'Mae caffael ar y cyd wedi’i gynllunio, gyda dyddiadau gorffen contractau sy’n caniatáu hynny.'
        }
      },
      {
        id: 'share-capability',
        label: { en: 'More capability by sharing skills and expertise', cy: 'Mwy o allu drwy rannu sgiliau ac arbenigedd' },
        hint: {
          en: 'Specialist skills one council lacks can come from another partner.',
          cy: 'Gall sgiliau arbenigol nad oes gan un cyngor ddod gan bartner arall.'
        }
      }
    ]
  },
  {
    id: 'agreements',
    title: { en: 'Agreements before starting', cy: 'Cytundebau cyn dechrau' },
    items: [
      {
        id: 'responsibilities',
        label: { en: 'A clear split of responsibilities', cy: 'Rhaniad clir o gyfrifoldebau' },
        hint: {
          en: 'Written down: how, where and by whom it is delivered, funded and managed.',
          cy: 'Wedi’i ysgrifennu: sut, ble a gan bwy y caiff ei ddarparu, ei ariannu a’i reoli.'
        }
      },
      {
        id: 'exit-plan',
        label: { en: 'Contingency and liability if a partner pulls out', cy: 'Trefniadau wrth gefn ac atebolrwydd os bydd partner yn tynnu’n ôl' },
        hint: {
          en: 'What happens to staff, assets, costs and liabilities if a partner leaves.',
          cy: 'Beth sy’n digwydd i staff, asedau, costau ac atebolrwydd os bydd partner yn gadael.'
        }
      },
      {
        id: 'sovereignty',
        label: { en: 'Sovereignty and control agreed', cy: 'Sofraniaeth a rheolaeth wedi’u cytuno' },
        hint: {
          en: 'Who decides how the service moves forward, and how each partner has a say.',
          cy: 'Pwy sy’n penderfynu sut mae’r gwasanaeth yn symud ymlaen, a sut mae gan bob partner lais.'
        }
      },
      {
        id: 'goals',
        label: { en: 'Clear goals and a line of sight to results', cy: 'Nodau clir a llinell welediad at y canlyniadau' },
        hint: {
          en: 'Everyone can see what the arrangement should achieve and how each step leads there.',
          cy: 'Gall pawb weld beth ddylai’r trefniant ei gyflawni a sut mae pob cam yn arwain yno.'
        }
      }
    ]
  },
  {
    id: 'cost-performance',
    title: { en: 'Cost and performance', cy: 'Cost a pherfformiad' },
    items: [
      {
        id: 'cost-model',
        label: { en: 'A clear, measurable model for costs', cy: 'Model clir a mesuradwy ar gyfer costau' },
        hint: {
          en: 'How costs are counted and shared, agreed before the service starts.',
          cy: 'Sut mae costau’n cael eu cyfrif a’u rhannu, wedi’i gytuno cyn i’r gwasanaeth ddechrau.'
        }
      },
      {
        id: 'performance-model',
        label: { en: 'A clear, measurable model for performance', cy: 'Model clir a mesuradwy ar gyfer perfformiad' },
        hint: {
          en: 'The measures that show whether the service works, and who reports them.',
          cy: 'Y mesurau sy’n dangos a yw’r gwasanaeth yn gweithio, a phwy sy’n adrodd arnynt.'
        }
      },
      {
        id: 'baseline',
        label: { en: 'A baseline to measure progress against', cy: 'Llinell sylfaen i fesur cynnydd yn ei herbyn' },
        hint: {
          en: 'Today’s costs and performance, recorded before anything changes.',
          cy: 'Costau a pherfformiad heddiw, wedi’u cofnodi cyn i unrhyw beth newid.'
        }
      }
    ]
  },
  {
    id: 'people',
    title: { en: 'People and culture', cy: 'Pobl a diwylliant' },
    items: [
      {
        id: 'stakeholders',
        label: { en: 'Stakeholders agree why it is worth doing', cy: 'Rhanddeiliaid yn cytuno pam mae’n werth ei wneud' },
        hint: {
          en: 'Each partner knows why the idea is worth pursuing and what it adds for them.',
          cy: 'Mae pob partner yn gwybod pam mae’r syniad yn werth ei ddilyn a beth mae’n ei ychwanegu iddyn nhw.'
        }
      },
      {
        id: 'leadership',
        label: { en: 'Visible leadership from councillors and senior managers', cy: 'Arweinyddiaeth weladwy gan gynghorwyr ac uwch reolwyr' },
        hint: {
          en: 'Named councillors and senior managers champion it, in public and inside each council.',
          cy: 'Mae cynghorwyr ac uwch reolwyr penodol yn ei hyrwyddo, yn gyhoeddus ac o fewn pob cyngor.'
        }
      },
      {
        id: 'management',
        label: { en: 'Tight management with a strong budget manager', cy: 'Rheolaeth dynn gyda rheolwr cyllideb cryf' },
        hint: {
          en: 'One manager answers for the budget and keeps delivery on track.',
          cy: 'Mae un rheolwr yn atebol am y gyllideb ac yn cadw’r gwaith ar y trywydd iawn.'
        }
      },
      {
        id: 'consultation',
        label: { en: 'Staff and unions consulted', cy: 'Ymgynghori â staff ac undebau' },
        hint: {
          en: 'Staff and trade unions are consulted early, and their views answered.',
          cy: 'Ymgynghorir â staff ac undebau llafur yn gynnar, ac atebir eu barn.'
        }
      },
      {
        id: 'staff-benefits',
        label: { en: 'Benefits explained to staff in terms of their own work', cy: 'Esbonio’r manteision i staff yn nhermau eu gwaith eu hunain' },
        hint: {
          en: 'Staff can see what changes for them day to day, not only what is saved.',
          cy: 'Gall staff weld beth sy’n newid iddyn nhw o ddydd i ddydd, nid dim ond beth a arbedir.'
        }
      }
    ]
  },
  {
    id: 'start-simple',
    title: { en: 'Starting simple', cy: 'Dechrau’n syml' },
    items: [
      {
        id: 'back-office-first',
        label: { en: 'Begin with back-office work that removes duplication', cy: 'Dechrau gyda gwaith swyddfa gefn sy’n cael gwared ar ddyblygu' },
        hint: {
          en: 'Such as payroll, ICT or revenues: most is saved, and residents notice least.',
          cy: 'Fel y gyflogres, TGCh neu refeniw: dyma sy’n arbed fwyaf, a thrigolion sy’n sylwi leiaf.'
        }
      },
      {
        id: 'data-governance',
        label: { en: 'Integrity and governance of the data agreed', cy: 'Cywirdeb a llywodraethu’r data wedi’u cytuno' },
        hint: {
          en: 'Who owns, checks and protects the data moving into the shared service.',
          cy: 'Pwy sy’n berchen ar y data sy’n symud i’r gwasanaeth a rennir, a phwy sy’n ei wirio a’i ddiogelu.'
        }
      }
    ]
  }
];

const cache = new Map<Locale, Checklist>();

/** The built-in checklist in one language (the same object each time, so it is laid out once). */
export function builtinChecklist(locale: Locale): Checklist {
  let checklist = cache.get(locale);
  if (!checklist) {
    checklist = {
      id: BUILTIN_ID,
      title: title[locale],
      sections: sections.map((s) => ({
        id: s.id,
        title: s.title[locale],
        items: s.items.map((i) => ({ id: i.id, label: i.label[locale], hint: i.hint[locale] }))
      }))
    };
    cache.set(locale, checklist);
  }
  return checklist;
}
