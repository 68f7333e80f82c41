/**
 * The context `check` takes beside the JSON (users, ranges to avoid, client OSes, evaluation date), read
 * from the words a person types: the site's /check form and POST /api/check read them here, so both refuse
 * the same things with the same messages (the CLI's flags say the same in its own words).
 */
import type { Os } from '../../knowledge';
import { isIsoDate } from '../../knowledge/dates';
import { OSES } from '../../knowledge/labels';
import { checkCidr } from '../rules/cidr';

/** What runCheck takes beside the files and the model. */
export interface CheckContext {
  users?: number;
  avoid: string[];
  clients: Os[];
  asOf?: string;
}

/** The words for each option, as a form or a request gives them (lists as arrays or comma-separated text). */
export interface CheckContextInput {
  users?: unknown;
  avoid?: unknown;
  clients?: unknown;
  asOf?: unknown;
}

type Read<T> = { ok: true; value: T } | { ok: false; option: keyof CheckContextInput; message: string };

/** Other words people use for an OS. */
const OS_WORDS: Readonly<Record<string, Os>> = { mac: 'macos', osx: 'macos', iphone: 'ios', ipad: 'ios', ipados: 'ios', win: 'windows' };
/** Concurrent users: the sizing rules' scale stops well below ten million. */
const USERS_PATTERN = /^\d{1,7}$/;

function listOf(v: unknown): string[] | undefined {
  if (typeof v === 'string') return v.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.flatMap((x: string) => x.split(/[\s,]+/)).filter(Boolean);
  return undefined;
}

const absent = (v: unknown) => v === undefined || v === null || v === '';

/** Reads and checks the options; the first problem is returned with the option it concerns. */
export function readCheckContext(input: CheckContextInput): Read<CheckContext> {
  const ctx: CheckContext = { avoid: [], clients: [] };
  if (!absent(input.users)) {
    const text = typeof input.users === 'number' ? String(input.users) : typeof input.users === 'string' ? input.users.trim() : '';
    if (!USERS_PATTERN.test(text) || Number(text) < 1)
      return { ok: false, option: 'users', message: 'users takes a whole number of concurrent users (1 or more).' };
    ctx.users = Number(text);
  }
  if (!absent(input.avoid)) {
    const parts = listOf(input.avoid);
    if (!parts) return { ok: false, option: 'avoid', message: 'avoid takes IPv4 CIDR blocks, e.g. 10.0.0.0/16, 192.168.0.0/24.' };
    for (const part of parts) {
      const c = checkCidr(part);
      if (!c.ok)
        return {
          ok: false,
          option: 'avoid',
          message:
            c.reason === 'misaligned'
              ? `avoid: ${part} is not aligned; did you mean ${c.aligned}?`
              : `avoid takes IPv4 CIDR blocks; ${part} is not one (${c.message}).`,
        };
      ctx.avoid.push(c.range.toCidrString());
    }
  }
  if (!absent(input.clients)) {
    const parts = listOf(input.clients);
    if (!parts) return { ok: false, option: 'clients', message: `clients takes any of ${OSES.join(', ')}.` };
    for (const part of parts.map((p) => p.toLowerCase())) {
      const os = (OSES as readonly string[]).includes(part) ? (part as Os) : OS_WORDS[part];
      if (!os) return { ok: false, option: 'clients', message: `clients takes any of ${OSES.join(', ')}; "${part}" is not one of them.` };
      if (!ctx.clients.includes(os)) ctx.clients.push(os);
    }
  }
  if (!absent(input.asOf)) {
    if (typeof input.asOf !== 'string' || !isIsoDate(input.asOf))
      return { ok: false, option: 'asOf', message: 'asOf takes a calendar date as YYYY-MM-DD.' };
    ctx.asOf = input.asOf;
  }
  return { ok: true, value: ctx };
}
