/**
 * Colour measures the tests share: WCAG 2 relative luminance and contrast ratio, of channel arrays or
 * of computed `rgb(…)` strings, and the computed value of a system colour (forced colours).
 */

/** Relative luminance of an sRGB colour given as 0–255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
}

const channels = (c: string | readonly number[]) => (typeof c === 'string' ? c.match(/[\d.]+/g)!.slice(0, 3).map(Number) : c);

/** WCAG contrast ratio of two colours: channel arrays or computed `rgb(…)` strings. */
export function contrast(a: string | readonly number[], b: string | readonly number[]): number {
  const [x, y] = [luminance(channels(a)), luminance(channels(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** What a system colour (`Highlight`, `CanvasText`, …) computes to on this page now. */
export function systemColour(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
