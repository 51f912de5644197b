import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/data/json-schema.js';

describe('the shipped JSON Schema', () => {
  it('is the one the validation definitions make (run `npm run schema` after changing them)', async () => {
    const shipped = await (await fetch('/schema/dataset.schema.json')).json();
    expect(shipped).to.deep.equal(datasetJsonSchema());
  });

  it('describes the parts of the dataset a web team writes', () => {
    const schema = datasetJsonSchema() as { properties: Record<string, { items?: { properties: Record<string, unknown>; required: string[] } }> };
    const partnership = schema.properties.partnerships!.items!;
    expect(partnership.required).to.include.members(['id', 'name']);
    expect(Object.keys(partnership.properties)).to.include.members(['category', 'partners', 'savings', 'started']);
    const council = schema.properties.councils!.items!;
    expect(council.properties.code).to.deep.include({ type: 'string', pattern: '^[ENSWK]\\d{8}$' });
  });
});
