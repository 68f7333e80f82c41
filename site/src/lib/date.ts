import { isIsoDate } from '../../../knowledge/dates';

/** A valid ISO calendar date (YYYY-MM-DD) or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  return isIsoDate(value) ? value : undefined;
}
