// Runs in the bench page: first render of <shared-partnership-map> in each view, at the sizes issue 4
// names: 326 district polygons (geo, about 640 points each, as England's 2013 districts have), 400
// hexes, and a network of 60 councils and 120 partnerships. Geography is served from a blob URL, so
// fetching, parsing and reading it are counted too. Times run until the map is drawn and laid out.
const stage = document.getElementById('stage');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
    void stage.offsetHeight;
    times.push(performance.now() - start);
  }
  return median(times);
}

const ACE = ['E08000026', 'E08000029', 'E10000031', 'E10000034', 'E06000019'];

window.runBuiltInBench = async (runs = 9) => {
  await customElements.whenDefined('shared-partnership-map');
  const topology = await (await fetch('/dist/geo/boundaries.json')).json();
  const register = await (await fetch('/dist/geo/councils.json')).json();
  const lower2025 = register.councils.filter((c) => c[5] <= 2025 && c[6] >= 2025 && !c[0].startsWith('E10')).map((c) => c[0]);
  const codes = (list) => ({ partnerships: [{ id: 'p', name: 'P', category: 'front-line', started: '2018-02', partners: list.map((council) => ({ council })) }] });
  const rows = [];
  const pair = async (name, attrs, data, tier, year) => {
    // Paired: the floor and the map take turns, run by run, so drift on this machine hits both alike.
    const ours = [];
    const floor = [];
    for (let run = 0; run < runs; run++) {
      floor.push(await floorRender(1, topology, tier, year));
      ours.push(await firstRender(1, attrs, data));
    }
    const [o, f] = [median(ours), median(floor)];
    rows.push({ case: name, 'ours (ms)': o.toFixed(1), 'd3-geo floor (ms)': f.toFixed(1), 'floor ÷ ours': (f / o).toFixed(2) });
  };
  await pair('Adoption Central England, zoomed, upper-tier backdrop (218 areas, 2018)', { partnership: 'p' }, codes(ACE), 'utla', 2018);
  await pair('whole UK, lower tier, 361 areas (2025), every one a council of the data', { partnership: 'p', tier: 'lower', year: '2025' }, codes(lower2025), 'ltla', 2025);
  return rows;
};
