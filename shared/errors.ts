import type { UsageErrorInfo } from './answer/answer';

/** Parsers return this instead of throwing: user mistakes are values, bugs are exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: UsageErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, expected: string, example: string): Result<never> => ({
  ok: false,
  error: { code, message, expected, example },
});

export function assertNever(x: never): never {
  throw new Error(`vpn-advisor: unexpected value ${JSON.stringify(x)}`);
}
