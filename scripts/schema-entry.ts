export { datasetJsonSchema } from '../src/data/json-schema.js';
