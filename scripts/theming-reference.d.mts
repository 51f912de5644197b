// Types for scripts/theming-reference.mjs, which the browser test imports.
export declare const START: string;
export declare const END: string;
export interface GlobalToken {
  name: string;
  private: string;
  default: string;
}
export declare function globalTokensFrom(cssText: string): GlobalToken[];
export declare function elementsFrom(manifest: unknown): { tagName: string; cssProperties?: { name: string }[]; cssParts?: { name: string }[] }[];
export declare function renderReference(manifest: unknown, tokensCss: string): string;
export declare function withReference(doc: string, section: string): string;
export declare function referenceIn(doc: string): string | undefined;
