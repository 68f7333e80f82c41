/** Small statistics shared by the benches: quantiles, and the median with its spread over repeated runs. */

/** The q-quantile (0…1) of numbers sorted ascending (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median and range of repeated measurements: one noisy run moves the range, not the median. */
export function spread(xs: readonly number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0], max: sorted[sorted.length - 1] };
}

export const formatSpread = (s: Spread, digits = 2): string =>
  `${round(s.median, digits)} (${round(s.min, digits)}–${round(s.max, digits)})`;
