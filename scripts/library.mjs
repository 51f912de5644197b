// What `npm run build` writes to dist/: one self-contained file per entry.
export const libraryEntries = [
  { name: 'shared-services-widgets', entry: 'src/index.ts', iife: true },
  { name: 'key-figures', entry: 'src/components/key-figures/key-figures.ts', iife: false },
  { name: 'savings-chart', entry: 'src/components/savings-chart/savings-chart.ts', iife: false },
  { name: 'partner-roster', entry: 'src/components/partner-roster/partner-roster.ts', iife: false },
  { name: 'readiness-checklist', entry: 'src/components/readiness-checklist/readiness-checklist.ts', iife: false },
  { name: 'partnership-map', entry: 'src/components/partnership-map/partnership-map.ts', iife: false }
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

/** Vite's library-mode settings for one entry in one format. */
export function libraryConfig(entry, format, outDir = 'dist') {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals()],
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
