/**
 * shared-services-widgets: importing this module registers every element.
 *
 * Made by `npm run widgets` from src/widgets.json (the widget registry): do not edit by hand. Each
 * widget's entry file exports its element class and its public types.
 */
export * from './components/key-figures/key-figures.js';
export * from './components/savings-chart/savings-chart.js';
export * from './components/partner-roster/partner-roster.js';
export * from './components/readiness-checklist/readiness-checklist.js';
export * from './components/partnership-map/partnership-map.js';
export { SharedElement } from './core/shared-element.js';
/** The library's version (also `SharedServicesWidgets.version` on the page and `version` on every element class). */
export { version } from './version.js';
export type { DataErrorDetail, SelectDetail, SharedEventMap } from './core/events.js';
export type { Dataset, Council, Partnership, Partner, SavingsPoint } from './data/dataset.js';
