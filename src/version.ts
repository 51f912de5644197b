/**
 * The library's version, for support calls: a page script reads it as `SharedServicesWidgets.version`
 * (set by the first of this library's ES files the page loads; the classic script makes it that
 * script's own exports, which hold `version` too), from any element's class
 * (`customElements.get('shared-key-figures').version`, the version that registered that element), or
 * as the bundle's `version` export. It follows package.json: the
 * release test (test/release/versions.test.mjs) fails when the two disagree.
 */
export const version = '0.2.0';

/** The page-wide record: the first file loaded keeps it, as it keeps the elements it registered. */
export function announceVersion(): void {
  const page = globalThis as { SharedServicesWidgets?: { version: string } };
  if (!page.SharedServicesWidgets) page.SharedServicesWidgets = Object.freeze({ version });
}
