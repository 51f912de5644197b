// Runs in the page: times first render and a data update of each widget at several sizes, from
// setting the data until the element's update has completed and the page has been laid out
// (forced by reading a layout property), so the figures are not rounded to animation frames.
const stage = document.getElementById('stage');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function figures(n, offset = 0) {
  return {
    figures: Array.from({ length: n }, (_, i) => ({
      value: (i + 1 + offset) * 1_234_567,
      format: i % 2 ? 'currency' : 'number',
      label: `Figure ${i + 1}`,
      source: { name: 'Bench', url: 'https://example.org/' }
    }))
  };
}

async function time(tag, data, update, runs) {
  const first = [];
  const updates = [];
  for (let run = 0; run < runs; run++) {
    stage.replaceChildren();
    await nextFrame();
    const el = document.createElement(tag);
    let start = performance.now();
    el.data = data;
    stage.append(el);
    await el.updateComplete;
    while (el.hasAttribute('aria-busy') || !el.shadowRoot.querySelector('[part~="figures"]')) await el.updateComplete;
    void stage.offsetHeight;
    first.push(performance.now() - start);
    start = performance.now();
    el.data = update;
    await el.updateComplete;
    await el.updateComplete;
    void stage.offsetHeight;
    updates.push(performance.now() - start);
    await nextFrame();
  }
  return { first: median(first), update: median(updates) };
}

window.runBench = async (runs = 15) => {
  await customElements.whenDefined('shared-key-figures');
  const results = [];
  for (const n of [3, 30, 300]) {
    const r = await time('shared-key-figures', figures(n), figures(n, 1), runs);
    results.push({ widget: 'shared-key-figures', size: `${n} figures`, 'first render (ms)': r.first.toFixed(1), 'data update (ms)': r.update.toFixed(1) });
  }
  return results;
};
window.benchReady = true;
