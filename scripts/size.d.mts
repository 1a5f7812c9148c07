/** A bundle's size: minified bytes, min+gzip bytes, and minified bytes per package ("(own)" for the library). */
export interface BundleSize {
  min: number;
  gzip: number;
  packages: Record<string, number>;
}
/** The repository root. */
export declare const ROOT: string;
/** The size budgets, in bytes, min+gzip. */
export declare const BUDGETS: { own: number; total: number };
/** The library's runtime dependencies. */
export declare const DEPENDENCIES: string[];
/** A consumer entry that imports every component. */
export declare const COMPONENTS_ENTRY: string;
/** Consumer entries: the whole library, then single imports. */
export declare const ENTRIES: Array<{ name: string; code: string }>;
/** Bundles a consumer entry against the built package and measures it. */
export declare function measureEntry(code: string, options?: { external?: string[] }): Promise<BundleSize>;
/** The stylesheet's size: raw, minified, min+gzip. */
export declare function measureCss(): Promise<{ raw: number; min: number; gzip: number }>;
/** Every size figure. */
export declare function measureAll(): Promise<{
  own: BundleSize;
  ownComponents: BundleSize;
  entries: Array<BundleSize & { name: string }>;
  naive: BundleSize;
  css: { raw: number; min: number; gzip: number };
  budgets: { own: number; total: number };
}>;
/** Bytes as "12.3 KB". */
export declare function kb(bytes: number): string;
