/** The plot as SVG, read straight from the render model: axes, bars, lines, dots, labels, focus ring. */
import { nothing, svg } from 'lit';
import type { Mark, RenderModel } from './savings-chart.layout.js';

const cls = (mark: Mark) => `s${mark.seriesIndex % 8} ${mark.plotted.point.status}${mark.plotted.derived ? ' derived' : ''}`;

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
    <g class="bars">
      ${model.bars.map(
        (m) => svg`<rect class="bar ${cls(m)}" x=${m.bar!.x} y=${m.bar!.y} width=${m.bar!.width} height=${m.bar!.height}
          data-period=${m.plotted.point.period.label} data-kind="in-year"></rect>`
      )}
    </g>
    <g class="lines">
      ${model.lines.map(
        (l) => svg`${l.solid ? svg`<path class="line s${l.seriesIndex % 8}" d=${l.solid}></path>` : nothing}
          ${l.dashed ? svg`<path class="line dashed s${l.seriesIndex % 8}" d=${l.dashed}></path>` : nothing}`
      )}
    </g>
    <g class="dots">
      ${model.dots.map(
        (m) => svg`<circle class="dot ${cls(m)}" cx=${m.x} cy=${m.y} r="4"
          data-period=${m.plotted.point.period.label} data-kind="cumulative"></circle>`
      )}
    </g>
    ${model.labels.map((l) => svg`<text class="direct-label s${l.seriesIndex % 8}" x=${l.x} y=${l.y} dominant-baseline="middle">${l.text}</text>`)}
    ${active
      ? active.bar
        ? svg`<rect class="focus-ring" x=${active.bar.x - 3} y=${active.bar.y - 3} width=${active.bar.width + 6} height=${active.bar.height + 6}></rect>`
        : svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="8"></circle>`
      : nothing}
  </svg>`;
}
