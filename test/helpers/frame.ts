/** Pages in an iframe of the test page, for tests of the built files in real pages. */

/** Fails with a clear message when `dist/` has not been built (npm test builds it first). */
export async function needBuild(file = '/dist/shared-services-widgets.js'): Promise<void> {
  const built = await fetch(file, { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
}

/**
 * Opens a page (`src`: its address; `srcdoc`: its HTML) in a 900 × 700 iframe added to the test page,
 * and resolves with the iframe's window once the page has loaded.
 */
export async function openFrame<W extends Window = Window>(page: { src: string } | { srcdoc: string }, size = { width: 900, height: 700 }): Promise<W> {
  const frame = document.createElement('iframe');
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as W;
}
