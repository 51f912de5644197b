// What `npm run build` writes to dist/: one self-contained file per entry, the bundle (all widgets, also
// as a classic script) and one per widget in the registry (src/widgets.json).
import { gzipSync } from 'node:zlib';
import { widgetPaths, widgets } from './widgets.mjs';

export const libraryEntries = [
  { name: 'shared-services-widgets', entry: 'src/index.ts', iife: true, chart: true },
  // `chart`: the file holds the savings chart, which terser's `reduce_funcs` slows (terserPass).
  ...widgets.map((w) => ({ name: w.name, entry: widgetPaths(w).entry, iife: false, chart: w.name === 'savings-chart' }))
];

/**
 * Lit's css`` blocks are kept as written by the minifier; this squeezes their whitespace and
 * comments (only blocks without `${`, so nothing interpolated is touched).
 */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/css`([^`]*)`/g, (whole, body) => {
        if (body.includes('${')) return whole;
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};>])\s*/g, '$1')
          .replace(/,\s+/g, ',')
          .replace(/;}/g, '}')
          // "prop: value" straight after { or ; is a declaration (a selector's ":hover" has no space).
          .replace(/([{;])([\w-]+):\s+/g, '$1$2:')
          .trim();
        return `css\`${min}\``;
      });
    }
  };
}

/**
 * Lit's html`` and svg`` templates are kept as written too, with each line's indentation. This takes
 * the spaces and tabs after a line break out of their text (never the line break itself, never
 * anything inside `${…}`): in the widgets' markup, where no element keeps white space as written
 * (no <pre>; textarea content and pre-wrap notes are set from values), that white space collapses to
 * the same one space when drawn and in accessible names. About 0.26 KB gzip on the bundle (issue 18
 * item 5). Templates are found with TypeScript's parser, so strings and comments that look like one
 * are left alone.
 */
export function squeezeTemplateIndents() {
  let ts;
  return {
    name: 'squeeze-template-indents',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      ts ??= (await import('typescript')).default;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const texts = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
          const t = node.template;
          for (const part of ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)]) {
            texts.push([part.getStart(file), part.getEnd()]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      // From the last to the first, so that earlier positions still hold (the texts never overlap).
      for (const [start, end] of texts.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + out.slice(start, end).replace(/\n[ \t]+/g, '\n') + out.slice(end);
      }
      return out === code ? null : out;
    }
  };
}

/**
 * The Trusted Types policy name of each built file: `shared-services-widgets` for the bundle (ES and
 * classic), `shared-services-widgets-<widget>` for a widget's own file. Lit names its policy
 * `lit-html` and throws when the name is taken or not allowed, so two files on a page (or a page's own
 * Lit) broke each other under `trusted-types` without `'allow-duplicates'`. Here each file asks for its
 * own name and never throws: a copy of a file already on the page needs no policy (its elements are
 * registered), and a widget whose name the page does not allow says so instead of staying blank.
 * docs/embedding/csp.md lists the names; test pages check every combination it names.
 */
export const policyName = (entry) => (entry.name === 'shared-services-widgets' ? entry.name : `shared-services-widgets-${entry.name}`);

export function trustedTypesPolicy(entry) {
  const name = policyName(entry);
  return {
    name: 'trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const call = /(\w+)\.createPolicy\(\s*["'`]lit-html["'`]\s*,\s*(\{\s*createHTML\s*:\s*\(?(\w+)\)?\s*=>\s*\3\s*\})\s*\)/;
      if (!call.test(code)) throw new Error(`lit-html's Trusted Types policy was not found in ${id}: check the lit-html version`);
      // A copy of this file already on the page made the policy (and registered the elements): asking
      // again would be refused and reported as a violation, so only a flag is shared, never the policy.
      const made = `Symbol.for(${JSON.stringify(`${name}:made`)})`;
      return code.replace(
        call,
        (_, tt, options) => `(globalThis[${made}]?void 0:(()=>{try{const p=${tt}.createPolicy(${JSON.stringify(name)},${options});globalThis[${made}]=!0;return p}catch{return void 0}})())`
      );
    }
  };
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * A second minifying pass with terser over each file the first minifier (Vite's, Oxc) wrote: terser's
 * compressor finds what Oxc leaves (issue 18 item 5, measured 30 Nov 2026 on the same sources: the bundle
 * 0.74 KB gzip smaller, each widget's file 0.19-0.48 KB; terser alone, `build.minify: 'terser'`, gained
 * about 0.2 KB more for about five times this pass's time). Options are terser's safe defaults (no `unsafe*`,
 * no property mangling: renaming members gained nothing in gzip when measured), except `reduce_funcs`
 * where the file holds the chart (below). An ES module may have
 * its top level renamed; a classic script keeps its global (`SharedServicesWidgets`). Licence comments
 * stay. The files have no source map here; `npm run size:modules` builds without this pass.
 */
export function terserPass(format, entry) {
  // Not `reduce_funcs` in the files that hold the savings chart: it turns a function called once into a
  // function expression at its call (the chart's line marks, inside the map over series), which V8 ran
  // far slower: the chart's 10,000-point first render took 22-31 ms (medians of 40) with it and 14-17
  // without, in one session (30 Nov 2026), for 0.6 KB gzip of the bundle. The other widgets' files keep
  // it (the map's file needs its 0.25 KB to stay within its budget); no hot path was found slowed there.
  const reduceFuncs = !entry.chart;
  return {
    name: 'terser-pass',
    async generateBundle(_, bundle) {
      const { minify } = await import('terser');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          ecma: 2020,
          module: format === 'es',
          compress: { passes: 2, reduce_funcs: reduceFuncs },
          format: { comments: 'some' }
        });
        // Kept only when smaller as served (gzip): the council register's file, mostly data, is not.
        if (gzip(result.code) < gzip(chunk.code)) chunk.code = result.code;
      }
    }
  };
}

/** Vite's library-mode settings for one entry in one format. */
export function libraryConfig(entry, format, outDir = 'dist') {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals(), squeezeTemplateIndents(), trustedTypesPolicy(entry), terserPass(format, entry)],
    // The file's policy name, for the message a widget shows when the page's Trusted Types forbid it.
    define: { __TRUSTED_TYPES_POLICY__: JSON.stringify(policyName(entry)) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      // Vite leaves an ES library's whitespace and tree-shaking annotations (`@__PURE__`) for the app
      // that bundles it; these files are served as they are, so minify them fully and drop the
      // annotations (licence comments stay).
      rollupOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
      lib: {
        entry: entry.entry,
        name: 'SharedServicesWidgets',
        formats: [format],
        fileName: () => (format === 'iife' ? `${entry.name}.iife.js` : `${entry.name}.js`)
      }
    }
  };
}
