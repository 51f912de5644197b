/**
 * What the data controllers need of the element they serve: its data attributes, its words, and a
 * way to fire the data events. `SharedElement` (src/core/) is one; the controllers name this shape
 * rather than import it, so `controllers` never imports `core` (core imports the controllers: the
 * layers import one way, see scripts/layers.mjs).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';

export interface DataErrorEventDetail {
  message: string;
  path?: string;
  problems: string[];
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null;
  format: string | null;
  timeout: number;
  refresh: number | null;
  geoBase: string | null;
  /** The element's words in its language. */
  readonly t: Messages;
  emit(type: 'shared-data-load', detail: unknown): boolean;
  emit(type: 'shared-data-error', detail: DataErrorEventDetail): boolean;
}
