import { scaleDiverging, scaleLinear, scaleOrdinal, type ScaleDiverging, type ScaleLinear, type ScaleOrdinal } from 'd3-scale';

/** A linear scale from numbers to numbers, as {@link linearScale} makes it. */
export type LinearScale = ScaleLinear<number, number>;

// Thin factories over d3-scale: each takes one config object and sets only what it is
// given, so a scale's behaviour reads from its call site.

/** Options of {@link linearScale}. */
export interface LinearScaleConfig {
  /** The input extent, e.g. `[min, max]` of a score. */
  domain?: readonly [number, number];
  /** The output extent, e.g. `[bottom, top]` in pixels. */
  range?: readonly [number, number];
  /** Keeps outputs inside the range for inputs outside the domain. */
  clamp?: boolean;
  /** Extends the domain to round values; a number is the tick count to round for. */
  nice?: boolean | number;
}

/** A continuous linear scale (d3's `scaleLinear`). */
export function linearScale({ domain, range, clamp, nice }: LinearScaleConfig): ScaleLinear<number, number> {
  const scale = scaleLinear();
  if (domain) scale.domain(domain);
  if (range) scale.range(range);
  if (nice === true) scale.nice();
  else if (typeof nice === 'number') scale.nice(nice);
  if (clamp !== undefined) scale.clamp(clamp);
  return scale;
}

/** Options of {@link divergingScale}. */
export interface DivergingScaleConfig<Output> {
  /** Low end, midpoint and high end of the input. */
  domain?: readonly [number, number, number];
  /** Maps the position in the domain (0 at the low end, 0.5 at the midpoint, 1 at the high end) to the output. */
  interpolator: (t: number) => Output;
  /** Keeps the position within 0…1 for inputs outside the domain. */
  clamp?: boolean;
}

/** A diverging scale around a midpoint (d3's `scaleDiverging`). */
export function divergingScale<Output>({ domain, interpolator, clamp }: DivergingScaleConfig<Output>): ScaleDiverging<Output> {
  const scale = scaleDiverging<Output>(interpolator);
  if (domain) scale.domain(domain);
  if (clamp !== undefined) scale.clamp(clamp);
  return scale;
}

/** Options of {@link ordinalScale}. */
export interface OrdinalScaleConfig<Output> {
  /** The known inputs, in order. */
  domain?: readonly string[];
  /** The outputs; the nth input gets the nth output, cycling when there are fewer outputs than inputs. */
  range?: readonly Output[];
  /** The output for an input not in the domain. */
  unknown?: Output;
}

/** An ordinal scale from names to values (d3's `scaleOrdinal`). */
export function ordinalScale<Output>({ domain, range, unknown }: OrdinalScaleConfig<Output>): ScaleOrdinal<string, Output, Output> {
  const scale = scaleOrdinal<string, Output, Output>();
  if (domain) scale.domain(domain);
  if (range) scale.range(range);
  if (unknown !== undefined) scale.unknown(unknown);
  return scale;
}
