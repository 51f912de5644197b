// The browser tests again in Firefox ESR (Debian's firefox-esr, FIREFOX_PATH to use another), driven by
// puppeteer-core over WebDriver BiDi: nothing is downloaded. Files, plugins, middleware and timeouts
// come from the main configuration, so nothing is kept twice; only the browser differs, and coverage
// (collected through the DevTools protocol, Chromium's alone) is left to the Chromium run.
// Tests that need Chromium's DevTools protocol (the emulate-media-features and ax-tree commands) skip
// are skipped here, each with its reason, listed in test/firefox/chromium-only.mjs and printed at
// the start of the run.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import main from '../../web-test-runner.config.mjs';
import { chromiumOnly, skipScript } from './chromium-only.mjs';

const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(executablePath)) {
  console.error(
    `\nNo Firefox found at ${executablePath}.\n` +
      "Install Debian's Firefox ESR (sudo apt-get install -y firefox-esr), or point FIREFOX_PATH at a Firefox.\n"
  );
  process.exit(1);
}

console.log(
  `\nIn Firefox, ${chromiumOnly.length} tests run in Chromium only (test/firefox/chromium-only.mjs):\n` +
    chromiumOnly.map((t) => `  - ${t.file}: "${t.title}": ${t.reason}`).join('\n') +
    '\n'
);

/**
 * The DevTools-protocol commands in Firefox: putting the media back as it was (every test's clean-up)
 * is nothing to do; anything else is a test that belongs in chromium-only.mjs, and says so.
 */
function chromiumCommands() {
  return {
    name: 'chromium-commands-in-firefox',
    executeCommand({ command, payload }) {
      if (command === 'emulate-media-features' && !payload?.media && !payload?.features?.length) return true;
      if (command !== 'emulate-media-features' && command !== 'ax-tree') return undefined;
      throw new Error(`${command} needs Chromium's DevTools protocol: list the test in test/firefox/chromium-only.mjs with the reason`);
    }
  };
}

const CHROMIUM_PLUGINS = ['emulate-media-features', 'ax-tree'];

export default {
  ...main,
  plugins: [chromiumCommands(), ...main.plugins.filter((p) => !CHROMIUM_PLUGINS.includes(p.name))],
  // The Chromium-only tests are reported as skipped, their reason in their titles.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>${skipScript}</script><script type="module" src="${testFramework}"></script></head><body></body></html>`,
  coverage: false,
  // Firefox takes longer than Chromium to start (about 30 s on this machine when busy).
  browserStartTimeout: 180000,
  browsers: [
    chromeLauncher({
      // A custom puppeteer instance makes the launcher pass `browser` through (puppeteer-core itself:
      // it launches the executable given and downloads nothing).
      puppeteer: puppeteerCore,
      // The test page is brought to the front: Firefox fires no focus events in a window that is not
      // active, so keyboard tests would see no focus at all.
      // Each test file's page is brought to the front as it opens (pages are reused between files).
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const goto = page.goto.bind(page);
        page.goto = async (...args) => {
          await page.bringToFront();
          return goto(...args);
        };
        return page;
      },
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: {
          // Timers and frames at full speed in a tab in the background, as the Chromium run's flags do.
          'dom.min_background_timeout_value': 0,
          'dom.timeout.enable_budget_timer_throttling': false,
          // No update checks, telemetry or first-run pages: no requests to anywhere.
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'app.normandy.enabled': false,
          'messaging-system.rsexperimentloader.enabled': false,
          'services.settings.server': 'http://127.0.0.1:9/',
          'browser.safebrowsing.update.enabled': false,
          'extensions.update.enabled': false,
          'browser.search.update': false,
          'datareporting.healthreport.uploadEnabled': false,
          'toolkit.telemetry.server': '',
          'browser.backup.enabled': false,
          // Downloads (CSV, JSON, SVG and PNG exports) saved quietly to a temporary folder: the downloads
          // panel would take the focus from the test page.
          'browser.download.folderList': 2,
          'browser.download.dir': path.join(tmpdir(), 'shared-services-widgets-firefox-downloads'),
          'browser.download.useDownloadDir': true,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
          'browser.download.start_downloads_in_tmp_dir': true,
          'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,image/svg+xml,image/png'
        }
      }
    })
  ]
};
