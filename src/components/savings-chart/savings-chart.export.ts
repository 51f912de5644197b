/**
 * Downloads: the data as CSV (the same columns the chart reads, so a file goes round), and the chart
 * as SVG or PNG with its fonts and colours written into the file, since page styles do not travel.
 */
import { toCsv as csvText } from '../../format/csv.js';
import type { ChartSeries } from './savings-chart.data.js';

/** CSV with the header `period,amount,kind,series,status,source,note`; every text cell made safe for spreadsheets (by `toCsv`), read back as it was. */
export function toCsv(series: readonly ChartSeries[], defaultName: string): string {
  const rows = series.flatMap((s) =>
    s.points.map((p) => {
      const source = typeof p.source === 'string' ? p.source : (p.source?.url ?? p.source?.name ?? '');
      return [p.period.label, String(p.amount), p.kind, s.name ?? defaultName, p.status, source, p.note ?? ''];
    })
  );
  return csvText([['period', 'amount', 'kind', 'series', 'status', 'source', 'note'], ...rows]);
}

const COPIED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility'
];

/** A standalone SVG file of `svg`: computed styles copied onto each element, on a background. */
export function svgFile(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = to[i]!;
    for (const name of COPIED) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    target.removeAttribute('class');
  });
  // Lit's markers (empty comments) mean nothing outside the page.
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const node of markers) node.parentNode!.removeChild(node);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('aria-hidden');
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  clone.insertBefore(rect, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

/** The SVG drawn onto a canvas at `scale` times its size, as PNG. */
export async function pngFile(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png')
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
