// Writes schema/dataset.schema.json from the same valibot definitions the widgets validate with.
// The definitions are TypeScript, so they are bundled for Node first (with Vite, already here).
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { build } from 'vite';

const out = 'node_modules/.cache/schema-build';
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: false,
    ssr: true,
    rollupOptions: { input: 'scripts/schema-entry.ts', output: { format: 'es', entryFileNames: 'schema.mjs' } }
  }
});
const { datasetJsonSchema } = await import(`../${out}/schema.mjs`);
await mkdir('schema', { recursive: true });
await writeFile('schema/dataset.schema.json', JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
await rm(out, { recursive: true, force: true });
console.log('built schema/dataset.schema.json');
