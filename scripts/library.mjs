// What `npm run build` writes to dist/: one self-contained file per entry.
export const libraryEntries = [
  { name: 'shared-services-widgets', entry: 'src/index.ts', iife: true },
  { name: 'key-figures', entry: 'src/components/key-figures/key-figures.ts', iife: false }
];

/** Vite's library-mode settings for one entry in one format. */
export function libraryConfig(entry, format) {
  return {
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      // Vite leaves an ES library's whitespace for the app that bundles it; these files are served as
      // they are, so minify them fully.
      rollupOptions: { output: { minify: true } },
      lib: {
        entry: entry.entry,
        name: 'SharedServicesWidgets',
        formats: [format],
        fileName: () => (format === 'iife' ? `${entry.name}.iife.js` : `${entry.name}.js`)
      }
    }
  };
}
