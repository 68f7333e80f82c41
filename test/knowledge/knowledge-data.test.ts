/**
 * Every entry of the knowledge model, one test each, named by its id: it validates against its schema,
 * and every source it cites exists, names a section, and has a date (or says why it has none).
 */
import { collections } from '../../knowledge/model';
import type { CollectionName } from '../../knowledge/model';
import type { Fact, Source } from '../../knowledge/schema';
import { dataModules, loadKnowledge, referenceConflictNumbers } from '../support/knowledge-fixture';

const kb = loadKnowledge();

type Row = { file: string; collection: CollectionName; name: string; entry: Record<string, unknown> };

function nameOf(entry: Record<string, unknown>, i: number): string {
  if (typeof entry.id === 'string') return entry.id;
  if (typeof entry.units === 'number') return `scale unit ${entry.units}`;
  if (typeof entry.unitsFrom === 'number') return `scale units ${entry.unitsFrom}-${entry.unitsTo}`;
  return `#${i}`;
}

const rows: Row[] = dataModules.flatMap((m) =>
  (Object.keys(collections) as CollectionName[]).flatMap((collection) =>
    ((m[collection] ?? []) as Array<Record<string, unknown>>).map((entry, i) => ({
      file: m.file,
      collection,
      name: nameOf(entry, i),
      entry,
    })),
  ),
);
const byCollection = (c: CollectionName) => rows.filter((r) => r.collection === c).map((r) => [`${r.name} (${r.file})`, r] as const);

/** Every `{ sourceId, section }` inside an entry, wherever it sits (row source, fieldSources, conflict values, scenario sources). */
function sourceRefs(x: unknown, out: Array<{ sourceId: string; section: string }> = []): Array<{ sourceId: string; section: string }> {
  if (Array.isArray(x))
    x.forEach((v) => {
      sourceRefs(v, out);
    });
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.sourceId === 'string') out.push({ sourceId: o.sourceId, section: String(o.section ?? '') });
    else
      Object.values(o).forEach((v) => {
        sourceRefs(v, out);
      });
  }
  return out;
}

function expectResolvableSource(ref: { sourceId: string; section: string }): Source {
  const src = kb.sourceById.get(ref.sourceId);
  if (!src) throw new Error(`cites unknown source "${ref.sourceId}"`);
  expect(ref.section.trim().length).toBeGreaterThan(0);
  if (src.date === null) expect(src.dateNote?.trim().length ?? 0).toBeGreaterThan(10);
  else expect(src.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return src;
}

describe('the data files', () => {
  it('hold entries in every collection the model declares', () => {
    for (const c of Object.keys(collections) as CollectionName[]) expect(rows.some((r) => r.collection === c)).toBe(true);
  });

  it('load without a single problem', () => {
    expect(kb.facts.length).toBeGreaterThan(500);
  });
});

describe.each(Object.keys(collections) as CollectionName[])('%s', (collection) => {
  const list = byCollection(collection);
  it.each(list)('%s validates and cites a dated source with a section', (_name, row) => {
    const parsed = collections[collection].safeParse(row.entry);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const refs = sourceRefs(row.entry);
    // Sources are the sources; the out-of-scope list is our own declaration of what the model doesn't cover.
    if (collection !== 'sources' && collection !== 'outOfScope') expect(refs.length).toBeGreaterThan(0);
    refs.forEach(expectResolvableSource);
  });
});

describe('every fact (written and derived from the tables)', () => {
  const facts = kb.facts.map((f) => [f.id, f] as const);
  it.each(facts)('%s has a source, a section, a date or a reason, and a value or a reason', (_id, f: Fact) => {
    expectResolvableSource(f.source);
    if (f.value === null) expect(f.unknown?.trim().length ?? 0).toBeGreaterThan(10);
    if (f.status === 'superseded') {
      const by = kb.factById.get(f.supersededBy!);
      expect(by).toBeDefined();
      expect(by!.id).not.toBe(f.id);
    }
    if (f.conflict) expect(kb.conflicts.some((c) => c.id === f.conflict)).toBe(true);
    if (f.effective) expect(f.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ids are unique across written and derived facts', () => {
    const ids = kb.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('VPN Gateway SKUs', () => {
  const limitFields = ['s2sTunnels', 'p2sSstp', 'p2sIkev2OpenVpn', 'throughputMbps', 'supportedVms'] as const;
  it.each(kb.gatewaySkus.map((s) => [s.id, s] as const))(
    '%s gives every limit (a value, "not supported", or unknown with a reason) and its cells are facts',
    (_id, sku) => {
      for (const field of limitFields) {
        const v = sku[field];
        if (typeof v === 'object') expect(v.unknown.length).toBeGreaterThan(10);
        else expect(typeof v === 'number' || v === 'not-supported').toBe(true);
      }
      for (const suffix of ['s2s-tunnels', 'p2s-sstp', 'p2s-ikev2-openvpn', 'throughput', 'bgp', 'zone-redundant', 'supported-vms']) {
        expect(kb.factById.get(`${sku.id}-${suffix}`)).toBeDefined();
      }
      if (sku.family === 'non-az' || sku.family === 'legacy') {
        expect(kb.lifecycle.some((e) => e.kind === 'creation-ends' && e.subjects.includes(sku.id))).toBe(true);
        expect(kb.gatewaySkus.some((t) => t.id === sku.migratesTo && t.family === 'az')).toBe(true);
      }
    },
  );
});

describe('cross-references', () => {
  it.each(kb.clientMatrix.map((r) => [r.id, r] as const))(
    'client matrix row %s names known clients and a minimum-OS fact that exists',
    (_id, r) => {
      for (const c of r.clients) expect(kb.clients.map((x) => x.id)).toContain(c);
      if (r.minOsFact) expect(kb.factById.get(r.minOsFact)).toBeDefined();
      if (r.status === 'supported') expect(r.clients.length).toBeGreaterThan(0);
      else expect(r.reason?.length ?? 0).toBeGreaterThan(5);
    },
  );

  it.each(kb.scenarios.map((s) => [s.id, s] as const))('scenario %s: every fact, step fact and related scenario exists', (_id, s) => {
    for (const f of s.facts) expect(kb.factById.get(f)?.id).toBe(f);
    s.steps.forEach((st) => {
      st.facts.forEach((f) => {
        expect(kb.factById.get(f)?.id).toBe(f);
      });
    });
    for (const r of s.related) expect(kb.scenarios.some((x) => x.id === r)).toBe(true);
  });

  it.each(kb.conflicts.map((c) => [c.id, c] as const))(
    'conflict %s is a row of the reference list, with values, sources and a verdict',
    (_id, c) => {
      expect(referenceConflictNumbers).toContain(c.number);
      expect(c.id).toBe(`conflict-${String(c.number).padStart(2, '0')}`);
      expect(c.values.length).toBeGreaterThanOrEqual(2);
      for (const f of c.facts) expect(kb.factById.get(f)).toBeDefined();
      if (c.verdict.status === 'resolved') expect(c.values[c.verdict.current]).toBeDefined();
    },
  );

  it.each(kb.lifecycle.map((e) => [e.id, e] as const))('lifecycle event %s applies to things that exist', (_id, e) => {
    const subjects = new Set(
      [...kb.gatewaySkus, ...kb.protocols, ...kb.clients, ...kb.clientMatrix, ...kb.authMethods, ...kb.bastionSkus, ...kb.erGateways].map(
        (x) => x.id,
      ),
    );
    // A thing no table holds (the manually registered Entra app) is named by the fact that defines it.
    for (const s of e.subjects) expect(subjects.has(s) || kb.factById.has(s)).toBe(true);
  });

  it.each(kb.lifecycle.map((e) => [e.id, e] as const))('lifecycle event %s reaches answers: some fact is about each subject', (_id, e) => {
    for (const s of e.subjects) expect(kb.facts.some((f) => f.status === 'current' && f.about?.includes(s))).toBe(true);
  });

  it('every conflict listed in the reference has an entry', () => {
    const have = new Set(kb.conflicts.map((c) => c.number));
    expect(referenceConflictNumbers.filter((n) => !have.has(n))).toEqual([]);
  });
});
