// The command line and the builder page, built apart from the widgets' bundles (called by
// scripts/build.mjs), so that their dependencies (commander, read-excel-file, write-excel-file,
// jsonc-parser) never reach a widget's file.
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

/** dist/cli/index.js: an ES module for Node with its shebang; the package's dependencies stay imports. */
export async function buildCli(outDir = 'dist') {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/cli/main.ts',
      outDir: `${outDir}/cli`,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: 'index.js', banner: '#!/usr/bin/env node' } }
    }
  });
  await chmod(`${outDir}/cli/index.js`, 0o755);
}

/**
 * dist/builder/: the builder page as static files (HTML, one script, styles), with relative
 * addresses, so that a council can copy the folder onto any web server or intranet.
 */
export async function buildBuilder(outDir = 'dist') {
  await build({
    configFile: false,
    logLevel: 'warn',
    base: './',
    root: 'builder',
    build: {
      outDir: resolve(outDir, 'builder'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
      // One file holding every widget and the workbook readers (about 155 KB gzip): a tool page, not a widget.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: 'builder/index.html' }
    }
  });
}
