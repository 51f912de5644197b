/**
 * Names beside the marked councils on a map, placed so that no two overlap: each label tries its
 * council's point, then above, below, right and left of it, and further out, and takes the first
 * place that is free. Sizes are screen pixels; `k` is the drawing's zoom (screen pixels per drawing
 * unit), so labels stay the same size on screen however far the map is zoomed. Pure layout.
 */
import type { MapModel } from './partnership-map.data.js';
import type { Box as ViewBox, MapRender } from './partnership-map.layout.js';

export interface LabelInput {
  key: string;
  text: string;
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelInput {
  anchor: 'start' | 'middle' | 'end';
}

type Box = [number, number, number, number];

/** Where to try, in screen pixels from the point: [dx, dy of the baseline, anchor]. */
const PLACES: [number, number, PlacedLabel['anchor']][] = [
  [0, 4, 'middle'],
  [0, -10, 'middle'],
  [0, 18, 'middle'],
  [9, 4, 'start'],
  [-9, 4, 'end'],
  [0, -26, 'middle'],
  [0, 34, 'middle'],
  [24, -12, 'start'],
  [-24, -12, 'end'],
  [24, 20, 'start'],
  [-24, 20, 'end']
];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels in the order given (put the most important first), within the drawing's box `within`
 * when given (a label there would be clipped). `size` is the font size and
 * `charWidth` the width of an average character, as a fraction of it (generous, so that a wider
 * font than the estimate still fits); a label with no free place is left out (its council is still
 * named in the list, the tooltip and its accessible name).
 */
export function placeLabels(
  inputs: readonly LabelInput[],
  k: number,
  {
    size = 13,
    charWidth = 0.66,
    within,
    measure
  }: { size?: number; charWidth?: number; within?: Box; measure?: (text: string) => number | undefined } = {}
): PlacedLabel[] {
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const unit = 1 / (k || 1);
  for (const input of inputs) {
    // The text's own width in screen pixels where the page can measure it (its font), else an estimate.
    const width = (measure?.(input.text) ?? input.text.length * size * charWidth) * unit;
    const height = size * unit;
    for (const [dx, dy, anchor] of PLACES) {
      const x = input.x + dx * unit;
      const baseline = input.y + dy * unit;
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      // The whole line box, ascent to descent, as browsers measure text (Firefox's is taller than the glyphs).
      const box: Box = [left, baseline - height * 1.05, left + width, baseline + height * 0.35];
      if (taken.some((t) => overlaps(t, box))) continue;
      // Inside the drawing, or it would be clipped at its edge.
      if (within && (box[0] < within[0] || box[1] < within[1] || box[2] > within[2] || box[3] > within[3])) continue;
      taken.push(box);
      placed.push({ ...input, x: Math.round(x * 10) / 10, y: Math.round(baseline * 10) / 10, anchor });
      break;
    }
  }
  return placed;
}

/**
 * Names beside the marked councils (built-in map) or marked nodes (network), placed apart at the
 * zoom shown (`box`); none on a map of the page's own boundaries, whose areas the names would hide.
 */
export function mapLabels(r: MapRender, box: ViewBox, model: MapModel, measure?: (text: string) => number | undefined): PlacedLabel[] | undefined {
  if (!('builtIn' in r) && r.view !== 'network') return undefined;
  const k = r.width / (box[2] || r.width);
  const inputs = r.items
    .filter((i) => i.highlighted && (i.kind === 'council' || r.view === 'network'))
    // A network node's name goes above it first (the node is small); an area's name on the area.
    .map((i) => ({ key: i.key, text: i.kind === 'council' ? (model.councils.get(i.id)?.shortName ?? i.name) : i.name, x: i.x, y: r.view === 'network' ? i.y - 10 / k : i.y }));
  return placeLabels(inputs, k, { within: [box[0], box[1], box[0] + box[2], box[1] + box[3]], ...(measure ? { measure } : {}) });
}
