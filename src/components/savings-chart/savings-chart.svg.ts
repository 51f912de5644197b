/** The plot as SVG, read straight from the render model: axes, bars, lines, dots, labels, focus ring. */
import { nothing, svg } from 'lit';
import type { Mark, RenderModel } from './savings-chart.layout.js';

const status = (mark: Mark) => (mark.plotted.derived ? `${mark.plotted.point.status} derived` : mark.plotted.point.status);

export function renderPlot(model: RenderModel, active: Mark | undefined) {
  const { plot } = model;
  const right = plot.left + plot.width;
  const bottom = plot.top + plot.height;
  return svg`<svg part="svg" width=${model.width} height=${model.height} viewBox="0 0 ${model.width} ${model.height}"
      aria-hidden="true" focusable="false" font-family="inherit">
    <g part="axes" class="axes">
      ${model.yTicks.map(
        (t) => svg`<line class="grid" x1=${plot.left} x2=${right} y1=${t.y} y2=${t.y}></line>
          <text class="tick y" x=${plot.left - 8} y=${t.y} text-anchor="end" dominant-baseline="middle">${t.label}</text>`
      )}
      <line class="axis" x1=${plot.left} x2=${right} y1=${model.zeroY} y2=${model.zeroY}></line>
      ${model.xTicks.map(
        (t) => svg`<line class="tick-mark" x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 5}></line>
          <text class="tick x" x=${t.x} y=${bottom + 18} text-anchor="middle">${t.label}</text>`
      )}
    </g>
    ${model.annotations.map(
      (a) => svg`<g class="annotation">
        <line x1=${a.x} x2=${a.x} y1=${plot.top - 6} y2=${bottom}></line>
        <text x=${a.anchor === 'start' ? a.x + 4 : a.x - 4} y=${plot.top - 10} text-anchor=${a.anchor}>${a.label}</text>
      </g>`
    )}
    ${model.series.map(
      (g) => svg`<g class="series s${g.seriesIndex % 8}">
        ${g.bars.map((m) => svg`<path class="bar ${status(m)}" d=${m.d} data-period=${m.plotted.point.period.label} data-kind="in-year"></path>`)}
        ${g.line?.solid ? svg`<path class="line" d=${g.line.solid}></path>` : nothing}
        ${g.line?.dashed ? svg`<path class="line dashed" d=${g.line.dashed}></path>` : nothing}
        ${g.dots.map((m) => svg`<path class="dot ${status(m)}" d=${m.d} data-period=${m.plotted.point.period.label} data-kind="cumulative"></path>`)}
      </g>`
    )}
    ${model.labels.map((l) => svg`<text class="direct-label s${l.seriesIndex % 8}" x=${l.x} y=${l.y} dominant-baseline="middle">${l.text}</text>`)}
    ${active
      ? active.bar
        ? svg`<rect class="focus-ring" x=${active.bar.x - 3} y=${active.bar.y - 3} width=${active.bar.width + 6} height=${active.bar.height + 6}></rect>`
        : svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="8"></circle>`
      : nothing}
  </svg>`;
}
