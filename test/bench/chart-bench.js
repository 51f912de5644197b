// The savings chart against its peers, in the same page (issue 18): Chart.js 4 (canvas),
// Observable Plot (SVG) and ECharts with its SVG renderer, all pinned dev dependencies, never in the
// bundle. Each case is run in pairs (ours, then the peer, alternating which goes first) and the
// ratio of each pair is taken: peer's time ÷ ours, so above 1 means ours is faster. The figure is
// the median ratio. Time is from handing over the data until the page is laid out (a layout
// property is read). Ours is given the JSON-like points a web team's file holds and checks them
// inside the timing; the peers are handed numbers and dates already converted, as they need.
// Each run uses periods it has not seen before, so that no run is helped by the one before it.
/* global Chart, Plot, echarts */
import { stage, nextFrame, timed } from './timing.js';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const WIDTH = 800;
const HEIGHT = 440;

/** `n` daily points from a start that moves 280 years with `run`: in-year amounts (bars + running total) or a cumulative line. */
function points(n, kind, run, from = 1700 + run * 280) {
  const start = Date.UTC(from, 0, 1);
  let total = 0;
  return Array.from({ length: n }, (_, i) => {
    const amount = kind === 'cumulative' ? (total += 1000 + ((i * 7919) % 500)) : 100_000 + ((i * 7919) % 50_000);
    return { period: new Date(start + i * 864e5).toISOString().slice(0, 10), amount, kind };
  });
}

/** The same figures as the peers take them: dates, amounts and running totals. */
function converted(list) {
  const dates = [];
  const bars = [];
  const totals = [];
  let total = 0;
  for (const p of list) {
    dates.push(new Date(p.period));
    bars.push(p.amount);
    totals.push(p.kind === 'cumulative' ? p.amount : (total += p.amount));
  }
  return { dates, bars: list[0].kind === 'cumulative' ? null : bars, totals, labels: list.map((p) => p.period) };
}

async function ours(list) {
  const el = document.createElement('shared-savings-chart');
  el.data = { series: [{ id: 'bench', name: 'Bench', points: list }] };
  stage.append(el);
  await el.updateComplete;
  while (el.hasAttribute('aria-busy') || !el.shadowRoot.querySelector('svg[part~="svg"], [part~="error"]')) await el.updateComplete;
  if (el.shadowRoot.querySelector('[part~="error"]')) throw new Error(el.shadowRoot.querySelector('[part~="error"]').textContent);
}

function chartJs(d) {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  stage.append(canvas);
  const many = d.totals.length > 400;
  const datasets = [{ type: 'line', label: 'Cumulative', data: d.totals, pointRadius: many ? 0 : 3 }];
  if (d.bars) datasets.unshift({ type: 'bar', label: 'In-year', data: d.bars });
  // The options Chart.js's performance guide gives for large data: no animation, data already
  // normalised, and tick labels sampled rather than all measured.
  return new Chart(canvas, {
    data: { labels: d.labels, datasets },
    options: { animation: false, responsive: false, normalized: true, scales: { x: { ticks: { sampleSize: 20 } } }, plugins: { legend: { display: true } } }
  });
}

function plot(d) {
  const data = d.dates.map((date, i) => ({ date, bar: d.bars ? d.bars[i] : 0, total: d.totals[i] }));
  const marks = [Plot.lineY(data, { x: 'date', y: 'total' }), Plot.ruleY([0])];
  if (d.bars) marks.unshift(Plot.rectY(data, { x1: 'date', x2: (p) => new Date(p.date.getTime() + 864e5), y: 'bar' }));
  const svg = Plot.plot({ width: WIDTH, height: HEIGHT, x: { type: 'utc' }, marks });
  stage.append(svg);
}

function eCharts(d) {
  const div = document.createElement('div');
  div.style.width = `${WIDTH}px`;
  div.style.height = `${HEIGHT}px`;
  stage.append(div);
  const chart = echarts.init(div, null, { renderer: 'svg' });
  const x = d.dates.map((t) => t.getTime());
  // ECharts's options for large data: lines sampled to the pixels (as ours are thinned), bars in large mode.
  const series = [{ type: 'line', name: 'Cumulative', showSymbol: false, sampling: 'lttb', data: x.map((t, i) => [t, d.totals[i]]) }];
  if (d.bars) series.unshift({ type: 'bar', name: 'In-year', large: true, data: x.map((t, i) => [t, d.bars[i]]) });
  chart.setOption({ animation: false, legend: {}, xAxis: { type: 'time' }, yAxis: { type: 'value' }, series });
  return chart;
}

const PEERS = { 'Chart.js 4': chartJs, 'Plot 0.6': plot, 'ECharts 6 (SVG)': eCharts };


/** Paired runs of ours and each peer; medians of our times, the peers' times and the ratios. */
async function compare(label, n, kind, runs) {
  const rows = [];
  const mine = [];
  const peers = Object.fromEntries(Object.keys(PEERS).map((name) => [name, { times: [], ratios: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const [name, draw] of Object.entries(PEERS)) {
      const list = points(n, kind, run * 4 + Object.keys(PEERS).indexOf(name));
      const d = converted(list);
      const pair = run % 2 ? [() => draw(d), () => ours(list)] : [() => ours(list), () => draw(d)];
      const a = await timed(pair[0]);
      const b = await timed(pair[1]);
      const [us, them] = run % 2 ? [b, a] : [a, b];
      mine.push(us);
      peers[name].times.push(them);
      peers[name].ratios.push(them / us);
    }
  }
  const row = { case: label, ours: median(mine).toFixed(1) };
  for (const [name, p] of Object.entries(peers)) {
    row[name] = median(p.times).toFixed(1);
    row[`${name} ÷ ours`] = `×${median(p.ratios).toFixed(2)}`;
  }
  rows.push(row);
  return rows;
}

function load(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** The peers, loaded only now, so that d3's full bundle (Plot's dependency) joins the page after the other benches. */
async function peersReady() {
  if (!window.Plot) {
    await load('/node_modules/d3/dist/d3.min.js');
    await load('/node_modules/@observablehq/plot/dist/plot.umd.min.js');
  }
  if (!window.echarts) await load('/node_modules/echarts/dist/echarts.min.js');
}

window.runChartBench = async (runs = 7) => {
  await customElements.whenDefined('shared-savings-chart');
  await peersReady();
  const rows = [];
  rows.push(...(await compare('bars + line, 1,000 points', 1_000, 'in-year', runs)));
  rows.push(...(await compare('bars + line, 10,000 points', 10_000, 'in-year', runs)));
  rows.push(...(await compare('cumulative line, 100,000 points', 100_000, 'cumulative', Math.max(3, runs - 2))));
  return rows;
};

/** 1,000,000 points, bars and line: drawn without error, once, with the time it took. */
window.runChartMillion = async () => {
  await customElements.whenDefined('shared-savings-chart');
  const list = points(1_000_000, 'in-year', 0, 1000);
  const time = await timed(() => ours(list));
  return { case: 'bars + line, 1,000,000 points', ours: time.toFixed(0), drawn: 'yes' };
};
window.chartBenchReady = true;
