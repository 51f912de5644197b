import { expect } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import { elementsFrom, globalTokensFrom, referenceIn, renderReference } from '../../scripts/theming-reference.mjs';

/** What the dev server serves from the repository, as text (fails with the status otherwise). */
async function text(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.text();
}

describe('docs/theming.md', () => {
  it('has the token and part reference the elements and tokens make (run `npm run docs` after changing them)', async () => {
    const manifest: unknown = JSON.parse(await text('/custom-elements.json'));
    const doc = await text('/docs/theming.md');
    const shipped = referenceIn(doc);
    expect(shipped, 'the reference markers in docs/theming.md').to.be.a('string');
    // Compared line by line, so that a failure names the first line that differs.
    const made = renderReference(manifest, tokens.cssText).split('\n');
    const lines = shipped!.split('\n');
    let at = made.findIndex((line, i) => line !== lines[i]);
    if (at < 0 && lines.length !== made.length) at = made.length;
    expect(at, `docs/theming.md is out of date: run \`npm run docs\`. Reference line ${at + 1}\n  in the file: ${lines[at]}\n  made now:    ${made[at]}\n`).to.equal(-1);
  });

  it('lists every global token and every element, part and custom property', async () => {
    const manifest: unknown = JSON.parse(await text('/custom-elements.json'));
    const reference = referenceIn(await text('/docs/theming.md'))!;
    const globals = globalTokensFrom(tokens.cssText);
    expect(globals.map((t) => t.name)).to.include.members(['--shared-color-text', '--shared-font-family', '--shared-space-3', '--shared-series-8']);
    const elements = elementsFrom(manifest);
    expect(elements.map((e) => e.tagName)).to.include.members(['shared-key-figures', 'shared-savings-chart', 'shared-partner-roster']);
    // Each element's section runs from its heading to the next one.
    const section = (tag: string) => reference.split(/\n(?=### )/).find((s) => s.startsWith(`### \`<${tag}>\``)) ?? '';
    const missing = [
      ...globals.filter((t) => !reference.includes(`| \`${t.name}\` |`)).map((t) => t.name),
      ...elements.flatMap((e) => {
        const text = section(e.tagName);
        if (!text) return [`<${e.tagName}>`];
        const names = [...(e.cssProperties ?? []), ...(e.cssParts ?? [])].map((p) => p.name);
        return names.filter((name) => !text.includes(`| \`${name}\` |`)).map((name) => `<${e.tagName}> ${name}`);
      })
    ];
    expect(missing, 'missing from docs/theming.md: run `npm run docs`').to.deep.equal([]);
  });

  it('shows a default for every global token and for tokens that name theirs', async () => {
    const reference = referenceIn(await text('/docs/theming.md'))!;
    expect(reference).to.contain('| `--shared-color-text` | `#0b0c0c` |');
    expect(reference).to.contain('| `--shared-key-figures-tile-background` | `var(--shared-color-surface)` |');
    expect(reference).to.contain('| `--shared-savings-chart-line-width` | `3px` |');
  });
});
