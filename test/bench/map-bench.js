// Runs in the bench page: first render of <shared-partnership-map> in each view, at the sizes issue 4
// names: 326 district polygons (geo, about 640 points each, as England's 2013 districts have), 400
// hexes, and a network of 60 councils and 120 partnerships. Geography is served from a blob URL, so
// fetching, parsing and reading it are counted too. Times run until the map is drawn and laid out.
import { stage, nextFrame, timed } from './timing.js';
import { referenceLoop } from './reference-loop.js';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const code = (prefix, i) => `${prefix}${String(i).padStart(6, '0')}`;

/** `n` councils in `per`-council partnerships, each council in two of them. */
function dataset(n, partnerships, per) {
  return {
    councils: Array.from({ length: n }, (_, i) => ({ code: code('E07', i), name: `District ${i}`, lat: 50.5 + (i % 19) * 0.2, lon: -4 + Math.floor(i / 19) * 0.35 })),
    partnerships: Array.from({ length: partnerships }, (_, p) => ({
      id: `p${p}`,
      name: `Partnership ${p}`,
      category: ['back-office', 'shared-management', 'front-line'][p % 3],
      partners: Array.from({ length: per }, (_, k) => ({ council: code('E07', (p * 7 + k * 13) % n) }))
    }))
  };
}

/** 326 cells on a grid in lon/lat, each edge a zigzag of `points / 4` points, wound clockwise. */
function districts(points = 640) {
  const side = points / 4;
  const features = Array.from({ length: 326 }, (_, i) => {
    const [x0, y0] = [-5 + (i % 19) * 0.4, 50 + Math.floor(i / 19) * 0.3];
    const edge = (ax, ay, bx, by) =>
      Array.from({ length: side }, (_, k) => [ax + ((bx - ax) * k) / side + ((k % 2) * 0.001), ay + ((by - ay) * k) / side + ((k % 3) * 0.001)]);
    const ring = [...edge(x0, y0, x0, y0 + 0.3), ...edge(x0, y0 + 0.3, x0 + 0.4, y0 + 0.3), ...edge(x0 + 0.4, y0 + 0.3, x0 + 0.4, y0), ...edge(x0 + 0.4, y0, x0, y0)];
    ring.push(ring[0]);
    return { type: 'Feature', id: code('E07', i), properties: { name: `District ${i}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return { type: 'FeatureCollection', features };
}

function hexes(n = 400) {
  const cells = {};
  for (let i = 0; i < n; i++) cells[code('E07', i)] = { n: `District ${i}`, q: i % 20, r: Math.floor(i / 20) };
  return { layout: 'odd-r', hexes: cells };
}

const blobUrl = (value) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

async function firstRender(runs, attrs, data) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    stage.replaceChildren();
    await nextFrame();
    const start = performance.now();
    const el = document.createElement('shared-partnership-map');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = data;
    stage.append(el);
    while (el.hasAttribute('aria-busy') || !el.shadowRoot?.querySelector('svg[part~="svg"]')) await new Promise((r) => setTimeout(r, 0));
    void stage.offsetHeight;
    times.push(performance.now() - start);
  }
  return median(times);
}

window.runMapBench = async (runs = 7) => {
  await customElements.whenDefined('shared-partnership-map');
  const rows = [];
  const row = (size, ms) => rows.push({ widget: 'partnership map', size, first: ms.toFixed(1) });
  const districtsUrl = blobUrl(districts());
  row('geo: 326 district polygons × 640 points', await firstRender(runs, { 'geo-src': districtsUrl, partnership: 'p1' }, dataset(326, 120, 5)));
  row('geo: dots on the outline, 326 councils', await firstRender(runs, { partnership: 'p1' }, dataset(326, 120, 5)));
  row('hex: 400 hexes', await firstRender(runs, { view: 'hex', 'hex-src': blobUrl(hexes()), partnership: 'p1' }, dataset(400, 120, 5)));
  // A new dataset object each run, so the force layout is worked out every time (it is cached per dataset).
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await firstRender(1, { view: 'network', partnership: 'p1' }, dataset(60, 120, 4)));
  row('network: 60 councils, 120 partnerships', median(times));
  return rows;
};

/**
 * The floor for the built-in boundaries (issue 12): the same file drawn by d3-geo and topojson-client
 * alone, one SVG path per area of the year and tier, fitted to the same width; the file parsed once,
 * as the map keeps it parsed for the page.
 */
async function floorRender(runs, topology, tier, year) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    stage.replaceChildren();
    await nextFrame();
    const start = performance.now();
    const object = topology.objects[tier];
    const live = { ...object, geometries: object.geometries.filter((g) => (g.properties?.start ?? 0) <= year && year <= (g.properties?.end ?? 9999)) };
    const collection = topojson.feature(topology, live);
    drawFloor(collection);
    void stage.offsetHeight;
    times.push(performance.now() - start);
  }
  return median(times);
}

const ACE = ['E08000026', 'E08000029', 'E10000031', 'E10000034', 'E06000019'];

window.runBuiltInBench = async (runs = 15) => {
  await customElements.whenDefined('shared-partnership-map');
  const topology = await (await fetch('/dist/geo/boundaries.json')).json();
  const register = await (await fetch('/dist/geo/councils.json')).json();
  const lower2025 = register.councils.filter((c) => c[5] <= 2025 && c[6] >= 2025 && !c[0].startsWith('E10')).map((c) => c[0]);
  const codes = (list) => ({ partnerships: [{ id: 'p', name: 'P', category: 'front-line', started: '2018-02', partners: list.map((council) => ({ council })) }] });
  const rows = [];
  const pair = async (name, attrs, data, tier, year) => {
    // Paired: the floor and the map take turns, run by run (which goes first alternates), so drift on
    // this machine hits both alike; the ratio is the median of each pair's ratio, as in the geo part.
    const ours = [];
    const floor = [];
    const ratios = [];
    for (let run = 0; run < runs; run++) {
      const f = run % 2 ? undefined : await floorRender(1, topology, tier, year);
      const o = await firstRender(1, attrs, data);
      const f2 = f ?? (await floorRender(1, topology, tier, year));
      ours.push(o);
      floor.push(f2);
      ratios.push(f2 / o);
    }
    const [o, f] = [median(ours), median(floor)];
    rows.push({ case: name, 'ours (ms)': o.toFixed(1), 'd3-geo floor (ms)': f.toFixed(1), 'floor ÷ ours': median(ratios).toFixed(2) });
  };
  await pair('Adoption Central England, zoomed, upper-tier backdrop (218 areas, 2018)', { partnership: 'p' }, codes(ACE), 'utla', 2018);
  await pair('whole UK, lower tier, 361 areas (2025), every one a council of the data', { partnership: 'p', tier: 'lower', year: '2025' }, codes(lower2025), 'ltla', 2025);
  return rows;
};

/**
 * A stand-in for England's 326 districts as TopoJSON, when the real file is not to hand: cells on a
 * grid whose borders are arcs shared by the cells either side (as a real file's are), each a zigzag
 * of `points` points, quantized. About 140,000 arc points, as the real file has.
 */
function standInTopology(points = 200) {
  const cols = 19;
  const rows = Math.ceil(326 / cols);
  const q = 1e5;
  const arcs = [];
  const line = (ax, ay, bx, by) => {
    const out = [];
    let [px, py] = [0, 0];
    for (let k = 0; k <= points; k++) {
      const t = k / points;
      const wiggle = k % 2 && k < points ? 7 : 0;
      const x = Math.round(ax + (bx - ax) * t + wiggle);
      const y = Math.round(ay + (by - ay) * t + wiggle);
      out.push(k ? [x - px, y - py] : [x, y]);
      [px, py] = [x, y];
    }
    arcs.push(out);
    return arcs.length - 1;
  };
  const [w, h] = [Math.floor((q - 1) / cols), Math.floor((q - 1) / rows)];
  // Horizontal borders: between row r-1 and r, at y = r*h; vertical: between column c-1 and c.
  const horizontal = new Map();
  const vertical = new Map();
  for (let r = 0; r <= rows; r++) for (let c = 0; c < cols; c++) horizontal.set(`${r},${c}`, line(c * w, r * h, (c + 1) * w, r * h));
  for (let r = 0; r < rows; r++) for (let c = 0; c <= cols; c++) vertical.set(`${r},${c}`, line(c * w, r * h, c * w, (r + 1) * h));
  const geometries = Array.from({ length: 326 }, (_, i) => {
    const [r, c] = [Math.floor(i / cols), i % cols];
    // Round the cell: along its bottom, up its right side, back along its top, down its left side.
    const ring = [horizontal.get(`${r},${c}`), vertical.get(`${r},${c + 1}`), ~horizontal.get(`${r + 1},${c}`), ~vertical.get(`${r},${c}`)];
    return { type: 'Polygon', id: code('E07', i), properties: { LAD13CD: code('E07', i), LAD13NM: `District ${i}` }, arcs: [ring] };
  });
  return { type: 'Topology', transform: { scale: [8 / q, 6 / q], translate: [-5.5, 50] }, objects: { lad: { type: 'GeometryCollection', geometries } }, arcs };
}

/** The floor's drawing: one SVG path per area by d3-geo, fitted to 800 × 600. */
function drawFloor(collection) {
  const projection = d3.geoTransverseMercator().rotate([2, 0]).fitSize([800, 600], collection);
  const path = d3.geoPath(projection).digits(1);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 800 600');
  for (const f of collection.features) {
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('d', path(f) ?? '');
    svg.append(p);
  }
  stage.append(svg);
}

/** The floor: the file fetched and parsed, converted by topojson-client, one SVG path per area by d3-geo, fitted to the width. */
async function geoFloor(url, object) {
  const topology = await (await fetch(url)).json();
  const collection = topojson.feature(topology, topology.objects[object]);
  drawFloor(collection);
}

/** ECharts' map series (SVG renderer), handed the same file: it takes GeoJSON, so topojson-client converts it first. */
async function echartsMap(url, object, run) {
  const topology = await (await fetch(url)).json();
  const collection = topojson.feature(topology, topology.objects[object]);
  const name = `bench-${run}`;
  // eslint-disable-next-line no-undef
  echarts.registerMap(name, collection);
  const div = document.createElement('div');
  div.style.width = '800px';
  div.style.height = '600px';
  stage.append(div);
  // eslint-disable-next-line no-undef
  const chart = echarts.init(div, null, { renderer: 'svg' });
  chart.setOption({ animation: false, series: [{ type: 'map', map: name, nameProperty: 'LAD13CD', data: collection.features.slice(0, 5).map((f) => ({ name: f.properties.LAD13CD, value: 1 })) }] });
  return chart;
}


/**
 * The geo view of a 326-district TopoJSON file (issue 18, item 2) against a minimal d3-geo +
 * topojson-client floor and ECharts' map, in paired runs (the order alternates), each from the
 * file's URL to the drawing laid out. `text` is the real file's text when the bench has it, else a
 * stand-in of the same size is made. Ratios are the other's time ÷ ours: above 1, ours is faster.
 */
window.runGeoFileBench = async (text, runs = 9) => {
  await customElements.whenDefined('shared-partnership-map');
  if (!window.echarts) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/echarts/dist/echarts.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  const json = text ? JSON.parse(text) : standInTopology();
  const object = Object.keys(json.objects)[0];
  const url = blobUrl(json);
  const codes = json.objects[object].geometries.map((g) => g.properties?.LAD13CD ?? g.id);
  // The councils of the data are five neighbours' codes, one partnership, as a council's own page would have.
  const data = { partnerships: [{ id: 'p', name: 'P', category: 'front-line', partners: codes.slice(0, 5).map((council) => ({ council })) }] };
  const ours = [];
  const floor = [];
  const ec = [];
  const vsFloor = [];
  const vsEc = [];
  for (let run = 0; run < runs; run++) {
    const mine = () => firstRender(1, { 'geo-src': url, partnership: 'p' }, data);
    const a = run % 2 ? await timed(() => geoFloor(url, object)) : await mine();
    const b = run % 2 ? await mine() : await timed(() => geoFloor(url, object));
    const [o, f] = run % 2 ? [b, a] : [a, b];
    const e = await timed(() => echartsMap(url, object, run));
    const o2 = await mine();
    ours.push(o, o2);
    floor.push(f);
    ec.push(e);
    vsFloor.push(f / o);
    vsEc.push(e / o2);
  }
  const source = text ? 'England 2013 districts (real file)' : 'stand-in, 326 districts';
  return [
    { case: `geo view, ${source}, first render`, 'ours (ms)': median(ours).toFixed(1), 'd3-geo + topojson floor (ms)': median(floor).toFixed(1), 'floor ÷ ours': `×${median(vsFloor).toFixed(2)}`, 'target (floor)': '≥ ×2', 'ECharts map (ms)': median(ec).toFixed(1), 'ECharts ÷ ours': `×${median(vsEc).toFixed(2)}`, 'target (ECharts)': '> ×1' }
  ];
};

/**
 * The network view at 5,000 partnerships among 400 councils, four councils each (issue 18, item 4):
 * first render (the layout worked out afresh: a new dataset each run) until drawn and laid out, and a
 * hover (the pointer moving onto a node) until the map has updated and the page is laid out again.
 * Budgets: render under 1 s, a hover within one frame (16.7 ms).
 */
window.runNetworkBench = async (runs = 5, hovers = 21) => {
  await customElements.whenDefined('shared-partnership-map');
  // Real councils (the register beside the script), so that the council checks find each by its code.
  const script = document.querySelector('script[src*="shared-services-widgets"]').src;
  const register = await (await fetch(new URL('geo/councils.json', script))).json();
  const live = register.councils.filter((c) => c[6] >= 2025).slice(0, 400);
  const network = () => ({
    councils: live.map((c) => ({ code: c[0], name: c[1] })),
    partnerships: Array.from({ length: 5000 }, (_, p) => ({
      id: `p${p}`,
      name: `Partnership ${p}`,
      category: ['back-office', 'shared-management', 'front-line'][p % 3],
      partners: Array.from({ length: 4 }, (_, k) => ({ council: live[(p * 7 + k * 13) % live.length][0] }))
    }))
  });
  const renders = [];
  for (let run = 0; run < runs; run++) renders.push(await firstRender(1, { view: 'network', partnership: 'p1' }, network()));
  const el = stage.querySelector('shared-partnership-map');
  const nodes = [...el.shadowRoot.querySelectorAll('[data-key]')];
  const times = [];
  for (let i = 0; i < hovers; i++) {
    await nextFrame();
    const node = nodes[(i * 997) % nodes.length];
    const start = performance.now();
    node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    void el.shadowRoot.querySelector('svg').getBoundingClientRect();
    void stage.offsetHeight;
    times.push(performance.now() - start);
  }
  const [render, hover] = [median(renders), median(times)];
  // The budgets are absolute, so the machine's speed is given beside them, timed now in this page.
  const reference = referenceLoop().toFixed(1);
  return [
    { case: 'network, 5,000 partnerships, first render', 'ours (ms)': render.toFixed(1), budget: '1000', 'budget ÷ ours': `×${(1000 / render).toFixed(2)}`, 'reference loop (ms, ≈20 idle)': reference },
    { case: 'network, 5,000 partnerships, hover', 'ours (ms)': hover.toFixed(1), budget: '16.7', 'budget ÷ ours': `×${(16.7 / hover).toFixed(2)}`, 'reference loop (ms, ≈20 idle)': reference }
  ];
};
