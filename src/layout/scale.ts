/**
 * Linear scales and ticks for the charts, on d3-array's `ticks` and `nice`. (d3-scale's
 * `scaleLinear` brings d3-format, d3-interpolate and d3-color with it for tick formatting and colour
 * interpolation the widgets do not use: 7.9 KB gzip against 1 KB; numbers are formatted with `Intl`.)
 */
import { nice, ticks } from 'd3-array';

export interface Linear {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
  ticks(count: number): number[];
}

/** Maps `domain` onto `range` linearly; a zero-width domain maps to the range's middle. */
export function linear(domain: [number, number], range: [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => (k === 0 ? (r0 + r1) / 2 : r0 + (value - d0) * k)) as Linear;
  scale.domain = domain;
  scale.range = range;
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}

/** A domain that covers `values` and zero, widened to round numbers for about `count` ticks. */
export function niceDomain(values: readonly number[], count: number): [number, number] {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) max = min + 1;
  const [a, b] = nice(min, max, count);
  return [a, b];
}
