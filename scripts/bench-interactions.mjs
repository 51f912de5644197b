// `npm run bench -- interactions` (issue 18, "Done when"): every widget of the demo page on 10 and
// 100 times the demo's data (test/bench/interactions-bench.js builds them), acted on with real
// keyboard and pointer input through the DevTools protocol, as a user would: arrow keys, pointing,
// buttons, sorting, filtering, typing. For each action, the longest task it caused (the browser's
// long tasks: over 50 ms; "none" when there was none), and the most CPU time the page's main thread
// spent in one task meanwhile (from a trace: on a busy machine a task's wall time grows with the
// load, its CPU time hardly). Wanted: no task over 50 ms at 10 times; at 100 times, nothing that
// freezes (no task of a second or more), and ideally no long task either.

/** The widget `id`'s first element matching `selector` in its shadow root. */
const inWidget = (page, id, selector) =>
  page.evaluateHandle((i, s) => document.getElementById(i)?.shadowRoot?.querySelector(s) ?? null, id, selector);

/** The widget `id`'s first button whose words or label match `pattern`. */
const buttonIn = (page, id, pattern) =>
  page.evaluateHandle(
    (i, source) => {
      const re = new RegExp(source, 'i');
      return [...(document.getElementById(i)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => re.test(b.textContent ?? '') || re.test(b.getAttribute('aria-label') ?? '')) ?? null;
    },
    id,
    pattern.source
  );

async function present(handle, what) {
  if (!(await handle.evaluate((el) => el instanceof Element))) throw new Error(`not found: ${what}`);
  return handle;
}

async function focus(handle) {
  await handle.evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  });
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Moves the pointer across `handle`'s box in `steps` moves, from left to right through its middle. */
async function sweep(page, handle, steps = 20) {
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await handle.boundingBox();
  if (!box) throw new Error('nothing to point at');
  for (let i = 0; i <= steps; i++) await page.mouse.move(box.x + (box.width * (i + 0.5)) / (steps + 1), box.y + box.height * (0.3 + (0.4 * i) / steps));
  await page.mouse.move(0, 0);
}

/** Each action: the widget it acts on, what a user does, and the doing. */
export const ACTIONS = [
  ['savings chart (series)', 'arrow keys through 10 points', async (p) => { await focus(await present(await inWidget(p, 'national', '[part~="chart"]'), 'chart')); await press(p, 'ArrowRight', 10); }],
  ['savings chart (series)', 'End, then Home', async (p) => { await press(p, 'End'); await press(p, 'Home'); }],
  ['savings chart (series)', 'pointer across the plot', async (p) => sweep(p, await present(await inWidget(p, 'national', '[part~="svg"]'), 'chart svg'))],
  ['savings chart (series)', 'show the data table', async (p) => (await present(await buttonIn(p, 'national', /data table/), 'table button')).click()],
  ['savings chart (series)', 'download the data (CSV)', async (p) => (await present(await buttonIn(p, 'national', /\(CSV\)/), 'CSV button')).click()],
  ['savings chart (partnerships)', 'arrow keys through 10 points', async (p) => { await focus(await present(await inWidget(p, 'savings-chart', '[part~="chart"]'), 'chart')); await press(p, 'ArrowRight', 10); await press(p, 'ArrowDown', 3); }],
  ['savings chart (partnerships)', 'show the data table', async (p) => (await present(await buttonIn(p, 'savings-chart', /data table/), 'table button')).click()],
  ['partnership map (built-in)', 'arrow keys through 10 councils', async (p) => { await focus(await present(await inWidget(p, 'partnership-map', 'svg [tabindex="0"]'), 'map item')); await press(p, 'ArrowRight', 5); await press(p, 'ArrowDown', 5); }],
  ['partnership map (built-in)', 'Enter: select a council', async (p) => press(p, 'Enter')],
  ['partnership map (built-in)', 'pointer across the map', async (p) => sweep(p, await present(await inWidget(p, 'partnership-map', '[part~="svg"]'), 'map svg'))],
  ['partnership map (built-in)', 'zoom out and back', async (p) => { const zoom = await present(await inWidget(p, 'partnership-map', '[part~="controls"] button:not([aria-controls])'), 'zoom button'); await zoom.click(); await zoom.click(); }],
  ['partnership map (built-in)', 'show as a list', async (p) => (await present(await inWidget(p, 'partnership-map', 'button[aria-controls="list"]'), 'list button')).click()],
  ['partnership map (network)', 'arrow keys through 10 nodes', async (p) => { await focus(await present(await inWidget(p, 'network', 'svg [tabindex="0"]'), 'network item')); await press(p, 'ArrowRight', 5); await press(p, 'ArrowDown', 5); }],
  ['partnership map (network)', 'pointer across the network', async (p) => sweep(p, await present(await inWidget(p, 'network', '[part~="svg"]'), 'network svg'))],
  ['partner roster', 'sort by council, then again', async (p) => { const sort = await present(await inWidget(p, 'partner-roster', 'button.sort'), 'sort button'); await sort.click(); await sort.click(); }],
  ['partner roster', 'type "bo" in the filter, then clear it', async (p) => { const filter = await present(await inWidget(p, 'partner-roster', '[part~="filter"]'), 'filter'); await focus(filter); await p.keyboard.type('bo'); await press(p, 'Backspace', 2); }],
  ['partner roster', 'group by role', async (p) => (await present(await inWidget(p, 'partner-roster', 'select#group'), 'group select')).select('role')],
  ['partner roster', 'show all partners', async (p) => { const more = await buttonIn(p, 'partner-roster', /^Show all/); if (await more.evaluate((b) => b instanceof Element)) await more.click(); }],
  ['readiness checklist', 'choose Done on an item halfway down', async (p) => { const radio = await present(await p.evaluateHandle(() => { const items = document.getElementById('readiness-checklist').shadowRoot.querySelectorAll('[part~="item"]'); return items[items.length >> 1]?.querySelector('input[value="done"]') ?? null; }), 'radio'); await focus(radio); await radio.click(); }],
  ['readiness checklist', 'arrow key to the next status', async (p) => press(p, 'ArrowRight')],
  ['readiness checklist', 'open its fields and type a note', async (p) => { await press(p, 'Tab'); await press(p, 'Enter'); const note = await present(await p.evaluateHandle(() => { const items = document.getElementById('readiness-checklist').shadowRoot.querySelectorAll('[part~="item"]'); return items[items.length >> 1]?.querySelector('textarea') ?? null; }), 'note field'); await focus(note); await p.keyboard.type('Agreed at the board.'); await press(p, 'Tab'); }]
];

/**
 * The renderer's main-thread tasks in a trace, with their wall time and their CPU time (`tdur`: the
 * thread's own time, which a busy machine does not lengthen), in ms.
 */
function mainTasks(trace) {
  const events = JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
  if (!main) return [];
  return events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && Number.isFinite(e.dur) && e.pid === main.pid && e.tid === main.tid).map((e) => ({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }));
}

/** Runs every action at each scale; returns the rows and the longest task per scale. */
export async function runInteractions(page, scales = [10, 100]) {
  await page.waitForFunction('window.interactionsReady === true');
  const rows = [];
  const worst = {};
  for (const scale of scales) {
    const setup = await page.evaluate((s) => window.setupInteractions(s), scale);
    if (setup.errors.length) throw new Error(`at ${scale} times, these widgets showed an error: ${setup.errors.join(', ')}`);
    const sizes = `${setup.sizes.partnerships} partnerships, ${setup.sizes.partners} partners, ${setup.sizes.points} points, ${setup.sizes.items} items`;
    rows.push({ scale: `×${scale}`, widget: `all (${sizes})`, action: 'first drawing (not an interaction)', 'longest task, ms': setup.longest ? Math.round(setup.longest) : 'none' });
    worst[scale] = { wall: 0, cpu: 0 };
    for (const [widget, action, act] of ACTIONS) {
      await page.evaluate('window.settle()');
      const mark = await page.evaluate('window.longTaskMark()');
      await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline'] });
      let failed = '';
      try {
        await act(page);
      } catch (error) {
        failed = ` (could not: ${error.message})`;
      }
      await page.evaluate('window.settle()');
      const tasks = mainTasks(await page.tracing.stop());
      const longest = await page.evaluate((m) => window.longestSince(m), mark);
      const cpu = Math.max(0, ...tasks.map((t) => t.cpu));
      worst[scale].wall = Math.max(worst[scale].wall, longest);
      worst[scale].cpu = Math.max(worst[scale].cpu, cpu);
      rows.push({ scale: `×${scale}`, widget, action: action + failed, 'longest task, ms': longest ? Math.round(longest) : 'none', 'most CPU in one task, ms': Math.round(cpu) });
    }
  }
  return { rows, worst };
}
