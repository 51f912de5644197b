/** Registers `<shared-savings-chart>`. Import this module (or the bundle) to use the element.
 * It also exports the widget's public types; src/index.ts (the bundle) re-exports every widget's entry file. */
import { SharedSavingsChart } from './savings-chart.component.js';

SharedSavingsChart.define('shared-savings-chart');

declare global {
  interface HTMLElementTagNameMap {
    'shared-savings-chart': SharedSavingsChart;
  }
}

export { SharedSavingsChart };
/** The shapes of its data, for scripts that set `data` or read events. */
export type { SavingsInput, ChartSeries, ChartPoint, Annotation } from './savings-chart.data.js';
export type { PointFocusDetail } from './savings-chart.events.js';
