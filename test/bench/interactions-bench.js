// Issue 18's "Done when": no interaction in any widget blocks the main thread for more than 50 ms at
// 10 times the demo's data, and nothing freezes at 100 times. This page side builds the demo's
// widgets (demo/index.html) on its data made `scale` times bigger and records long tasks (over 50
// ms, as the browser reports them); scripts/bench.mjs (`npm run bench -- interactions`) acts on
// the widgets with real keyboard and pointer input and reads the longest task each action caused.
import { nextFrame, stage } from './timing.js';

const long = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) long.push(entry.duration);
}).observe({ type: 'longtask' });

/** How many long tasks there have been, to read those after it with `longestSince`. */
window.longTaskMark = () => long.length;
/** The longest task since `mark` (0 when none was over 50 ms). */
window.longestSince = (mark) => Math.max(0, ...long.slice(mark));
/** Lets whatever an action started finish: two frames, then 150 ms without input. */
window.settle = async () => {
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 150));
  await nextFrame();
};

/**
 * The demo's partnerships dataset (demo/data/west-midlands.json) with `scale` times as many
 * partnerships: each a copy of one of the demo's, its partners drawn in turn from the built-in
 * register's councils of 2019 (the demo's `asAt`), so that partners, savings and services all grow
 * with it.
 */
async function scaledDataset(scale) {
  const demo = await (await fetch('/demo/data/west-midlands.json')).json();
  const register = await (await fetch('/dist/geo/councils.json')).json();
  const at = (row, field) => row[register.fields.indexOf(field)];
  const councils = register.councils.filter((c) => at(c, 'first') <= 2019 && at(c, 'last') >= 2019);
  let next = 0;
  const partnerships = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const p of demo.partnerships) {
      const partners = p.partners.map((partner) => ({ ...partner, council: at(councils[next++ % councils.length], 'code') }));
      partnerships.push({ ...p, id: `${p.id}-${copy + 1}`, name: `${p.name} ${copy + 1}`, partners });
    }
  }
  const used = new Set(partnerships.flatMap((p) => p.partners.map((x) => x.council)));
  const listed = councils
    .filter((c) => used.has(at(c, 'code')))
    .map((c) => ({ code: at(c, 'code'), name: at(c, 'name'), lat: at(c, 'lat'), lon: at(c, 'lon'), areas: [at(c, 'code')] }));
  return { ...demo, councils: listed, partnerships };
}

/** The built-in checklist has 18 items: `scale` times as many, in sections of 9. */
function scaledChecklist(scale) {
  const n = 18 * scale;
  const sections = [];
  for (let s = 0; s * 9 < n; s++) {
    sections.push({
      id: `section-${s}`,
      title: `Section ${s + 1}`,
      items: Array.from({ length: Math.min(9, n - s * 9) }, (_, i) => ({
        id: `item-${s}-${i}`,
        label: `Item ${s * 9 + i + 1}: an agreed, signed and published plan for this part of the service`,
        hint: 'A short hint, about as long as the built-in checklist’s hints are.'
      }))
    });
  }
  return { id: `bench-${scale}`, title: `Checklist at ${scale} times`, sections };
}

/** The national series (6 points) `scale` times as long: one point a quarter from 1990. */
async function scaledSeries(scale) {
  const demo = await (await fetch('/demo/data/lga-national-savings.json')).json();
  const base = demo.series[0];
  const n = base.points.length * scale;
  const points = Array.from({ length: n }, (_, i) => ({
    period: `${1990 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}`,
    amount: 1_000_000 + ((i * 7919) % 100) * 10_000 + i * 1_000,
    kind: 'in-year',
    status: i % 9 ? 'actual' : 'estimated'
  }));
  return { series: [{ id: base.id, name: base.name, points }] };
}

/** Every widget of the demo page on `scale` times its data; resolves when all have drawn it. */
window.setupInteractions = async (scale) => {
  stage.replaceChildren();
  localStorage.removeItem(`bench-interactions-${scale}`);
  await nextFrame();
  const [dataset, series] = await Promise.all([scaledDataset(scale), scaledSeries(scale)]);
  // What shows each widget has drawn (the registry's "rendered"), or a message instead.
  const widgets = (await (await fetch('/src/widgets.json')).json()).widgets;
  const mark = long.length;
  const start = performance.now();
  const make = (tag, props, attrs = {}) => {
    const el = document.createElement(tag);
    el.id = tag.replace('shared-', '');
    Object.assign(el, props);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    stage.append(el);
    return el;
  };
  const els = [
    make('shared-key-figures', { data: dataset }, { heading: 'Our partnerships' }),
    make('shared-savings-chart', { data: series }, { heading: 'National savings', id: 'national' }),
    make('shared-savings-chart', { data: dataset }, { heading: 'Savings from our partnerships' }),
    make('shared-partnership-map', { data: dataset }, { heading: 'Adoption Central England', partnership: 'adoption-central-england-1', zoom: '' }),
    make('shared-partnership-map', { data: dataset }, { heading: 'Every partnership', view: 'network', id: 'network' }),
    make('shared-partner-roster', { data: dataset }, { heading: 'Partners' }),
    make('shared-readiness-checklist', { data: scaledChecklist(scale) }, { 'storage-key': `bench-interactions-${scale}` })
  ];
  const rendered = (el) => widgets.find((w) => w.tag === el.localName).rendered;
  const drawn = (el) => el.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector(`${rendered(el)}, [part~="error"], [part~="empty"]`);
  while (!els.every(drawn)) await new Promise((resolve) => setTimeout(resolve, 20));
  void stage.offsetHeight;
  const errors = els.filter((el) => el.shadowRoot.querySelector('[part~="error"]')).map((el) => el.id);
  const sizes = {
    partnerships: dataset.partnerships.length,
    partners: dataset.partnerships.reduce((n, p) => n + p.partners.length, 0),
    points: series.series[0].points.length,
    items: 18 * scale
  };
  return { drawn: performance.now() - start, longest: Math.max(0, ...long.slice(mark)), errors, sizes };
};

window.interactionsReady = true;
