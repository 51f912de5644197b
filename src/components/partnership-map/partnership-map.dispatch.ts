/**
 * Which view lays the map out: the network, the built-in boundaries, a hex or boundary file, or dots
 * on the built-in outline, from the view asked for and where its geography stands. Pure: the
 * component passes what it has loaded and draws what comes back (`undefined`: nothing to draw yet,
 * or nothing the view can draw; the component says which).
 */
import { layoutBuiltIn, prepareBuiltIn } from './partnership-map.areas.js';
import { chooseYear } from './partnership-map.builtin.js';
import type { MapView } from './partnership-map.constants.js';
import type { Highlight, MapModel } from './partnership-map.data.js';
import { layoutGeo } from './partnership-map.geo.js';
import { layoutHex } from './partnership-map.hex.js';
import type { MapRender } from './partnership-map.layout.js';
import type { GeographyResult } from './partnership-map.load.js';
import { layoutNetwork } from './partnership-map.network.js';
import { outline } from './partnership-map.outline.js';

export interface MapLayoutInput {
  view: MapView;
  /** The geography as read, once it has been (a failed read carries its problems). */
  geography: GeographyResult | undefined;
  /** The geography is still on its way. */
  loading: boolean;
  /** Reading the geography threw, rather than giving problems. */
  failed: boolean;
  /** The page gave a boundary file of its own (`geo-src`). */
  ownFile: boolean;
  /** The `year` and `tier` attributes, for the built-in boundaries. */
  year: number | null;
  tier: string | null;
  width: number;
}

/**
 * The slow part of `layoutMap` done ahead, in steps, where there is one (the built-in boundaries:
 * the year's areas, their projection, each area's path): a step or more while `more()` says the
 * task has time left. True when it stopped with work left, false when the layout is ready to run.
 */
export function prepareMap(model: MapModel, o: MapLayoutInput, more: () => boolean): boolean {
  const builtIn = o.view === 'geo' ? o.geography?.builtIn : undefined;
  if (!builtIn) return false;
  const year = builtIn.year(chooseYear(builtIn, o.year, model.latestYear));
  if (!more()) return true;
  return prepareBuiltIn(model, year, o.tier === 'lower' ? 'lower' : 'upper', o.width, more);
}

export function layoutMap(model: MapModel, marked: Highlight, o: MapLayoutInput): MapRender | undefined {
  const { view, geography, width } = o;
  if (view === 'network') return model.partnerships.size ? layoutNetwork(model, marked, width) : undefined;
  const builtIn = view === 'geo' ? geography?.builtIn : undefined;
  if (builtIn) {
    const year = builtIn.year(chooseYear(builtIn, o.year, model.latestYear));
    return layoutBuiltIn(model, marked, builtIn, year, o.tier === 'lower' ? 'lower' : 'upper', width);
  }
  if (view === 'geo' && !o.ownFile && o.loading) return undefined;
  if (geography?.value?.kind === 'hex') return layoutHex(model, marked, geography.value, width);
  if (geography?.value?.kind === 'geo') return layoutGeo(model, marked, geography.value, width, outline);
  // Still loading, failed, or no file: the hex view waits; the geo view draws dots on the outline.
  if (view === 'hex' || (o.ownFile && !geography?.problems.length && !o.failed)) return undefined;
  return layoutGeo(model, marked, undefined, width, outline);
}
