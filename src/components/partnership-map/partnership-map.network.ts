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
/** A large network's partnerships: how far apart those at one spot are spread, and the angle between them. */
const SPREAD = 5;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const settled = new WeakMap<MapModel, Map<string, [number, number]>>();

const councilKey = (code: string) => `c:${code}`;
const partnershipKey = (id: string) => `p:${id}`;

/** Node positions for the model, worked out once: membership pulls together, every node pushes apart. */
export function settle(model: MapModel): Map<string, [number, number]> {
  const known = settled.get(model);
  if (known) return known;
  if (model.partnerships.size + model.councils.size > LARGE) {
    const positions = settleLarge(model);
    settled.set(model, positions);
    return positions;
  }
  const nodes: Node[] = [];
  const links: { source: string; target: string }[] = [];
  for (const c of model.councils.values()) if (c.partnerships.length) nodes.push({ key: councilKey(c.code) });
  for (const p of model.partnerships.values()) {
    nodes.push({ key: partnershipKey(p.id) });
    for (const code of p.councils) links.push({ source: partnershipKey(p.id), target: councilKey(code) });
  }
  // 120 ticks rather than d3's default 300: the layout is as readable, in under half the time.
  const ticks = TICKS;
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

/**
 * A large network (thousands of partnerships) laid out in two steps, so that the force layout runs on
 * the councils alone: councils pulled together by the partnerships they share (each partnership a
 * ring through its councils, a pair shared by several partnerships pulled harder) and pushed apart;
 * then each partnership placed at the middle of its councils, spread round that spot when others share it. At 5,000 partnerships among 400 councils the
 * force layout handles 400 nodes rather than 5,400, and its links number the pairs, not the memberships.
 */
function settleLarge(model: MapModel): Map<string, [number, number]> {
  const councils: Node[] = [];
  const index = new Map<string, Node>();
  for (const c of model.councils.values()) {
    if (!c.partnerships.length) continue;
    const node: Node = { key: councilKey(c.code) };
    councils.push(node);
    index.set(c.code, node);
  }
  const pairs = new Map<string, { source: Node; target: Node; count: number }>();
  for (const p of model.partnerships.values()) {
    const members = p.councils.map((code) => index.get(code)).filter((n): n is Node => !!n);
    if (members.length < 2) continue;
    for (let i = 0; i < members.length; i++) {
      const [a, b] = [members[i]!, members[(i + 1) % members.length]!];
      if (a === b || (members.length === 2 && i === 1)) continue;
      const key = a.key < b.key ? `${a.key} ${b.key}` : `${b.key} ${a.key}`;
      const pair = pairs.get(key);
      if (pair) pair.count++;
      else pairs.set(key, { source: a, target: b, count: 1 });
    }
  }
  const links = [...pairs.values()];
  const degree = new Map<Node, number>();
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + l.count);
    degree.set(l.target, (degree.get(l.target) ?? 0) + l.count);
  }
  const ticks = councils.length > LARGE ? Math.max(16, Math.round((TICKS * LARGE) / councils.length)) : TICKS;
  forceSimulation(councils)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<Node, (typeof links)[number]>(links)
        .distance(48)
        .strength((l) => Math.min(1, l.count / Math.min(degree.get(l.source as Node)!, degree.get(l.target as Node)!)) || 0.01)
    )
    .force('charge', forceManyBody().strength(-120).theta(1.2))
    .force('x', forceX().strength(0.05))
    .force('y', forceY().strength(0.05))
    .stop()
    .tick(ticks);
  // Partnerships at the middle of their councils (or at the centre when none is placed), those that
  // land on the same spot spread round it on a sunflower spiral (the golden angle apart), in data order.
  const partnerships: Node[] = [];
  const crowd = new Map<string, number>();
  for (const p of model.partnerships.values()) {
    let [x, y, n] = [0, 0, 0];
    for (const code of p.councils) {
      const c = index.get(code);
      if (!c) continue;
      x += c.x ?? 0;
      y += c.y ?? 0;
      n++;
    }
    [x, y] = n ? [x / n, y / n] : [0, 0];
    const spot = `${Math.round(x / SPREAD)},${Math.round(y / SPREAD)}`;
    const k = crowd.get(spot) ?? 0;
    crowd.set(spot, k + 1);
    const [r, a] = [SPREAD * Math.sqrt(k + 0.5), k * GOLDEN];
    partnerships.push({ key: partnershipKey(p.id), x: x + r * Math.cos(a), y: y + r * Math.sin(a) });
  }
  const positions = new Map<string, [number, number]>();
  for (const n of councils) positions.set(n.key, [n.x ?? 0, n.y ?? 0]);
  for (const n of partnerships) positions.set(n.key, [n.x ?? 0, n.y ?? 0]);
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
