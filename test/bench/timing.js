// What every part of the bench page shares: the stage the drawings go in, the wait for a frame, and
// one timed drawing (from a clean stage until the drawing is laid out; a peer's chart destroyed after).
export const stage = document.getElementById('stage');
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function timed(draw) {
  stage.replaceChildren();
  await nextFrame();
  const start = performance.now();
  const handle = await draw();
  void stage.offsetHeight;
  const time = performance.now() - start;
  if (handle && handle.destroy) handle.destroy();
  if (handle && handle.dispose) handle.dispose();
  stage.replaceChildren();
  return time;
}
