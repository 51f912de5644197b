/**
 * The `network` view: councils (circles) and partnerships (squares), linked by membership. The force
 * layout is run to rest before the first paint (a fixed number of ticks; d3-force's own random
 * source is seeded, so the same data always settles the same way) and kept for the model, so a
 * re-render or a new highlight never moves a node. Nothing animates.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Highlight, MapModel } from './partnership-map.data.js';
import { extent, finish, round, type Link, type MapItem, type MapRender } from './partnership-map.layout.js';
import { BOX, MAX_HEIGHT } from './partnership-map.constants.js';

interface Node extends SimulationNodeDatum {
  key: string;
}

const PAD = 16;
const TICKS = 120;
/** Above this many nodes, fewer ticks (see `settle`). */
const LARGE = 800;
const settled = new WeakMap<MapModel, Map<string, [number, number]>>();

const councilKey = (code: string) => `c:${code}`;
const partnershipKey = (id: string) => `p:${id}`;

/** Node positions for the model, worked out once: membership pulls together, every node pushes apart. */
export function settle(model: MapModel): Map<string, [number, number]> {
  const known = settled.get(model);
  if (known) return known;
  const nodes: Node[] = [];
  const links: { source: string; target: string }[] = [];
  for (const c of model.councils.values()) if (c.partnerships.length) nodes.push({ key: councilKey(c.code) });
  for (const p of model.partnerships.values()) {
    nodes.push({ key: partnershipKey(p.id) });
    for (const code of p.councils) links.push({ source: partnershipKey(p.id), target: councilKey(code) });
  }
  // 120 ticks rather than d3's default 300: the layout is as readable, in under half the time. A large
  // network gets fewer (a tick costs about 6 µs a node): 5,000 partnerships settle in under a second
  // rather than four, coarser but still grouped by membership.
  const ticks = nodes.length > LARGE ? Math.max(16, Math.round((TICKS * LARGE) / nodes.length)) : TICKS;
  const simulation = forceSimulation(nodes)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink<Node, { source: string; target: string }>(links).id((n) => n.key).distance(24))
    .force('charge', forceManyBody().strength(-36).theta(1.2))
    .force('x', forceX())
    .force('y', forceY())
    .stop();
  for (let i = 0; i < ticks; i++) simulation.tick();
  const positions = new Map(nodes.map((n) => [n.key, [n.x ?? 0, n.y ?? 0] as [number, number]]));
  settled.set(model, positions);
  return positions;
}


export function layoutNetwork(model: MapModel, marked: Highlight, width: number): MapRender {
  const positions = settle(model);
  const points = [...positions.values()];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [[x0, x1], [y0, y1]] = [extent(xs, 0), extent(ys, 0)];
  const scale = Math.min((width - 2 * PAD) / (x1 - x0 || 1), (Math.min(width * 0.8, MAX_HEIGHT) - 2 * PAD) / (y1 - y0 || 1), 6);
  const height = Math.max((y1 - y0) * scale + 2 * PAD, 160);
  const place = ([x, y]: [number, number]): [number, number] => [
    round(width / 2 + (x - (x0 + x1) / 2) * scale),
    round(height / 2 + (y - (y0 + y1) / 2) * scale)
  ];

  const items: MapItem[] = [];
  for (const c of model.councils.values()) {
    const at = positions.get(councilKey(c.code));
    if (!at) continue;
    const [x, y] = place(at);
    const category = marked.councils.get(c.code);
    items.push({ key: councilKey(c.code), kind: 'council', id: c.code, name: c.name, x, y, highlighted: category !== undefined, category: category ?? 'none', shapes: [{ code: c.code, at: { x, y } }] });
  }
  for (const p of model.partnerships.values()) {
    const [x, y] = place(positions.get(partnershipKey(p.id))!);
    items.push({ key: partnershipKey(p.id), kind: 'partnership', id: p.id, name: p.name, x, y, highlighted: marked.partnerships.has(p.id), category: p.category ?? 'none', shapes: [{ code: '', at: { x, y, square: true } }] });
  }
  const byKey = new Map(items.map((i) => [i.key, i]));
  const links: Link[] = [];
  for (const p of model.partnerships.values()) {
    const from = byKey.get(partnershipKey(p.id))!;
    for (const code of p.councils) {
      const to = byKey.get(councilKey(code))!;
      links.push({ d: `M${from.x},${from.y}L${to.x},${to.y}`, highlighted: from.highlighted && to.highlighted });
    }
  }
  const render = finish(model, marked, 'network', items, [], width, height, (i) => [[i.x - BOX, i.y - BOX, i.x + BOX, i.y + BOX]]);
  return { ...render, links };
}
