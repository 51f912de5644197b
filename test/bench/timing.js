// What every part of the bench page shares: the stage the drawings go in, the wait for a frame, and
// one timed drawing (from a clean stage until the drawing is laid out; a peer's chart destroyed after).
export const stage = document.getElementById('stage');
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/**
 * Before a timed run: the garbage earlier runs left collected (where the bench launched Chromium with
 * `--js-flags=--expose-gc`), then a frame. Otherwise a collection of one run's garbage lands at random
 * in a later run, the other side's included: it moved the chart's 10,000-point row of the A/B
 * between 0.87 and 1.72 of itself.
 */
export async function settle() {
  globalThis.gc?.();
  await nextFrame();
}

export async function timed(draw) {
  stage.replaceChildren();
  await settle();
  const start = performance.now();
  const handle = await draw();
  void stage.offsetHeight;
  const time = performance.now() - start;
  if (handle && handle.destroy) handle.destroy();
  if (handle && handle.dispose) handle.dispose();
  stage.replaceChildren();
  return time;
}
