/**
 * Acceptance cases written from the sources (shared/seeds, shared/reference), one JSON file per area:
 * test/cases/<area>.cases.json. Each case asks the engine one question on one date and checks the answer.
 *
 * A case (see CaseSchema; unknown keys are errors, so a typo fails loudly):
 * - id, q, asOf (default AS_OF), kind, command, errorCode, coverage;
 * - data: dotted paths into `answer.data` → expected value. Path steps: `a.b`, `a.0` (index), `a.length`,
 *   `a[k=v]` / `a[k=v,k2=v2]` (the first array element whose fields equal those values; numbers, true/false
 *   and null are compared as such), `a[*]` (map over the array). Expected values are exact (deep equality)
 *   unless written as an operator object: {"$oneOf": [...]}, {"$approx": n} (±0.001), {"$gte": n},
 *   {"$lte": n}, {"$contains": x} (array element or case-insensitive substring), {"$notContains": x},
 *   {"$match": "/re/"} (a string, or any element of an array of strings), {"$notMatch": "/re/"}, {"$exists": bool};
 * - summary / title / text: { includes, excludes } — case-insensitive substrings, or regexes written "/…/flags";
 *   `text` is the whole answer rendered as plain text;
 * - facts: fact ids the answer must cite; factValues: fact id → the value it must carry;
 * - lifecycle: ids (or {id, state}) the answer must list; conflicts: ids (or {id, values}) it must list, each
 *   value a substring one of the conflict's values must contain;
 * - findings: each {code?, severity?, minSeverity?, message?} must match one finding; maxSeverity: no finding above it;
 * - why: the source (file + section/table) and the reasoning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { renderPlainText } from '../../shared';
import type { Answer } from '../../shared';
import { AS_OF, ask } from '../support/knowledge-fixture';

const DIR = __dirname;

const TextCheckSchema = z.object({ includes: z.array(z.string()).default([]), excludes: z.array(z.string()).default([]) }).strict();

const SeveritySchema = z.enum(['info', 'warning', 'critical']);

const CaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case kebab'),
    q: z.string().min(1),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    kind: z.enum(['answer', 'usage_error']),
    command: z.string().optional(),
    errorCode: z.string().optional(),
    coverage: z.enum(['answered', 'low_confidence', 'not_covered']).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    title: TextCheckSchema.optional(),
    summary: TextCheckSchema.optional(),
    text: TextCheckSchema.optional(),
    facts: z.array(z.string()).optional(),
    factValues: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).optional(),
    lifecycle: z.array(z.union([z.string(), z.object({ id: z.string(), state: z.enum(['in_effect', 'upcoming']) }).strict()])).optional(),
    conflicts: z
      .array(z.union([z.string(), z.object({ id: z.string().regex(/^conflict-\d\d$/), values: z.array(z.string()).optional() }).strict()]))
      .optional(),
    findings: z
      .array(
        z
          .object({
            code: z.string().optional(),
            severity: SeveritySchema.optional(),
            minSeverity: SeveritySchema.optional(),
            message: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    maxSeverity: SeveritySchema.optional(),
    why: z.string().min(20, 'every case names its source and reasoning'),
  })
  .strict();
type Case = z.infer<typeof CaseSchema>;

const OPERATORS = ['$oneOf', '$approx', '$gte', '$lte', '$contains', '$notContains', '$match', '$notMatch', '$exists'] as const;

function loadCases(): Array<{ file: string; c: Case }> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.cases.json'))
    .sort();
  const out: Array<{ file: string; c: Case }> = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown;
    const parsed = z.array(CaseSchema).safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${file}: malformed case file:\n${z.prettifyError(parsed.error)}`);
    }
    for (const c of parsed.data) {
      const prev = seen.get(c.id);
      if (prev) throw new Error(`${file}: case id ${c.id} is also used in ${prev}`);
      seen.set(c.id, file);
      for (const [path, expected] of Object.entries(c.data ?? {})) checkOperatorShape(file, c.id, path, expected);
      out.push({ file, c });
    }
  }
  return out;
}

function isOperator(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).some((k) => k.startsWith('$'));
}

function checkOperatorShape(file: string, id: string, path: string, v: unknown): void {
  if (!isOperator(v)) return;
  const keys = Object.keys(v);
  if (keys.length !== 1 || !(OPERATORS as readonly string[]).includes(keys[0])) {
    throw new Error(`${file}: case ${id}, data["${path}"]: unknown operator ${JSON.stringify(v)} (one of ${OPERATORS.join(', ')})`);
  }
}

// ───────────── paths ─────────────

const MISSING = Symbol('missing');
type Resolved = unknown | typeof MISSING;

function splitPath(path: string): string[] {
  // Dots inside [...] belong to the filter (e.g. ports[number=443] is fine, blocks[x=10.0.0.0/8] too).
  const steps: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of path) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '.' && depth === 0) {
      steps.push(cur);
      cur = '';
    } else cur += ch;
  }
  steps.push(cur);
  return steps;
}

function literal(s: string): unknown {
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}

function getKey(x: unknown, key: string): Resolved {
  if (key === 'length' && (Array.isArray(x) || typeof x === 'string')) return (x as unknown[] | string).length;
  if (x !== null && typeof x === 'object' && key in (x as object)) return (x as Record<string, unknown>)[key];
  return MISSING;
}

function filterArray(x: unknown, inner: string): Resolved {
  if (!Array.isArray(x)) return MISSING;
  const conds = inner.split(',').map((kv) => {
    const i = kv.indexOf('=');
    return [kv.slice(0, i).trim(), literal(kv.slice(i + 1).trim())] as const;
  });
  const found = x.find(
    (el) => el !== null && typeof el === 'object' && conds.every(([k, want]) => (el as Record<string, unknown>)[k] === want),
  );
  return found === undefined ? MISSING : found;
}

/** One value, or (after a `[*]`) the list of values found; MISSING when a step finds nothing. */
function resolve(root: unknown, path: string): Resolved {
  let values: unknown[] = [root];
  let mapped = false;
  for (const step of splitPath(path)) {
    const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(step);
    if (!m) return MISSING;
    const [, key, filters] = m;
    if (key) {
      const got = values.map((v) => getKey(v, key));
      if (!mapped && got[0] === MISSING) return MISSING;
      values = got.filter((v) => v !== MISSING);
    }
    for (const f of filters.match(/\[[^\]]*\]/g) ?? []) {
      const inner = f.slice(1, -1);
      if (inner === '*') {
        if (values.some((v) => !Array.isArray(v))) return MISSING;
        values = values.flatMap((v) => v as unknown[]);
        mapped = true;
        continue;
      }
      const got = values.map((v) => filterArray(v, inner));
      if (!mapped && got[0] === MISSING) return MISSING;
      values = got.filter((v) => v !== MISSING);
    }
  }
  return mapped ? values : values[0];
}

// ───────────── comparisons ─────────────

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function toRegex(s: string): RegExp | null {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(s);
  return m ? new RegExp(m[1], m[2].includes('i') ? m[2] : `${m[2]}i`) : null;
}

function textHas(hay: string, needle: string): boolean {
  const re = toRegex(needle);
  return re ? re.test(hay) : hay.toLowerCase().includes(needle.toLowerCase());
}

function contains(actual: unknown, x: unknown): boolean {
  if (Array.isArray(actual))
    return actual.some(
      (el) => deepEqual(el, x) || (typeof el === 'string' && typeof x === 'string' && el.toLowerCase() === x.toLowerCase()),
    );
  if (typeof actual === 'string' && typeof x === 'string') return actual.toLowerCase().includes(x.toLowerCase());
  return false;
}

function matches(actual: Resolved, expected: unknown): boolean {
  if (isOperator(expected)) {
    const [op, arg] = Object.entries(expected)[0];
    if (op === '$exists') return (actual !== MISSING && actual !== undefined) === arg;
    if (actual === MISSING) return false;
    switch (op) {
      case '$oneOf':
        return (arg as unknown[]).some((v) => deepEqual(actual, v));
      case '$approx':
        return typeof actual === 'number' && Math.abs(actual - (arg as number)) <= 0.001;
      case '$gte':
        return typeof actual === 'number' && actual >= (arg as number);
      case '$lte':
        return typeof actual === 'number' && actual <= (arg as number);
      case '$contains':
        return contains(actual, arg);
      case '$notContains':
        return !contains(actual, arg);
      case '$match':
      case '$notMatch': {
        const re = toRegex(arg as string) ?? new RegExp(arg as string, 'i');
        const hit = Array.isArray(actual)
          ? actual.some((el) => typeof el === 'string' && re.test(el))
          : typeof actual === 'string' && re.test(actual);
        return op === '$match' ? hit : Array.isArray(actual) || typeof actual === 'string' ? !hit : false;
      }
    }
    return false;
  }
  if (actual === MISSING) return false;
  return deepEqual(actual, expected);
}

const show = (v: Resolved): string => (v === MISSING ? '(missing)' : JSON.stringify(v));
const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 } as const;

function check(c: Case, a: Answer, text: string): string[] {
  const errs: string[] = [];
  const ctx = `[${c.id}] "${c.q}" as of ${c.asOf ?? AS_OF}`;
  const fail = (path: string, expected: unknown, actual: unknown) =>
    errs.push(
      `${ctx}\n    ${path}: expected ${typeof expected === 'string' ? expected : JSON.stringify(expected)}\n    ${' '.repeat(path.length)}  got      ${typeof actual === 'string' ? actual : JSON.stringify(actual)}`,
    );

  if (a.kind !== c.kind)
    fail('kind', c.kind, `${a.kind}${a.error ? ` (${a.error.code}: ${a.error.message})` : ''} — summary: ${a.summary}`);
  if (c.command && a.command !== c.command) fail('command', c.command, a.command);
  if (c.errorCode && a.error?.code !== c.errorCode) fail('errorCode', c.errorCode, a.error?.code ?? '(none)');
  if (c.coverage && a.coverage !== c.coverage) fail('coverage', c.coverage, a.coverage);

  for (const [path, expected] of Object.entries(c.data ?? {})) {
    const actual = resolve(a.data, path);
    if (!matches(actual, expected)) fail(`data.${path}`, expected, show(actual));
  }

  for (const [name, hay] of [
    ['title', a.title],
    ['summary', a.summary],
    ['text', text],
  ] as const) {
    const chk = c[name];
    if (!chk) continue;
    for (const s of chk.includes)
      if (!textHas(hay, s)) fail(`${name} includes`, s, name === 'text' ? `(not in the rendered answer; summary: ${a.summary})` : hay);
    for (const s of chk.excludes)
      if (textHas(hay, s)) fail(`${name} excludes`, s, name === 'text' ? '(present in the rendered answer)' : hay);
  }

  const factIds = a.facts.map((f) => f.id);
  for (const id of c.facts ?? []) if (!factIds.includes(id)) fail('facts', `cites ${id}`, factIds.join(', ') || '(no facts)');
  for (const [id, value] of Object.entries(c.factValues ?? {})) {
    const f = a.facts.find((x) => x.id === id);
    if (!f) fail(`factValues.${id}`, value, `(fact not cited; cited: ${factIds.join(', ') || 'none'})`);
    else if (f.value !== value) fail(`factValues.${id}`, value, f.value);
  }

  for (const l of c.lifecycle ?? []) {
    const want = typeof l === 'string' ? { id: l } : l;
    const got = a.lifecycle.find((x) => x.id === want.id);
    if (!got) fail('lifecycle', `lists ${want.id}`, a.lifecycle.map((x) => `${x.id}(${x.state})`).join(', ') || '(none)');
    else if ('state' in want && want.state && got.state !== want.state) fail(`lifecycle.${want.id}.state`, want.state, got.state);
  }

  for (const k of c.conflicts ?? []) {
    const want = typeof k === 'string' ? { id: k, values: [] as string[] } : { id: k.id, values: k.values ?? [] };
    const got = a.conflicts.find((x) => x.id === want.id);
    if (!got) {
      fail('conflicts', `lists ${want.id}`, a.conflicts.map((x) => x.id).join(', ') || '(none)');
      continue;
    }
    if (got.values.length < 2)
      fail(
        `conflicts.${want.id}.values`,
        'both (all) values',
        got.values.map((v) => v.value),
      );
    for (const v of want.values) {
      if (!got.values.some((x) => textHas(x.value, v)))
        fail(
          `conflicts.${want.id}.values`,
          `a value containing ${v}`,
          got.values.map((x) => x.value),
        );
    }
  }

  for (const f of c.findings ?? []) {
    const ok = a.findings.some(
      (x) =>
        (!f.code || x.code === f.code) &&
        (!f.severity || x.severity === f.severity) &&
        (!f.minSeverity || SEVERITY_RANK[x.severity] >= SEVERITY_RANK[f.minSeverity]) &&
        (!f.message || textHas(x.message, f.message)),
    );
    if (!ok)
      fail(
        'findings',
        f,
        a.findings.map((x) => `${x.severity} ${x.code}: ${x.message}`),
      );
  }
  if (c.maxSeverity) {
    const over = a.findings.filter((x) => SEVERITY_RANK[x.severity] > SEVERITY_RANK[c.maxSeverity!]);
    if (over.length)
      fail(
        'maxSeverity',
        `no finding above ${c.maxSeverity}`,
        over.map((x) => `${x.severity} ${x.code}: ${x.message}`),
      );
  }
  return errs;
}

const cases = loadCases();

describe('acceptance cases (test/cases/*.cases.json)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each([...new Set(cases.map((x) => x.file))])('%s', (file) => {
    test.each(cases.filter((x) => x.file === file).map((x) => [x.c.id, x.c] as const))('%s', (_id, c) => {
      const a = ask(c.q, { asOf: c.asOf ?? AS_OF });
      const text = renderPlainText(a);
      const errs = check(c, a, text);
      if (errs.length) throw new Error(`${errs.join('\n')}\n  why: ${c.why}`);
    });
  });
});
