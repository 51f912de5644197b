/**
 * shared-services-widgets: importing this module registers every element.
 */
export * from './components/key-figures/key-figures.js';
export * from './components/savings-chart/savings-chart.js';
export * from './components/partner-roster/partner-roster.js';
export * from './components/readiness-checklist/readiness-checklist.js';
export * from './components/partnership-map/partnership-map.js';
export { SharedElement } from './core/shared-element.js';
/** The library's version (also `SharedServicesWidgets.version` on the page and `version` on every element class). */
export { version } from './version.js';
export type { DataErrorDetail, PointFocusDetail, ReadinessChangeDetail, SelectDetail, SharedEventMap } from './core/events.js';
export type { Dataset, Council, Partnership, Partner, SavingsPoint } from './data/dataset.js';
export type { Figure, KeyFiguresModel } from './components/key-figures/key-figures.data.js';
export type { SavingsInput, ChartSeries, ChartPoint, Annotation } from './components/savings-chart/savings-chart.data.js';
export type { RosterModel, RosterRow } from './components/partner-roster/partner-roster.data.js';
export type { Checklist, ChecklistSection, ChecklistItem } from './components/readiness-checklist/readiness-checklist.data.js';
export type { ChecklistState, ItemState, Status as ChecklistStatus } from './components/readiness-checklist/readiness-checklist.state.js';
export type { ChecklistProgress } from './components/readiness-checklist/readiness-checklist.layout.js';
export type { MapModel, MapCouncil, MapPartnership } from './components/partnership-map/partnership-map.data.js';
