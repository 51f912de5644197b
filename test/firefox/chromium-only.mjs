// Tests that do not run in Firefox, each with its reason, printed at the start of every Firefox run.
// They use the test server's `emulate-media-features` and `ax-tree` commands, which work through
// Chromium's DevTools protocol; Firefox speaks WebDriver BiDi only, which (in puppeteer-core 24 and
// Firefox ESR) can neither emulate forced colours, reduced motion or print media, nor give the
// accessibility tree. They still run in Chromium on every `npm test`.
// `title` is the test's own title (the `it` text), `file` where it is.

const FORCED = 'forced colours are switched on through the DevTools protocol (Emulation.setEmulatedMedia)';
const PRINT = 'print media is switched on through the DevTools protocol (Emulation.setEmulatedMedia)';
const MOTION = 'reduced motion is switched on through the DevTools protocol (Emulation.setEmulatedMedia)';
const TREE = "the accessibility tree is read through the DevTools protocol (Accessibility.getFullAXTree)";

export const chromiumOnly = [
  { file: 'test/core/colours.test.ts', title: 'every widget’s text is readable in forced colours, on a dark page', reason: FORCED },
  { file: 'test/core/colours.test.ts', title: 'A-M10: every widget paints its own background in forced colours, so its text reads on a page’s dark image', reason: FORCED },
  { file: 'test/core/preferences.test.ts', title: 'draws marks and text in system colours when forced colours are on', reason: FORCED },
  { file: 'test/core/preferences.test.ts', title: 'stops the loading animation when reduced motion is asked for', reason: MOTION },
  { file: 'test/core/preferences.test.ts', title: 'prints the chart without its buttons or tooltip', reason: PRINT },
  { file: 'test/partnership-map/partnership-map.test.ts', title: 'tells highlighted areas apart by system colours when forced colours are on, and prints the list', reason: FORCED },
  { file: 'test/readiness-checklist/readiness-checklist.test.ts', title: 'prints every item with its status, note and owner, and the date, without the controls', reason: PRINT },
  { file: 'test/readiness-checklist/readiness-checklist.test.ts', title: 'keeps status tags readable in forced colours, with a border in the text colour', reason: FORCED },
  { file: 'test/savings-chart/savings-chart.audit.test.ts', title: 'gives each series its own bar texture and point shape, also in forced colours', reason: FORCED },
  { file: 'test/partnership-map/partnership-map.audit.test.ts', title: 'A-S2: in forced colours, focus stands apart from the marked areas', reason: FORCED },
  { file: 'test/partnership-map/partnership-map.audit.test.ts', title: 'A-S3: names the kind of service everywhere, and marks each kind with its own pattern, in forced colours too', reason: FORCED },
  { file: 'test/partner-roster/partner-roster.audit.test.ts', title: 'leaves the drawn sort arrows out of the sort buttons’ accessible names', reason: TREE },
  { file: 'test/readiness-checklist/readiness-checklist.audit.test.ts', title: 'A-M9: every item’s status radios are in the accessibility tree at load, off screen or not', reason: TREE },
  { file: 'test/savings-chart/savings-chart.audit.test.ts', title: 'is described once: the summary is the chart’s description, not read a second time as text', reason: TREE }
];

/**
 * A script for the test page, run before mocha defines `it`: a test listed here is registered with no
 * body (so mocha reports it as skipped, "pending") and its reason in its title; the rest as written.
 */
export const skipScript = `(() => {
  const reasons = new Map(${JSON.stringify(chromiumOnly.map((t) => [t.title, t.reason]))});
  let real;
  const it = function (title, fn) {
    return reasons.has(title) ? real.call(this, title + ' [Chromium only: ' + reasons.get(title) + ']') : real.call(this, title, fn);
  };
  Object.defineProperty(window, 'it', { configurable: true, get: () => (real ? it : undefined), set: (value) => { real = value; } });
})();`;
