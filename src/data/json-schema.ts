/**
 * The dataset's JSON Schema, made from the valibot definitions, so that web teams can check their
 * files in an editor. Refinements JSON Schema cannot say (a financial year's second half following
 * its first) are left to the widgets' own messages.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema } from './dataset.js';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(datasetSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Shared services dataset',
    description: 'Councils and their shared-service partnerships, partners and savings, as read by shared-services-widgets.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'))
  };
}
