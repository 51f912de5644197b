// Runs in the page. For each widget and size, times first render and a data update, two ways:
// - "sync": from setting the data until the update has run and the page is laid out (a layout
//   property is read), so figures are not rounded to animation frames;
// - "frame": until the next frame after that, which includes paint but is rounded to frames.
// Chart.js (a dev dependency, never in the bundle) draws the same data on a canvas, for comparison.
import { stage, nextFrame, settle } from './timing.js';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function figures(n, offset = 0) {
  return {
    figures: Array.from({ length: n }, (_, i) => ({
      value: (i + 1 + offset) * 1_234_567,
      format: i % 2 ? 'currency' : 'number',
      label: `Figure ${i + 1}`,
      source: { name: 'Bench', url: 'https://example.org/' }
    }))
  };
}

/** `series` series of `points` in-year amounts over financial years (or days, for long series). */
function savings(series, points, offset = 0) {
  const period = (i) =>
    points > 60 ? new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10) : `${1990 + i}/${String((1991 + i) % 100).padStart(2, '0')}`;
  return {
    series: Array.from({ length: series }, (_, s) => ({
      id: `s${s}`,
      name: `Series ${s + 1}`,
      points: Array.from({ length: points }, (_, i) => ({
        period: period(i),
        amount: points > 60 ? (i + 1) * 1000 + ((i * 7919 + offset) % 500) : 100_000 + ((i * 7919 + s * 104729 + offset * 13) % 50_000),
        kind: points > 60 ? 'cumulative' : 'in-year'
      }))
    }))
  };
}

function chartJsConfig(data) {
  const labels = data.series[0].points.map((p) => p.period);
  const datasets = data.series.flatMap((s) => {
    let total = 0;
    const cumulative = s.points.map((p) => (p.kind === 'cumulative' ? p.amount : (total += p.amount)));
    const line = { type: 'line', label: `${s.name} cumulative`, data: cumulative, pointRadius: s.points.length > 400 ? 0 : 3 };
    return s.points[0].kind === 'cumulative' ? [line] : [{ type: 'bar', label: s.name, data: s.points.map((p) => p.amount) }, line];
  });
  return { data: { labels, datasets }, options: { animation: false, responsive: false, plugins: { legend: { display: true } } } };
}

/**
 * The main thread's CPU time in seconds, where the page driving the bench gave one (`npm run bench:ab`:
 * the DevTools protocol's `ThreadTime`). Unlike the time on the clock, it does not grow when the
 * machine gives the page's thread less of its cores, which on two cores moved wall-clock rows by 20%
 * from one run to the next. The call is made outside the timed part; in the frame figures it is not.
 */
async function timeRuns(runs, create, update) {
  const cpuNow = globalThis.cpuNow;
  const out = { first: [], update: [], firstFrame: [], updateFrame: [], firstCpu: [], updateCpu: [] };
  for (let run = 0; run < runs; run++) {
    stage.replaceChildren();
    await settle();
    let cpu = cpuNow ? await cpuNow() : 0;
    let start = performance.now();
    const handle = await create();
    void stage.offsetHeight;
    out.first.push(performance.now() - start);
    if (cpuNow) out.firstCpu.push(((await cpuNow()) - cpu) * 1000);
    await nextFrame();
    out.firstFrame.push(performance.now() - start);
    await settle();
    cpu = cpuNow ? await cpuNow() : 0;
    start = performance.now();
    await update(handle);
    void stage.offsetHeight;
    out.update.push(performance.now() - start);
    if (cpuNow) out.updateCpu.push(((await cpuNow()) - cpu) * 1000);
    await nextFrame();
    out.updateFrame.push(performance.now() - start);
    if (handle && handle.destroy) handle.destroy();
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length ? median(v) : NaN]));
}

/** The CPU-time columns, where there are any. */
const cpuColumns = (r) => (Number.isFinite(r.firstCpu) ? { 'first (cpu)': ms(r.firstCpu), 'update (cpu)': ms(r.updateCpu) } : {});

async function widget(tag, data, next, ready) {
  const el = document.createElement(tag);
  el.data = data;
  stage.append(el);
  await el.updateComplete;
  while (el.hasAttribute('aria-busy') || !el.shadowRoot.querySelector(ready)) await el.updateComplete;
  return { el, next };
}

/**
 * As `widget`, but waits (frame by frame) until there are `count` of `selector` in it: a long list
 * drawn a part a frame (the checklist's items), timed until all of it is there.
 */
async function widgetWhole(tag, data, next, selector, count) {
  const handle = await widget(tag, data, next, selector);
  while (handle.el.shadowRoot.querySelectorAll(selector).length < count) await new Promise(requestAnimationFrame);
  return handle;
}

async function updateWhole(handle, selector, count) {
  await updateWidget(handle);
  const last = handle.next.sections.at(-1).items.at(-1).id;
  while (handle.el.shadowRoot.querySelectorAll(selector).length < count || !handle.el.shadowRoot.querySelector(`[data-item="${last}"]`)) await new Promise(requestAnimationFrame);
}

/** Waits until the new data is on screen: the host stays aria-busy until its data task has finished. */
async function updateWidget({ el, next }) {
  el.data = next;
  await el.updateComplete;
  while (el.hasAttribute('aria-busy')) await el.updateComplete;
  await el.updateComplete;
}

function chartJs(data, next) {
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 440;
  stage.append(canvas);
  // eslint-disable-next-line no-undef
  const chart = new Chart(canvas, chartJsConfig(data));
  chart.nextData = chartJsConfig(next).data;
  return chart;
}

function updateChartJs(chart) {
  chart.data.datasets.forEach((d, i) => (d.data = chart.nextData.datasets[i].data));
  chart.update('none');
}

const ms = (x) => x.toFixed(1);

function partners(n) {
  return {
    partners: Array.from({ length: n }, (_, i) => ({
      council: `E0700${String(i).padStart(4, '0')}`,
      name: `Council ${i}`,
      role: ['lead', 'host', 'partner'][i % 3],
      share: ((i * 37) % 100) / 100,
      joined: `${2000 + (i % 20)}-0${1 + (i % 9)}`,
      services: [['Adoption', 'Waste', 'Legal', 'ICT'][i % 4]],
      contact: { name: `Officer ${i}`, email: `officer${i}@council${i}.example.org`, phone: '024 7683 3333' }
    }))
  };
}

/** Sorting and filtering a roster: from the user's action until the table is updated and laid out. */
async function rosterInteractions(runs) {
  stage.replaceChildren();
  const el = document.createElement('shared-partner-roster');
  el.data = partners(1000);
  stage.append(el);
  while (el.hasAttribute('aria-busy') || !el.shadowRoot.querySelector('[part~="table"]')) await el.updateComplete;
  const sort = [];
  const filter = [];
  for (let run = 0; run < runs; run++) {
    await nextFrame();
    let start = performance.now();
    el.shadowRoot.querySelectorAll('thead .sort')[run % 2 ? 2 : 3].click();
    await el.updateComplete;
    void stage.offsetHeight;
    sort.push(performance.now() - start);
    await nextFrame();
    const input = el.shadowRoot.querySelector('[part~="filter"]');
    input.value = run % 2 ? 'council 1' : 'waste';
    start = performance.now();
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    void stage.offsetHeight;
    filter.push(performance.now() - start);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }
  return { sort: median(sort), filter: median(filter) };
}

/** A checklist of `n` items in sections of 10, with ids that change with `variant`. */
function checklistData(n, variant = 'a') {
  return {
    id: `bench-${variant}`,
    title: `Bench checklist ${variant}`,
    sections: Array.from({ length: Math.ceil(n / 10) }, (_, s) => ({
      id: `s${s}`,
      title: `Section ${s + 1}`,
      items: Array.from({ length: Math.min(10, n - s * 10) }, (_, i) => ({
        id: `${variant}-${s}-${i}`,
        label: `Item ${s * 10 + i + 1}: a plain-English label of typical length`,
        hint: 'A short hint, about as long as the built-in checklist’s hints are.'
      }))
    }))
  };
}

/**
 * A user changing one item's status in a checklist of `n` items, saved to localStorage: from the
 * change event until the checklist (progress, tags, blockers) is updated and laid out.
 */
async function checklistStatusChanges(n, runs) {
  stage.replaceChildren();
  localStorage.removeItem('bench-checklist');
  const el = document.createElement('shared-readiness-checklist');
  el.setAttribute('storage-key', 'bench-checklist');
  el.data = checklistData(n);
  stage.append(el);
  while (el.hasAttribute('aria-busy') || !el.shadowRoot.querySelector('[part~="item"]')) await el.updateComplete;
  const groups = el.shadowRoot.querySelectorAll('fieldset[part~="status"]');
  const statuses = ['done', 'cannot-start', 'in-progress', 'not-applicable'];
  const change = [];
  for (let run = 0; run < runs; run++) {
    await nextFrame();
    const radio = groups[(run * 37) % groups.length].querySelector(`input[value="${statuses[run % statuses.length]}"]`);
    radio.checked = true;
    const start = performance.now();
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    void stage.offsetHeight;
    change.push(performance.now() - start);
  }
  localStorage.removeItem('bench-checklist');
  return median(change);
}

window.runBench = async (runs = 15) => {
  await customElements.whenDefined('shared-savings-chart');
  await customElements.whenDefined('shared-partner-roster');
  await customElements.whenDefined('shared-readiness-checklist');
  const rows = [];
  for (const n of [3, 30, 300]) {
    const r = await timeRuns(runs, () => widget('shared-key-figures', figures(n), figures(n, 1), '[part~="figures"]'), updateWidget);
    rows.push({ widget: 'key figures', size: `${n} figures`, first: ms(r.first), update: ms(r.update), 'first (frame)': ms(r.firstFrame), 'update (frame)': ms(r.updateFrame), ...cpuColumns(r) });
  }
  for (const [series, points] of [[1, 10], [10, 40], [1, 10000]]) {
    const size = `${series} series × ${points}`;
    const data = savings(series, points);
    const next = savings(series, points, 1);
    const ours = await timeRuns(runs, () => widget('shared-savings-chart', data, next, 'svg[part~="svg"]'), updateWidget);
    const theirs = await timeRuns(runs, () => chartJs(data, next), updateChartJs);
    rows.push({ widget: 'savings chart', size, first: ms(ours.first), update: ms(ours.update), 'first (frame)': ms(ours.firstFrame), 'update (frame)': ms(ours.updateFrame), ...cpuColumns(ours) });
    rows.push({ widget: 'Chart.js 4', size, first: ms(theirs.first), update: ms(theirs.update), 'first (frame)': ms(theirs.firstFrame), 'update (frame)': ms(theirs.updateFrame), ...cpuColumns(theirs) });
    rows.push({
      widget: 'ratio (Chart.js ÷ ours)',
      size,
      first: (theirs.first / ours.first).toFixed(2),
      update: (theirs.update / ours.update).toFixed(2),
      'first (frame)': (theirs.firstFrame / ours.firstFrame).toFixed(2),
      'update (frame)': (theirs.updateFrame / ours.updateFrame).toFixed(2)
    });
  }
  const first = await timeRuns(Math.min(runs, 7), () => widget('shared-partner-roster', partners(1000), partners(1000), '[part~="table"]'), updateWidget);
  rows.push({ widget: 'partner roster', size: '1,000 partners', first: ms(first.first), update: ms(first.update), 'first (frame)': ms(first.firstFrame), 'update (frame)': ms(first.updateFrame), ...cpuColumns(first) });
  const acts = await rosterInteractions(runs);
  rows.push({ widget: 'partner roster: sort', size: '1,000 partners', first: ms(acts.sort), update: '', 'first (frame)': '', 'update (frame)': '' });
  rows.push({ widget: 'partner roster: filter', size: '1,000 partners', first: ms(acts.filter), update: '', 'first (frame)': '', 'update (frame)': '' });
  const list = await timeRuns(runs, () => widget('shared-readiness-checklist', checklistData(200), checklistData(200, 'b'), '[part~="item"]'), updateWidget);
  rows.push({ widget: 'readiness checklist', size: '200 items', first: ms(list.first), update: ms(list.update), 'first (frame)': ms(list.firstFrame), 'update (frame)': ms(list.updateFrame), ...cpuColumns(list) });
  // Drawn a part a frame: the row above is until its first part is on screen, this one until all 200 items are.
  const whole = await timeRuns(
    runs,
    () => widgetWhole('shared-readiness-checklist', checklistData(200), checklistData(200, 'b'), '[part~="item"]', 200),
    (h) => updateWhole(h, '[part~="item"]', 200)
  );
  rows.push({ widget: 'readiness checklist: all drawn', size: '200 items', first: ms(whole.first), update: ms(whole.update), 'first (frame)': ms(whole.firstFrame), 'update (frame)': ms(whole.updateFrame), ...cpuColumns(whole) });
  const status = await checklistStatusChanges(200, runs);
  rows.push({ widget: 'readiness checklist: status change', size: '200 items', first: ms(status), update: '', 'first (frame)': '', 'update (frame)': '' });
  return rows;
};
window.benchReady = true;
