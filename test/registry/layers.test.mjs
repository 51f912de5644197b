// The layers of src/ import each other one way only (issue 17): no cycle between core, controllers,
// data, format, i18n, layout, styles and councils, and none of them imports a widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cycles, importsOf, layerGraph, layerOf, sharedImportingWidgets } from '../../scripts/layers.mjs';

test('the checker finds imports of every kind and the layer of a file', () => {
  const source = `import { a } from '../core/a.js';\nimport type { B } from "../data/b.js";\nexport * from './c.js';\nexport { d } from '../format/d.js';\nimport './e.js';\nconst f = await import('../i18n/f.js');\nimport x from 'lit';`;
  assert.deepEqual(importsOf(source), ['../core/a.js', '../data/b.js', './c.js', '../format/d.js', './e.js', '../i18n/f.js']);
  assert.equal(layerOf('src/core/states.ts'), 'core');
  assert.equal(layerOf('src/components/key-figures/key-figures.data.ts'), 'components/key-figures');
});

test('the checker reports a cycle when there is one', () => {
  const graph = new Map([
    ['core', new Map([['controllers', 'core/x.ts imports ../controllers/y.js']])],
    ['controllers', new Map([['core', 'controllers/y.ts imports ../core/x.js']])],
    ['data', new Map([['components/key-figures', 'data/z.ts imports ../components/key-figures/k.js']])]
  ]);
  assert.equal(cycles(graph).length, 1);
  assert.deepEqual(sharedImportingWidgets(graph), ['data/z.ts imports ../components/key-figures/k.js']);
});

test('src/ has no cycle between layers, and shared code imports no widget', () => {
  const graph = layerGraph();
  assert.ok(graph.has('core') && graph.has('data') && graph.has('format') && graph.has('controllers'));
  const loops = cycles(graph);
  assert.deepEqual(loops, [], `cycles:\n${loops.map((l) => l.join('\n  then ')).join('\n')}`);
  assert.deepEqual(sharedImportingWidgets(graph), []);
});
