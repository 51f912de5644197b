/** Registers `<shared-savings-chart>`. Import this module (or the bundle) to use the element. */
import { SharedSavingsChart } from './savings-chart.component.js';

SharedSavingsChart.define('shared-savings-chart');

declare global {
  interface HTMLElementTagNameMap {
    'shared-savings-chart': SharedSavingsChart;
  }
}

export { SharedSavingsChart };
