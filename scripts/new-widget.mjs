// npm run new-widget -- <name>: a new, working, tested and documented widget, `<shared-<name>>`, made
// the way src/components/key-figures/ is (docs/adding-a-widget.md says what each file is for and what
// to change first). It writes:
//   src/components/<name>/  <name>.ts (entry: registers the element, exports its types),
//                           <name>.component.ts (the element: JSDoc for the manifest, render),
//                           <name>.data.ts (the reader: JSON, a list or CSV, checked, with located problems),
//                           <name>.layout.ts (data to what is drawn: pure), <name>.messages.ts (English and Welsh),
//                           <name>.styles.ts (its tokens and CSS)
//   test/<name>/<name>.test.ts     the element and its reader and layout
//   stories/<name>.stories.ts      its stories (checked with axe by `npm run e2e`)
//   demo/data/<name>.json          sample data for the stories and the demo page
// and adds it to the registry (src/widgets.json: its size budget, the demo page's attributes), which
// makes src/index.ts and package.json's exports (npm run widgets); adds its section to README.md (its
// tables are filled by the build); and updates the Welsh review list. Nothing else needs an edit:
// test/registry/new-widget.test.mjs proves it in a scratch clone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root, writeFromRegistry } from './widgets.mjs';

const name = process.argv[2];
const fail = (message) => {
  console.error(`new-widget: ${message}`);
  process.exit(1);
};
if (!name) fail('give the widget a name: npm run new-widget -- <name> (lower-case words joined by hyphens, such as team-contacts)');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`"${name}" is not lower-case words joined by hyphens (such as team-contacts)`);

const registryFile = path.join(root, 'src/widgets.json');
const registry = JSON.parse(readFileSync(registryFile, 'utf8'));
if (registry.widgets.some((w) => w.name === name)) fail(`${name} is already in src/widgets.json`);
const folder = `src/components/${name}`;
if (existsSync(path.join(root, folder))) fail(`${folder} already exists`);

const words = name.split('-');
const Pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const camel = Pascal[0].toLowerCase() + Pascal.slice(1);
const tag = `shared-${name}`;
const cls = `Shared${Pascal}`;
const title = words.join(' ').replace(/^./, (c) => c.toUpperCase());

const files = {
  [`${folder}/${name}.ts`]: `/** Registers \`<${tag}>\`. Import this module (or the bundle) to use the element.
 * It also exports the widget's public types; src/index.ts (the bundle) re-exports every widget's entry file. */
import { ${cls} } from './${name}.component.js';

${cls}.define('${tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}

export { ${cls} };
/** The shapes of its data, for scripts that set \`data\` or read events. */
export type { ${Pascal}Item, ${Pascal}Model } from './${name}.data.js';
`,

  [`${folder}/${name}.component.ts`]: `import { html, nothing, type PropertyValues } from 'lit';
import { DataController } from '../../controllers/data-controller.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderHeading, renderSkipped, renderState } from '../../core/states.js';
import { plural } from '../../i18n/messages.js';
import { ${camel}Reader, type ${Pascal}Model } from './${name}.data.js';
import { layout${Pascal}, type ${Pascal}Row } from './${name}.layout.js';
import { ${camel}Messages } from './${name}.messages.js';
import { ${camel}Styles } from './${name}.styles.js';

/**
 * ${title}: a list of labelled numbers. (Made by \`npm run new-widget\`: say here what it shows and for whom.)
 *
 * @tagname ${tag}
 * @summary ${title}: a list of labelled numbers.
 *
 * @attr src - URL of a JSON file (\`{ "items": [...] }\` or a list of \`{ "label", "value" }\`) or a CSV file (\`label,value\`).
 * @attr format - \`json\` or \`csv\`: overrides the response's content type and the URL's extension.
 * @attr timeout - Seconds to wait for \`src\` before showing a message (default 15).
 * @attr refresh - Seconds between re-reading \`src\` for live data (off by default).
 * @attr heading - A heading above the list.
 * @attr heading-level - The heading's level, 2 to 6, to fit the page's outline (default 2).
 * @attr lang - \`en-GB\` (default) or \`cy\` for Welsh; otherwise the nearest \`lang\` on the page.
 *
 * @prop {unknown} data - The same data, set from script. Wins over \`src\`.
 *
 * @event shared-data-load - The data was read. \`detail\`: \`{ title?, items: [...] }\`.
 * @event shared-data-error - The data could not be read. \`detail\`: \`{ message, path?, problems }\`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart count - How many items there are, in words.
 * @csspart items - The list.
 * @csspart item - One item.
 * @csspart label - An item's label.
 * @csspart value - An item's value.
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data cannot be read (\`role="alert"\`).
 * @csspart empty - Shown when there is nothing to show.
 * @csspart warnings - Lists parts of the data that were left out.
 * @csspart refresh - Holds the live-data note and announcements (with \`refresh\`).
 * @csspart refresh-note - Says why the data could not be updated, when a refresh fails.
 *
 * @cssproperty --${tag}-accent - The bar beside each item (default \`--shared-color-accent\`).
 */
export class ${cls} extends SharedElement {
  static override styles = ${camel}Styles;

  private readonly data$ = new DataController<${Pascal}Model>(this, ${camel}Reader);
  private rows: ${Pascal}Row[] = [];

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const model = this.data$.value;
    this.rows = model ? layout${Pascal}(model.items, this.lang$.intl) : [];
  }

  protected override render() {
    const t = this.t;
    const locale = this.lang$.locale;
    const own = ${camel}Messages[locale];
    const state = renderState(this.data$, t, locale, own.empty);
    const heading = this.heading || this.data$.value?.title;
    return html\`<section part="base" aria-label=\${heading ? nothing : own.label}>
      \${renderHeading(heading, this.headingLevel)}
      \${state ??
      html\`<p part="count" class="count">\${plural(locale, this.rows.length, own.count)}</p>
        <dl part="items" class="items">
          \${this.rows.map(
            (row) => html\`<div part="item" class="item">
              <dt part="label" class="label">\${row.label}</dt>
              <dd part="value" class="value">\${row.value}</dd>
            </div>\`
          )}
        </dl>\`}
      \${renderSkipped(this.data$, t, locale)}
    </section>\`;
  }
}
`,

  [`${folder}/${name}.data.ts`]: `/**
 * Input for \`<${tag}>\` to a list of items: \`{ "title"?, "items": [{ "label", "value" }] }\`, a bare
 * list, or CSV (\`label,value\`). A bad item is left out and listed by place; the rest are shown.
 */
import * as v from 'valibot';
import { finite, list, nonEmptyText, record, text } from '../../data/fields.js';
import { parseCsv } from '../../data/parse.js';
import { capped, onCsvLines, type Outcome } from '../../data/problem.js';
import { check, checkEach } from '../../data/validate.js';

export const itemSchema = record({ label: nonEmptyText, value: finite });

export interface ${Pascal}Item {
  label: string;
  value: number;
}

export interface ${Pascal}Model {
  title?: string;
  items: ${Pascal}Item[];
}

const listShell = record({ title: v.optional(text), items: list });

/** At most this many items are read (a hostile 50 MB list is left out after them, and said so). */
export const MAX_ITEMS = 1000;

function fromItems(all: readonly unknown[], prefix: (string | number)[], title?: string): Outcome<${Pascal}Model> {
  const { items, problems: over } = capped(all, MAX_ITEMS, prefix);
  const { values, problems } = checkEach(itemSchema, items, prefix);
  problems.push(...over);
  return { value: { ...(title ? { title } : {}), items: values }, problems };
}

export function read${Pascal}(input: unknown): Outcome<${Pascal}Model> {
  if (Array.isArray(input)) return fromItems(input, []);
  const shell = check(listShell, input);
  if (!shell.ok) {
    const whole = typeof input !== 'object' || input === null;
    return { problems: whole ? [{ path: '', expected: 'object', received: input }] : shell.problems };
  }
  return fromItems(shell.value.items, ['items'], shell.value.title);
}

export function read${Pascal}Csv(csv: string): Outcome<${Pascal}Model> {
  const parsed = parseCsv(csv, { required: ['label', 'value'], optional: [], numeric: ['value'] });
  if (!parsed.value) return parsed;
  const outcome = fromItems(parsed.value.records, []);
  return { ...outcome, problems: onCsvLines(outcome.problems, parsed.value.lines) } as Outcome<${Pascal}Model>;
}

export const ${camel}Reader = {
  fromJson: read${Pascal},
  fromCsv: read${Pascal}Csv,
  isEmpty: (model: ${Pascal}Model) => model.items.length === 0
};
`,

  [`${folder}/${name}.layout.ts`]: `/** Items to rows: each value written for the element's language. Pure: no Lit, no DOM. */
import { formatCount } from '../../format/number.js';
import type { ${Pascal}Item } from './${name}.data.js';

export interface ${Pascal}Row {
  label: string;
  /** The value as the reader sees it: \`1,250\` in English. */
  value: string;
}

export function layout${Pascal}(items: readonly ${Pascal}Item[], intlLocale: string): ${Pascal}Row[] {
  return items.map((item) => ({ label: item.label, value: formatCount(item.value, intlLocale) }));
}
`,

  [`${folder}/${name}.messages.ts`]: `/** The ${title.toLowerCase()} widget's own words, in English and Welsh. */
import type { Locale, PluralForms } from '../../i18n/messages.js';

export interface ${Pascal}Messages {
  /** The list's name for a screen reader, when there is no heading. */
  label: string;
  empty: string;
  /** How many items there are. */
  count: PluralForms;
}

export const ${camel}Messages: Record<Locale, ${Pascal}Messages> = {
  en: {
    label: '${title}',
    empty: 'Nothing to show. Give a list of items, each with a label and a value.',
    count: { one: '{n} item', other: '{n} items' }
  },
  cy: {
    label: '${title}',
    empty: 'Dim i’w ddangos. Rhowch restr o eitemau, pob un â label a gwerth.',
    count: { zero: '{n} eitem', one: '{n} eitem', two: '{n} eitem', few: '{n} eitem', many: '{n} eitem', other: '{n} eitem' }
  }
};
`,

  [`${folder}/${name}.styles.ts`]: `import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';

export const ${camel}Styles = [
  ...baseStyles,
  css\`
    :host {
      --_accent: var(--${tag}-accent, var(--_color-accent));
    }
    .count {
      margin: 0 0 var(--_space-2);
    }
    .items {
      display: grid;
      gap: var(--_space-2);
      margin: 0;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_space-2);
      padding: var(--_space-2) var(--_space-3);
      border-left: 5px solid var(--_accent);
      break-inside: avoid;
    }
    dt,
    dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      .item {
        border-left-color: CanvasText;
      }
    }
  \`
];
`,

  [`test/${name}/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/${name}/${name}.js';
import type { ${cls} } from '../../src/components/${name}/${name}.component.js';
import { layout${Pascal} } from '../../src/components/${name}/${name}.layout.js';
import { read${Pascal}, read${Pascal}Csv } from '../../src/components/${name}/${name}.data.js';
import { part, parts, settled, text } from '../helpers/element.js';

async function render(data: unknown, lang = 'en-GB') {
  const el = await fixture<${cls}>(html\`<${tag} lang=\${lang} .data=\${data}></${tag}>\`);
  await settled(el);
  return el;
}

describe('<${tag}>', () => {
  it('shows each item with its label and its value, and how many there are', async () => {
    const el = await render({ title: 'Teams', items: [{ label: 'Adoption', value: 1250 }, { label: 'Waste', value: 3 }] });
    expect(parts(el, 'label').map(text)).to.deep.equal(['Adoption', 'Waste']);
    expect(parts(el, 'value').map(text)).to.deep.equal(['1,250', '3']);
    expect(text(part(el, 'count'))).to.equal('2 items');
    expect(text(part(el, 'heading'))).to.equal('Teams');
  });

  it('leaves out a bad item, says where it is, and shows the rest', async () => {
    const el = await render([{ label: 'Adoption', value: 'many' }, { label: 'Waste', value: 3 }]);
    expect(parts(el, 'label').map(text)).to.deep.equal(['Waste']);
    expect(text(part(el, 'warnings'))).to.contain('[0].value');
  });

  it('says what is wrong when the data is not a list or an object, instead of a blank box', async () => {
    const el = await render(42);
    expect(part(el, 'error')).to.exist;
    expect(part(el, 'items')).to.equal(null);
  });

  it('speaks Welsh when the page does', async () => {
    const el = await render({ items: [{ label: 'Mabwysiadu', value: 1 }] }, 'cy');
    expect(text(part(el, 'count'))).to.equal('1 eitem');
  });

  it('reads CSV with a label and a value on each line, and says on which line a value is bad', () => {
    const good = read${Pascal}Csv('label,value\\nAdoption,5\\nWaste,2\\n');
    expect(good.value?.items).to.deep.equal([{ label: 'Adoption', value: 5 }, { label: 'Waste', value: 2 }]);
    const bad = read${Pascal}Csv('label,value\\nAdoption,five\\nWaste,2\\n');
    expect(bad.value?.items).to.deep.equal([{ label: 'Waste', value: 2 }]);
    expect(bad.problems.map((p) => [p.line, p.path])).to.deep.equal([[2, 'value']]);
  });

  it('lays out values for the language (pure layout)', () => {
    expect(layout${Pascal}([{ label: 'A', value: 1234567 }], 'en-GB')).to.deep.equal([{ label: 'A', value: '1,234,567' }]);
    expect(read${Pascal}({ items: [] }).value?.items).to.deep.equal([]);
  });
});
`,

  [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/${name}/${name}.js';
import sample from '../demo/data/${name}.json';

interface Args {
  heading: string;
  data: unknown;
}

const meta = {
  title: 'Widgets/${title}',
  component: '${tag}',
  args: { heading: '', data: sample },
  render: ({ heading, data }) => html\`<${tag} heading=\${heading} .data=\${data}></${tag}>\`
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The sample data (demo/data/${name}.json). */
export const Items: Story = {};

/** Loaded from a file with \`src\` (served from demo/data). */
export const FromAFile: Story = {
  render: () => html\`<${tag} src="data/${name}.json"></${tag}>\`
};

/** A bad item is left out and listed by place; the rest are shown. */
export const BadItem: Story = {
  args: { data: { items: [{ label: 'Adoption', value: 'many' }, { label: 'Waste disposal', value: 3 }] } }
};

/** In Welsh. */
export const Welsh: Story = {
  render: ({ data }) => html\`<${tag} lang="cy" .data=\${data}></${tag}>\`
};
`,

  [`demo/data/${name}.json`]: `${JSON.stringify(
    {
      title: `${title} (illustrative)`,
      items: [
        { label: 'Adoption Central England', value: 5 },
        { label: 'Shared waste disposal', value: 3 },
        { label: 'Shared legal service', value: 2 }
      ]
    },
    null,
    2
  )}\n`
};

for (const [file, body] of Object.entries(files)) {
  if (existsSync(path.join(root, file))) fail(`${file} already exists`);
}
for (const [file, body] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), body);
  console.log(`wrote ${file}`);
}

// The registry: its size budget (measured for the empty widget; raise it with a reason as it grows)
// and what the demo page gives it until someone places it in the page.
registry.widgets.push({
  name,
  tag,
  class: cls,
  rendered: '[part~="items"]',
  budget: { kb: 22, why: 'Made by npm run new-widget: the empty widget is about 19.5 KB gzip, nearly all of it the shared code every widget carries (Lit, the data controller with live data, the data checks and state boxes, their words).' },
  demo: { heading: title, attributes: { src: `./data/${name}.json` } }
});
// The bundle carries every widget: the new one's own code (about 2.1 KB gzip for the empty widget;
// the shared code is in the bundle already) raises its budget.
registry.bundle.kb += 3;
registry.bundle.why += ` Plus 3 KB for <${tag}>'s own code (npm run new-widget).`;
writeFileSync(registryFile, JSON.stringify(registry, null, 2) + '\n');
console.log('added it to src/widgets.json');
for (const file of writeFromRegistry(registry.widgets)) console.log(`wrote ${file} from the registry`);

// Its section in the README, before the note on custom-elements.json that ends the list of elements;
// the build fills the tables between the markers from the component's JSDoc.
const readmeFile = path.join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const anchor = '`custom-elements.json` (written by `npm run build`)';
const at = readme.indexOf(anchor);
if (at < 0) fail(`README.md has lost the line starting ${anchor}: add the section for <${tag}> by hand`);
const section = `### \`<${tag}>\`: ${title.toLowerCase()}

\`\`\`html
<${tag} src="${name}.json"></${tag}>
\`\`\`

Takes \`{ "title"?, "items": [{ "label", "value" }] }\`, a bare list of items, or CSV with the header
\`label,value\`. (Made by \`npm run new-widget\`: say here what it shows, for whom, and what it promises.)

<!-- reference:${tag}:start (made by \`npm run docs\` from custom-elements.json; do not edit by hand) -->
<!-- reference:${tag}:end -->

`;
writeFileSync(readmeFile, readme.slice(0, at) + section + readme.slice(at));
console.log('added its section to README.md (the build fills its tables)');

// The Welsh review list (test:release checks it): the new words are listed as machine-drafted.
execFileSync('node', ['scripts/welsh-review.mjs'], { cwd: root, stdio: 'inherit' });

console.log(`
<${tag}> is ready. Next:
  npm run build && npx web-test-runner "test/${name}/**/*.test.ts" && npm run size
  npm run storybook   (its stories: Widgets/${title})
Then follow docs/adding-a-widget.md: write what it shows in the component's JSDoc and the README,
have a Welsh speaker check its words, and place it in demo/index.html.`);
