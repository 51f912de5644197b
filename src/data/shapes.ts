/**
 * Inputs recognised by their shape alone, before (or without) any schema: a GSS code and the shared
 * dataset. A leaf module, so that the council checks, the map's geography reader and the checklist
 * can use these without taking in the dataset's schemas.
 */

/** A GSS code: a country letter, then eight digits (`E08000026`). */
export const GSS = /^[ENSWK]\d{8}$/;

export const isGss = (value: unknown): value is string => typeof value === 'string' && GSS.test(value);

/** True when `input` looks like the shared dataset rather than a widget's own format. */
export function isDataset(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && ('partnerships' in input || 'councils' in input);
}
