// The machine's speed, given beside the benches whose targets are absolute (the network's 1 s, the
// demo's 1.5 s): a fixed loop of 20 million square roots, about 20 ms on an idle core of a recent
// laptop. Self-contained, so that a Node script can also hand it to a page (`page.evaluate`).
export function referenceLoop() {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    let sum = 0;
    for (let k = 0; k < 2e7; k++) sum += Math.sqrt(k);
    times.push(performance.now() - start + (sum < 0 ? 1 : 0));
  }
  return times.sort((a, b) => a - b)[2];
}
