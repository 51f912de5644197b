import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/savings-chart/savings-chart.js';
import type { SharedSavingsChart } from '../../src/components/savings-chart/savings-chart.component.js';
import type { PointFocusDetail } from '../../src/components/savings-chart/savings-chart.events.js';
import { fuzzElement } from '../helpers/fuzz.js';
import { part, settled, text } from '../helpers/element.js';

const LGA_PERIODS = ['2011-12', '2013-03', '2014', '2015', '2018', '2018/19'];
const LGA_FULL = ['£156,500,000', '£278,000,000', '£357,000,000', '£462,000,000', '£971,000,000', '£1,340,000,000'];

const twoSeries = {
  series: [
    {
      id: 'adoption',
      name: 'Adoption',
      points: [
        { period: '2016/17', amount: 400000 },
        { period: '2017/18', amount: 900000 },
        { period: '2018/19', amount: 1200000, status: 'estimated' },
        { period: '2019/20', amount: 1500000, status: 'projected' }
      ]
    },
    {
      id: 'waste',
      name: 'Waste disposal',
      points: [
        { period: '2016/17', amount: 700000 },
        { period: '2017/18', amount: 650000 },
        { period: '2019/20', amount: 800000 }
      ]
    }
  ],
  annotations: [{ period: '2018-02', label: 'Adoption Central England starts' }]
};

async function chart(attrs: { src?: string; data?: unknown; mode?: string; partnership?: string; width?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${attrs.width ?? 720}px">
    <shared-savings-chart src=${attrs.src ?? ''} mode=${attrs.mode ?? 'both'} partnership=${attrs.partnership ?? ''} .data=${attrs.data}></shared-savings-chart>
  </div>`);
  const el = wrapper.querySelector('shared-savings-chart') as SharedSavingsChart;
  await settled(el);
  return el;
}

const marks = (el: Element, kind: string) => [...el.shadowRoot!.querySelectorAll(`[data-kind="${kind}"]:not(tr)`)].map((m) => m.getAttribute('data-period'));
const yLabels = (el: Element) => [...el.shadowRoot!.querySelectorAll('.tick.y')].map(text);

async function openTable(el: SharedSavingsChart) {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /table/i.test(b.textContent!))!;
  button.click();
  await el.updateComplete;
  return part(el, 'table')!;
}

describe('<shared-savings-chart> with the LGA national series', () => {
  for (const [name, src] of [
    ['JSON', '/test/fixtures/lga-savings.json'],
    ['CSV', '/test/fixtures/lga-savings.csv']
  ]) {
    it(`draws the ${name} file as a cumulative line with no in-year bars, in £m and £bn`, async () => {
      const el = await chart({ src });
      expect(marks(el, 'cumulative')).to.deep.equal(LGA_PERIODS);
      expect(marks(el, 'in-year')).to.deep.equal([]);
      const labels = yLabels(el);
      expect(labels[0]).to.equal('£0');
      expect(labels).to.include('£1bn');
      expect(labels.some((l) => /^£\d+m$/.test(l))).to.equal(true);
      expect(labels.some((l) => /^£1\.\dbn$/.test(l))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it(`lists every figure of the ${name} file in full in the table`, async () => {
      const el = await chart({ src });
      const table = await openTable(el);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((r) => r.getAttribute('data-period'))).to.deep.equal(LGA_PERIODS);
      expect(rows.map((r) => text(r.querySelector('.num')))).to.deep.equal(LGA_FULL);
      expect(text(rows[0]!.querySelector('th'))).to.equal('December 2011');
      expect(table.querySelectorAll('th[scope="col"]').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
    });
  }

  it('never turns cumulative totals into in-year bars, even when asked for in-year savings', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json', mode: 'in-year' });
    expect(marks(el, 'in-year')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')).to.equal(null);
    expect(text(part(el, 'empty'))).to.contain('Differences between cumulative totals are not in-year savings');
    await expect(el).to.be.accessible();
  });

  it('summarises the trend in words for screen readers', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json' });
    expect(text(part(el, 'summary'))).to.contain(
      'All English councils (LGA survey): cumulative savings rose from £156.5m in December 2011 to £1.34bn by March 2019.'
    );
    // The chart is described by the summary: its aria-describedby resolves to the summary itself.
    const plot = part(el, 'chart')!;
    const described = plot.getAttribute('aria-describedby')!.split(' ').map((ref) => el.shadowRoot!.getElementById(ref));
    expect(described.some((d) => d?.getAttribute('part')?.split(' ').includes('summary') && text(d) === text(part(el, 'summary')))).to.equal(true);
  });
});

describe('<shared-savings-chart> series, modes and marks', () => {
  it('draws in-year bars and a running cumulative line, with a gap where a year is missing', async () => {
    const el = await chart({ data: twoSeries });
    expect(marks(el, 'in-year')).to.deep.equal(['2016/17', '2017/18', '2018/19', '2019/20', '2016/17', '2017/18', '2019/20']);
    // Waste disposal has no 2018/19 figure: its running total stops at 2017/18.
    expect(marks(el, 'cumulative')).to.deep.equal(['2016/17', '2017/18', '2018/19', '2019/20', '2016/17', '2017/18']);
    const xLabels = [...el.shadowRoot!.querySelectorAll('.tick.x')].map(text);
    expect(xLabels).to.deep.equal(['2016/17', '2017/18', '2018/19', '2019/20']);
    await expect(el).to.be.accessible();
  });

  it('draws estimated and projected figures differently, and names them in the legend and table', async () => {
    const el = await chart({ data: twoSeries });
    const estimated = el.shadowRoot!.querySelector('path.bar.estimated[data-period="2018/19"]')!;
    const actual = el.shadowRoot!.querySelector('path.bar.actual[data-period="2017/18"]')!;
    // Estimated: hatched in the series' colour; projected: hollow with a dashed outline.
    expect(getComputedStyle(estimated).fill).to.match(/url\(.*#est-0/);
    expect(getComputedStyle(actual).fill).to.equal('rgb(18, 67, 109)');
    const projected = getComputedStyle(el.shadowRoot!.querySelector('path.bar.projected')!);
    expect(projected.fill).to.equal('rgb(255, 255, 255)');
    expect(projected.strokeDasharray).to.not.equal('none');
    expect(el.shadowRoot!.querySelector('path.line.dashed')).to.not.equal(null);
    const legend = text(part(el, 'legend'));
    expect(legend).to.contain('Estimated');
    expect(legend).to.contain('Projected');
    expect(legend).to.contain('Adoption');
    const table = await openTable(el);
    expect(text(table)).to.contain('Projected');
  });

  it('shows only the line in cumulative mode and only bars in in-year mode', async () => {
    const cumulative = await chart({ data: twoSeries, mode: 'cumulative' });
    expect(marks(cumulative, 'in-year')).to.deep.equal([]);
    expect(marks(cumulative, 'cumulative').length).to.equal(6);
    const inYear = await chart({ data: twoSeries, mode: 'in-year' });
    expect(marks(inYear, 'cumulative')).to.deep.equal([]);
    expect(marks(inYear, 'in-year').length).to.equal(7);
  });

  it('labels each line directly and draws annotations', async () => {
    const el = await chart({ data: twoSeries });
    expect([...el.shadowRoot!.querySelectorAll('.direct-label')].map(text)).to.deep.equal(['Adoption', 'Waste disposal']);
    expect(text(el.shadowRoot!.querySelector('.annotation'))).to.equal('Adoption Central England starts');
  });

  it('adds up partnerships from the dataset, or shows the one chosen', async () => {
    const dataset = {
      partnerships: [
        { id: 'p1', name: 'One', savings: [{ period: '2017/18', amount: 100 }, { period: '2018/19', amount: 200 }] },
        { id: 'p2', name: 'Two', savings: [{ period: '2018/19', amount: 50 }] },
        { id: 'p3', name: 'Three', savings: [{ period: '2018/19', amount: 5000, kind: 'cumulative' }] }
      ]
    };
    const all = await chart({ data: dataset });
    const table = await openTable(all);
    // The bars, and the running totals the chart draws from them.
    expect([...table.querySelectorAll('tbody .num')].map(text)).to.deep.equal(['£100', '£100', '£250', '£350']);
    expect(text(part(all, 'notes'))).to.contain('Not in the total, as they give cumulative figures only: Three.');
    const one = await chart({ data: dataset, partnership: 'p3' });
    expect(marks(one, 'cumulative')).to.deep.equal(['2018/19']);
    const missing = await chart({ data: dataset, partnership: 'nope' });
    expect(text(part(missing, 'notes'))).to.contain('No partnership has the id "nope"');
  });
});

describe('<shared-savings-chart> reading it', () => {
  it('moves point to point with the arrow keys, Home and End, and between series, announcing each', async () => {
    const el = await chart({ data: twoSeries });
    const plot = part(el, 'chart')!;
    const events: PointFocusDetail[] = [];
    el.addEventListener('shared-point-focus', (e) => events.push(e.detail));
    plot.focus();
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('[aria-live]')!;
    expect(text(live)).to.equal('Adoption, 2016/17: £400k, In-year savings, Actual.');
    const press = async (key: string) => {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await press('ArrowRight');
    expect(text(live)).to.equal('Adoption, 2016/17: £400k, Cumulative savings, Actual.');
    await press('End');
    expect(text(live)).to.equal('Adoption, 2019/20: £4m, Cumulative savings, Projected.');
    await press('ArrowDown');
    expect(events[events.length - 1]!.series).to.deep.equal({ id: 'waste', name: 'Waste disposal' });
    expect(events[events.length - 1]!.period).to.equal('2019/20');
    await press('Home');
    expect(events[events.length - 1]!.period).to.equal('2016/17');
    await press('ArrowUp');
    expect(events[events.length - 1]!.series.id).to.equal('adoption');
    expect(events.map((e) => e.kind)).to.include('cumulative');
    expect(part(el, 'tooltip')).to.not.equal(null);
    expect(text(part(el, 'tooltip'))).to.contain('Adoption');
    await press('Escape');
    expect(part(el, 'tooltip')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a tooltip with the source one click away on hover', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json' });
    const dot = el.shadowRoot!.querySelector<SVGPathElement>('path.dot[data-period="2011-12"]')!;
    const box = dot.getBoundingClientRect();
    const plot = part(el, 'chart')!;
    const focus = oneEvent(el, 'shared-point-focus');
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true }));
    const { detail } = await focus;
    expect(detail.period).to.equal('2011-12');
    await el.updateComplete;
    const tooltip = part(el, 'tooltip')!;
    expect(text(tooltip)).to.contain('£156.5m');
    expect(text(tooltip)).to.contain('£156,500,000');
    expect(tooltip.querySelector('a')!.href).to.contain('local.gov.uk');
    plot.dispatchEvent(new PointerEvent('click', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true }));
    await el.updateComplete;
    expect(part(el, 'tooltip')!.classList.contains('pinned')).to.equal(true);
  });

  it('places its tooltip again when the point moves, but does not measure the page for an update that leaves it where it is', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json' });
    const plot = part(el, 'chart')!;
    const press = async (key: string) => {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await press('ArrowRight');
    const tip = part(el, 'tooltip')!;
    const frame = tip.parentElement!;
    let measured = 0;
    const measure = frame.getBoundingClientRect.bind(frame);
    frame.getBoundingClientRect = () => (measured++, measure());
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => /data table/i.test(text(b)))!.click();
    await el.updateComplete;
    expect(part(el, 'table')).to.not.equal(null);
    expect(measured).to.equal(0);
    const left = tip.style.getPropertyValue('left');
    await press('ArrowRight');
    expect(part(el, 'tooltip')).to.equal(tip);
    expect(measured).to.equal(1);
    expect(tip.style.getPropertyValue('left')).to.match(/px$/);
    expect(tip.style.getPropertyValue('left')).to.not.equal(left);
  });

  it('speaks Welsh', async () => {
    const wrapper = await fixture(html`<div lang="cy" style="width:600px"><shared-savings-chart src="/test/fixtures/lga-savings.json"></shared-savings-chart></div>`);
    const el = wrapper.querySelector('shared-savings-chart') as SharedSavingsChart;
    await settled(el);
    expect(text(part(el, 'summary'))).to.contain('cododd arbedion cronnus o £156.5m yn Rhagfyr 2011 i £1.34bn erbyn Mawrth 2019');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(text(button)).to.equal('Dangos tabl data');
    await expect(el).to.be.accessible();
  });

  it('fits a 280px container and follows its size', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json', width: 280 });
    const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    expect(svg.getAttribute('width')).to.equal('280');
    expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    (el.parentElement as HTMLElement).style.width = '600px';
    await aTimeout(100);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('width')).to.equal('600');
    await expect(el).to.be.accessible();
  });

  it('shows the table for printing', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json' });
    expect(part(el, 'table')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    expect(part(el, 'table')).to.not.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(part(el, 'table')).to.equal(null);
  });
});

describe('<shared-savings-chart> export', () => {
  it('exports the data as CSV that reads back the same', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json' });
    const blob = (await el.exportAs('csv'))!;
    const csv = await blob.text();
    expect(csv.split('\n')[0]).to.equal('period,amount,kind,series,status,source,note');
    expect(csv).to.contain('2011-12,156500000,cumulative,All English councils (LGA survey),actual,https://www.local.gov.uk/our-support');
    const again = await chart({ data: undefined });
    again.format = 'csv';
    again.src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    await settled(again);
    expect(marks(again, 'cumulative')).to.deep.equal(LGA_PERIODS);
  });

  it('exports the chart as SVG with colours and fonts written in, and as PNG', async () => {
    const el = await chart({ src: '/test/fixtures/lga-savings.json' });
    const svg = await (await el.exportAs('svg'))!.text();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('stroke="rgb(18, 67, 109)"');
    const font = getComputedStyle(part(el, 'base')!).fontFamily.replaceAll('"', '&quot;');
    expect(svg).to.contain(`font-family="${font}"`);
    expect(svg).to.not.contain('var(--');
    const png = (await el.exportAs('png'))!;
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.slice(0, 4).arrayBuffer());
    expect([...bytes]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });
});

describe('<shared-savings-chart> bad input', () => {
  it('locates a non-numeric amount, a bad period, a duplicate and a falling cumulative total, and draws the rest', async () => {
    const el = await chart({
      data: {
        series: [
          {
            name: 'Mixed',
            points: [
              { period: '2015/16', amount: 100, kind: 'cumulative' },
              { period: '2016/17', amount: 'abc', kind: 'cumulative' },
              { period: 'Q3 2017', amount: 300, kind: 'cumulative' },
              { period: '2017/18', amount: 400, kind: 'cumulative' },
              { period: '2017/18', amount: 450, kind: 'cumulative' },
              { period: '2018/19', amount: 350, kind: 'cumulative' }
            ]
          }
        ]
      }
    });
    expect(marks(el, 'cumulative')).to.deep.equal(['2015/16', '2017/18']);
    const warnings = [...part(el, 'warnings')!.querySelectorAll('li')].map(text);
    expect(warnings).to.deep.equal([
      'series[0].points[1].amount: expected a number, got "abc"',
      'series[0].points[2].period: expected a financial year such as 2018/19 or a date such as 2013-03-31, got "Q3 2017"',
      'series[0].points[4].period: expected each period once per series and kind (it is already at series[0].points[3]), got "2017/18"',
      'series[0].points[5].amount: expected a cumulative total of at least 400, the total at 2017/18, got 350'
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a located error for broken JSON and CSV, and an empty state with no data', async () => {
    const broken = await chart({ src: `/test-server/echo?type=application/json&body=${encodeURIComponent('{"series": [')}` });
    expect(part(broken, 'error')!.getAttribute('role')).to.equal('alert');
    expect(text(part(broken, 'error'))).to.contain('not valid JSON');
    await expect(broken).to.be.accessible();
    const csv = await chart({ src: `/test-server/echo?type=text/csv&body=${encodeURIComponent('when,amount\n2018/19,5')}` });
    expect(text(part(csv, 'error'))).to.contain('the CSV header needs the column period');
    const empty = await chart();
    expect(part(empty, 'empty')).to.not.equal(null);
    await expect(empty).to.be.accessible();
  });

  it('never throws and never goes blank, whatever it is fed', async function () {
    // Many renders in one test: on a loaded machine (CI, Firefox) this takes longer than mocha's 10 s.
    this.timeout(60_000);
    await fuzzElement({ tag: 'shared-savings-chart', seeds: [twoSeries, [{ period: '2018/19', amount: 5 }]], content: 'svg[part~="svg"], [part~="empty"]', runs: 120 });
  });
});

describe('<shared-savings-chart> text measuring on a page of charts', () => {
  /** How many texts the browser was asked to measure while `draw` ran. */
  async function measuring(draw: () => Promise<unknown>): Promise<number> {
    const proto = SVGGraphicsElement.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'getBBox')!;
    let calls = 0;
    proto.getBBox = function (this: SVGGraphicsElement, ...args: Parameters<SVGGraphicsElement['getBBox']>) {
      if (this instanceof SVGTextElement) calls++;
      return own.value.apply(this, args);
    };
    try {
      await draw();
    } finally {
      Object.defineProperty(proto, 'getBBox', own);
    }
    return calls;
  }

  const chart = async (font: string) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px; --shared-font-family: ${font}">
      <shared-savings-chart .data=${twoSeries}></shared-savings-chart>
    </div>`);
    const el = wrapper.querySelector('shared-savings-chart') as SharedSavingsChart;
    await settled(el);
    return el;
  };

  it('measures a text once for every chart whose text is styled alike, and again for text styled otherwise', async () => {
    // Font stacks no other test uses, so that nothing was measured in them before.
    const first = await measuring(() => chart('"Measuring A", serif'));
    expect(first, 'the first chart measures its texts').to.be.greaterThan(3);
    // The same texts in the same style: only the line height is measured again.
    expect(await measuring(() => chart('"Measuring A", serif'))).to.equal(1);
    // Text in another font: measured afresh.
    expect(await measuring(() => chart('"Measuring B", monospace'))).to.be.greaterThan(3);
  });
});
