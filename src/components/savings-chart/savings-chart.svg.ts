/** The plot as SVG, read straight from the render model: axes, bars, lines, points, labels, focus ring. */
import { nothing, svg } from 'lit';
import type { Mark, RenderModel, SeriesModel } from './savings-chart.layout.js';

const status = (mark: Mark) => (mark.derived ? `${mark.point.status} derived` : mark.point.status);

/**
 * Each series' bar texture (the first plain, then dots, stripes, crosses…) and, for estimated
 * figures, a hatch in the series' colour: series and status differ by more than colour, and stay
 * apart in forced colours, where the textures are drawn in system colours.
 */
const TEXTURES = [
  '',
  svg`<circle class="tex-fg" cx="3" cy="3" r="1.3"></circle>`,
  svg`<path class="tex-line" d="M0,1.5h6M0,4.5h6"></path>`,
  svg`<path class="tex-line" d="M1.5,0v6M4.5,0v6"></path>`,
  svg`<path class="tex-line" d="M0,3h6M3,0v6"></path>`,
  svg`<path class="tex-line" d="M0,0l6,6M6,0l-6,6"></path>`
];

export const texture = (series: number) => series % TEXTURES.length;

export function patterns(indexes: readonly number[]) {
  return svg`<defs>${indexes.map(
    (i) => svg`${texture(i)
      ? svg`<pattern id="tex-${i}" class="s${i % 8}" patternUnits="userSpaceOnUse" width="6" height="6"><rect class="tex-bg" width="6" height="6"></rect>${TEXTURES[texture(i)]}</pattern>`
      : nothing}
      <pattern id="est-${i}" class="s${i % 8}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect class="hatch-bg" width="5" height="5"></rect><path class="hatch" d="M1.25,0v5"></path></pattern>`
  )}</defs>`;
}

/** The fill a bar takes from its series and status, as an attribute (the stylesheet colours the rest). */
export function barFill(series: number, state: string): string | typeof nothing {
  if (state === 'estimated') return `url(#est-${series})`;
  if (state === 'actual' && texture(series)) return `url(#tex-${series})`;
  return nothing;
}

function renderSeries(g: SeriesModel) {
  return svg`<g class="series s${g.index % 8}">
    ${g.joined.length
      ? g.joined.map((j) => svg`<path class="bar ${j.status} joined" fill=${barFill(g.index, j.status)} d=${j.d}></path>`)
      : g.bars.map((m) => svg`<path class="bar ${status(m)}" fill=${barFill(g.index, m.point.status)} d=${m.d} data-period=${m.point.period.label} data-kind="in-year"></path>`)}
    ${g.line?.solid ? svg`<path class="line" d=${g.line.solid}></path>` : nothing}
    ${g.line?.dashed ? svg`<path class="line dashed" d=${g.line.dashed}></path>` : nothing}
    ${g.dotted ? g.points.map((m) => svg`<path class="dot ${status(m)}" d=${m.d} data-period=${m.point.period.label} data-kind="cumulative"></path>`) : nothing}
    ${g.end ? svg`<path class="dot end" d=${g.end}></path>` : nothing}
  </g>`;
}

export function renderPlot(model: RenderModel, active: Mark | undefined) {
  const { plot } = model;
  const right = plot.left + plot.width;
  const bottom = plot.top + plot.height;
  const lh = model.lineHeight;
  return svg`<svg part="svg" width=${model.width} height=${model.height} viewBox="0 0 ${model.width} ${model.height}"
      aria-hidden="true" focusable="false" font-family="inherit">
    ${patterns([...new Set([0, ...model.series.filter((s) => s.bars.length).map((s) => s.index)])])}
    <g part="axes" class="axes">
      ${model.yTicks.map(
        (t) => svg`<line class="grid" x1=${plot.left} x2=${right} y1=${t.at} y2=${t.at}></line>
          <text class="tick y" x=${plot.left - 8} y=${t.labelAt} text-anchor="end" dominant-baseline="central">${t.label}</text>`
      )}
      <line class="axis" x1=${plot.left} x2=${right} y1=${model.zeroY} y2=${model.zeroY}></line>
      ${model.xTicks.map(
        (t) => svg`<line class="tick-mark" x1=${t.at} x2=${t.at} y1=${bottom} y2=${bottom + 5}></line>
          <text class="tick x" x=${t.labelAt} y=${bottom + 8} text-anchor="middle" dominant-baseline="hanging">${t.label}</text>`
      )}
    </g>
    ${model.annotations.map(
      (a) => svg`<g class="annotation">
        <line x1=${a.x} x2=${a.x} y1=${plot.top - 6} y2=${bottom}></line>
        <text x=${a.anchor === 'start' ? a.x + 4 : a.x - 4} y=${plot.top - 8 - (a.lines.length - 1) * lh} text-anchor=${a.anchor}>${a.lines.map(
          (line, i) => svg`<tspan x=${a.anchor === 'start' ? a.x + 4 : a.x - 4} dy=${i ? lh : 0}>${line}</tspan>`
        )}</text>
      </g>`
    )}
    ${model.series.map(renderSeries)}
    ${model.labels.map(
      (l) => svg`<g class="direct-label s${l.seriesIndex % 8}"><path class="dot" d=${l.d}></path><text x=${l.x} y=${l.y} dominant-baseline="central">${l.text}</text></g>`
    )}
    ${active
      ? active.bar
        ? svg`<rect class="focus-ring" x=${active.x - active.w / 2 - 3} y=${active.y - 3} width=${active.w + 6} height=${active.h + 6}></rect>`
        : svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="8"></circle>`
      : nothing}
  </svg>`;
}
