// `instanceof` for the package's error classes that holds across copies of a class. The
// ES module build and the CommonJS build each define their own classes, and a host can
// load both: an app that imports the package while a tool or a test suite requires it,
// or a server bundle beside a Node script. Each instance carries a brand registered
// with `Symbol.for`, which every copy shares, and the class's `Symbol.hasInstance`
// looks for it.

/** The registered symbol that brands instances of the error class `name`. */
export const errorBrand = (name: string): symbol => Symbol.for(`react-journey-map.${name}`);

/** Marks `instance` with `key`, unseen by enumeration and JSON. */
export function brand(instance: object, key: symbol): void {
  Object.defineProperty(instance, key, { value: true });
}

type Class = abstract new (...args: never[]) => unknown;

/**
 * The `Symbol.hasInstance` of a branded class `base`: true for any object carrying its
 * brand, whichever copy of the class made it. A subclass a host derives keeps the usual
 * prototype check.
 */
export function isBranded(target: Class, base: Class, key: symbol, value: unknown): boolean {
  if (target !== base) return Function.prototype[Symbol.hasInstance].call(target, value);
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[key] === true;
}
