// The SharePoint web part's browser tests, run from the repository root with its @web/test-runner
// (npm run test:sharepoint): mapping.test.ts (pure functions) and web-part.test.ts (the web part
// class in Chromium). SPFx's modules are swapped for the small stand-ins in ./stand-ins/, and the
// library for the built dist/shared-services-widgets.js, the file the package bundles.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}

const STAND_INS = {
  '@microsoft/sp-core-library': '/sharepoint/test/stand-ins/sp-core-library.ts',
  '@microsoft/sp-component-base': '/sharepoint/test/stand-ins/sp-component-base.ts',
  '@microsoft/sp-property-pane': '/sharepoint/test/stand-ins/sp-property-pane.ts',
  '@microsoft/sp-webpart-base': '/sharepoint/test/stand-ins/sp-webpart-base.ts',
  'shared-services-widgets': '/dist/shared-services-widgets.js'
};

function standIns() {
  return {
    name: 'spfx-stand-ins',
    resolveImport({ source }) {
      if (source in STAND_INS) return STAND_INS[source];
      if (source.startsWith('@microsoft/')) throw new Error(`No test stand-in for ${source}: add one to sharepoint/test/stand-ins/`);
      return undefined;
    }
  };
}

export default {
  rootDir: '.',
  files: ['sharepoint/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  plugins: [standIns(), esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run']
      }
    })
  ],
  concurrency: 1,
  // A busy 2-core machine can take more than the default 30 s to open a test page.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testFramework: { config: { timeout: 10000 } }
};
