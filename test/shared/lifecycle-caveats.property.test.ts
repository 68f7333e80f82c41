/**
 * Lifecycle caveats are the engine's job, not each command's: over a pool of commands and every date next
 * to a lifecycle date (the day before, the day, the day after), an answer that uses a fact about something
 * with a dated change carries that change, says it in a finding while it applies or is ahead, says no
 * sentence twice, and never lists a retired thing as supported or recommends it.
 *
 * What is owed is worked out here from the events themselves, not with the engine's helpers.
 */
import fc from 'fast-check';
import type { LifecycleEvent } from '../../knowledge';
import { skuLabel } from '../../knowledge/derive';
import { TUNNEL_LABEL } from '../../knowledge/labels';
import type { Answer } from '../../shared';
import { isAnswerOf } from '../../shared';
import { ask, loadKnowledge } from '../support/knowledge-fixture';

const kb = loadKnowledge();

const COMMANDS = [
  'compat windows',
  'compat macos',
  'compat linux',
  'compat ios',
  'compat android',
  'compat entra',
  'compat certificate',
  'compat radius sstp',
  'compat windows sstp',
  'compat linux entra',
  'compat macos entra openvpn',
  'ports',
  'ports sstp',
  'ports ikev2',
  'limits sstp',
  'limits linux',
  'limits audience',
  'limits basic',
  'limits legacy',
  'limits non-az',
  'limits vpn-gateway-skus',
  'limits client-compatibility',
  'limits performance',
  'sizing 100 users',
  'sizing 800 users sstp',
  'sizing 50 users sstp ikev2',
  'sizing 5000 users',
  'sizing 300 users from vpngw1-gen1',
  'sizing 300 users from standard',
  'pool 172.16.0.0/22 sstp ikev2',
  'pool 10.0.0.0/24 sstp openvpn',
  'routes 30',
  'scenario sstp-migration',
  'bastion 500 rdp',
  'expressroute 5 gbps',
] as const;

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const DATES = [
  ...new Set(kb.lifecycle.flatMap((e) => [e.date, ...(e.endDate ? [e.endDate] : [])]).flatMap((d) => [shift(d, -1), d, shift(d, 1)])),
].sort();

// Each (command, date) is answered once; the property then checks many draws against these answers.
const answers = new Map<string, Answer>();
function answerAt(command: string, asOf: string): Answer {
  const key = `${asOf} ${command}`;
  let a = answers.get(key);
  if (!a) {
    a = ask(command, { asOf });
    answers.set(key, a);
  }
  return a;
}

/** The things the answer's facts are about, read from the model (the answer carries only fact ids). */
function thingsUsed(a: Answer): Set<string> {
  return new Set(a.facts.flatMap((f) => kb.factById.get(f.id)?.about ?? []));
}

const inEffect = (e: LifecycleEvent, asOf: string) => e.date <= asOf;
/** Whether an answer that touches the event owes a finding about it on this date. */
function owed(e: LifecycleEvent, asOf: string, touched: readonly LifecycleEvent[]): boolean {
  if (!inEffect(e, asOf)) return true;
  if (e.kind === 'available') return false; // a release that happened is how things are now
  if (e.kind === 'migration-window' && e.endDate && asOf > e.endDate) return false; // closed
  // Once the same things are retired, an earlier "can't be created / enabled" or window has nothing more to say.
  return !touched.some(
    (r) => r !== e && r.kind === 'retired' && inEffect(r, asOf) && r.date >= e.date && e.subjects.every((s) => r.subjects.includes(s)),
  );
}

/** How people see a thing's name in a table (SKU label, tunnel label, client name). */
function nameOf(id: string): string | undefined {
  const sku = kb.gatewaySkus.find((s) => s.id === id);
  if (sku) return skuLabel(sku);
  if (id in TUNNEL_LABEL) return TUNNEL_LABEL[id as keyof typeof TUNNEL_LABEL];
  return kb.clients.find((c) => c.id === id)?.name;
}

const tableRows = (a: Answer) => a.sections.flatMap((s) => (s.type === 'table' ? s.rows : []));
const everything = (a: Answer) => JSON.stringify([a.summary, a.findings.map((f) => f.message), a.sections]);

// A verdict depends only on (command, date): each pair is checked once, however often it is drawn.
const checked = new Set<string>();
function check(command: string, asOf: string): void {
  const key = `${asOf} ${command}`;
  if (checked.has(key)) return;
  verify(command, asOf);
  checked.add(key);
}

function verify(command: string, asOf: string): void {
  const a = answerAt(command, asOf);
  const text = everything(a);
  expect(a.kind).toBe('answer');
  const used = thingsUsed(a);
  const touched = kb.lifecycle.filter((e) => e.subjects.some((s) => used.has(s)));

  // Every dated change of something used is carried, with its state on the date, and said while it matters.
  for (const e of touched) {
    expect(a.lifecycle).toContainEqual(expect.objectContaining({ id: e.id, state: inEffect(e, asOf) ? 'in_effect' : 'upcoming' }));
    if (owed(e, asOf, touched)) {
      const saying = a.findings.filter((f) => f.lifecycle?.includes(e.id));
      if (!saying.length) throw new Error(`"${command}" as of ${asOf}: no finding states ${e.id}`);
      expect(text).toContain(e.date);
    }
  }
  // Rules may list more (sizing lists the dates that rule SKUs in or out), but only about things the answer names.
  const named = JSON.stringify(a.data);
  for (const l of a.lifecycle) {
    if (touched.some((e) => e.id === l.id)) continue;
    expect(l.subjects.some((s) => named.includes(`"${s}"`))).toBe(true);
  }

  // No sentence twice.
  const messages = a.findings.map((f) => f.message);
  expect(new Set(messages).size).toBe(messages.length);

  // Nothing retired on the date is listed as supported or recommended; "supported" for a tunnel type that
  // can't be enabled any more says so in the same row.
  const retired = kb.lifecycle.filter((e) => e.kind === 'retired' && inEffect(e, asOf)).flatMap((e) => e.subjects);
  const cannotEnable = kb.lifecycle.filter((e) => e.kind === 'enable-ends' && inEffect(e, asOf)).flatMap((e) => e.subjects);
  const notCreatable = kb.lifecycle.filter((e) => e.kind === 'creation-ends' && inEffect(e, asOf)).flatMap((e) => e.subjects);
  for (const row of tableRows(a)) {
    const status = row.find((cell) => /^supported\b/.test(cell));
    if (!status) continue;
    for (const id of retired) {
      const name = nameOf(id);
      if (name) expect(row.some((cell) => cell === name || cell.split(', ').includes(name))).toBe(false);
    }
    for (const id of cannotEnable) if (row.includes(nameOf(id) ?? '\0')) expect(status).toMatch(/can't be enabled/);
  }
  if (isAnswerOf(a, 'compat')) {
    for (const c of a.data.cells.filter((x) => x.status === 'supported')) {
      expect(retired).not.toContain(c.tunnel);
      for (const id of retired) expect(c.clients).not.toContain(nameOf(id));
      if (cannotEnable.includes(c.tunnel)) expect(c.statusNote).toMatch(/can't be enabled/);
    }
  }
  if (isAnswerOf(a, 'ports')) {
    if (a.data.protocols.some((x) => retired.includes(x.id))) expect(a.summary).toContain('stopped working');
  }
  if (isAnswerOf(a, 'sizing')) {
    // Read loosely: the sizing answer's data is being reworked, and only the recommended SKU ids matter here.
    const picked = [a.data as { recommended?: { sku?: string } | null; headroom?: { sku?: string } | null }]
      .flatMap((d) => [d.recommended?.sku, d.headroom?.sku])
      .filter((id): id is string => Boolean(id));
    for (const id of picked) {
      expect(retired).not.toContain(id);
      expect(notCreatable).not.toContain(id);
    }
  }
}

describe('lifecycle caveats (commands × the days around every lifecycle date)', () => {
  it('the pool covers every lifecycle event: some command touches each', () => {
    const touched = new Set(COMMANDS.flatMap((c) => answerAt(c, DATES[0]).lifecycle.map((l) => l.id)));
    expect(kb.lifecycle.map((e) => e.id).filter((id) => !touched.has(id))).toEqual([]);
  });

  it('every answer carries the dated changes of what it used, says them while they matter, and never lists a retired thing as supported', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.constantFrom(...DATES), (command, asOf) => check(command, asOf)),
      { numRuns: 10_000 },
    );
  });
});
