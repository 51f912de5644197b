/**
 * The dataset's JSON Schema, made from the valibot definitions, so that web teams can check their
 * files in an editor. Refinements JSON Schema cannot say (a financial year's second half following
 * its first) are left to the widgets' own messages.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema } from './dataset.js';

/** Descriptions for editors, by the pattern of the field they describe (kept out of the shipped widgets). */
const DESCRIPTIONS: Record<string, string> = {
  '^[ENSWK]\\d{8}$': 'A GSS code: E06 unitary, E07 district, E08 metropolitan borough, E09 London borough, E10 county, W06, S12, N09.',
  '^\\d{4}(\\/\\d{2}|-\\d{2}(-\\d{2})?)?$': 'A UK financial year (2018/19) or an ISO date (2013, 2013-03, 2013-03-31).'
};

function describe(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(describe);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (typeof record.pattern === 'string' && DESCRIPTIONS[record.pattern]) record.description = DESCRIPTIONS[record.pattern];
  Object.values(record).forEach(describe);
}

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(datasetSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  describe(schema);
  return {
    $schema: schema.$schema,
    title: 'Shared services dataset',
    description: 'Councils and their shared-service partnerships, partners and savings, as read by shared-services-widgets.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'))
  };
}
