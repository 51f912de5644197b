/**
 * The map's views and the sizes its drawings share, in one place: what each view's layout reserves
 * for a dot or node is what the drawing draws.
 */

export const VIEWS = ['geo', 'hex', 'network'] as const;
export type MapView = (typeof VIEWS)[number];

/** The view to draw: `view` when it is one of `VIEWS`, else `geo`. */
export const viewOf = (view: string | null | undefined): MapView => (VIEWS as readonly unknown[]).includes(view) ? (view as MapView) : 'geo';

/** A council drawn as a dot: its radius in screen pixels (at 1:1, whatever the zoom). */
export const DOT = 6;
/** A network's partnership node: half its side in screen pixels. */
export const BOX = 6;
/** Label text, in screen pixels. */
export const LABEL = 13;
/** A tall country in a wide column should not push the rest of the page far down. */
export const MAX_HEIGHT = 600;
