/** Sizes of a set of bundle files: minified bytes, min+gzip bytes, and minified bytes per package ("(own)" for the library). */
export interface PartSize {
  min: number;
  gzip: number;
  packages: Record<string, number>;
  /** How many output files. */
  files: number;
  /** The library's source files among them (`src/model/validate.ts`), sorted. */
  sources: string[];
}
/** A consumer bundle: its initial load, in `lazy` what its import()s load on demand, and in `css` the stylesheet it imports (0 when none). */
export interface BundleSize extends PartSize {
  lazy: PartSize;
  css: { min: number; gzip: number };
}
/** A page that draws a map: our own script, the script with its dependencies, the stylesheet, and all of it together (bytes, min+gzip). */
export interface PageSize {
  own: BundleSize;
  shipped: BundleSize;
  css: { min: number; gzip: number };
  total: number;
}
/** The repository root. */
export declare const ROOT: string;
/** The size budgets, in bytes, min+gzip. */
export declare const BUDGETS: { own: number; total: number };
/** Where the budgets are meant to go (the page is above them for now), in bytes, min+gzip. */
export declare const TARGETS: { own: number; total: number };
/** The library's runtime dependencies. */
export declare const DEPENDENCIES: string[];
/** The package's entry points. */
export declare const ENTRY_POINTS: string[];
/** A consumer entry that draws a map: `JourneyMap` and `styles.css`. */
export declare const MAP_PAGE: string;
/** A consumer entry that re-exports the whole main entry. */
export declare const MAIN_ENTRY: string;
/** A consumer entry that re-exports every entry point. */
export declare const ALL_ENTRY_POINTS: string;
/** A consumer entry that imports every component. */
export declare const COMPONENTS_ENTRY: string;
/** Consumer entries: `name` to look one up, `label` to show it. */
export declare const ENTRIES: Array<{ name: string; label: string; code: string }>;
/** Bundles a consumer entry against the built package and measures it. */
export declare function measureEntry(code: string, options?: { external?: string[] }): Promise<BundleSize>;
/** The page that draws a map, measured. */
export declare function measurePage(): Promise<PageSize>;
/** The stylesheet's size: raw, minified, min+gzip. */
export declare function measureCss(): Promise<{ raw: number; min: number; gzip: number }>;
/** Every size figure. */
export declare function measureAll(): Promise<{
  page: PageSize;
  own: BundleSize;
  ownAll: BundleSize;
  ownComponents: BundleSize;
  entries: Array<BundleSize & { name: string; label: string }>;
  naive: BundleSize;
  css: { raw: number; min: number; gzip: number };
  budgets: { own: number; total: number };
  targets: { own: number; total: number };
}>;
/** Bytes as "12.3 KB". */
export declare function kb(bytes: number): string;
