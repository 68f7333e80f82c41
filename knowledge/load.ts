import { collections, KnowledgeError } from './model';
import type { CollectionName, DataModule, Entry, KnowledgeBase, KnowledgeProblem } from './model';
import type { Fact, FactInput, Source } from './schema';
import { FactSchema } from './schema';
import {
  factsFromBastionSku,
  factsFromErDirectPort,
  factsFromErScaleCircuitStep,
  factsFromErGateway,
  factsFromGatewaySku,
  factsFromPoolRequirement,
  factsFromUserVpnScaleUnit,
  factsFromProtocol,
  factsFromClientMatrixRow,
} from './derive';

type Collected = { [K in CollectionName]: Entry<K>[] };

/** An entry's name in problem reports and in `origin` keys ("collection:name"): its id, or its scale units for the two id-less tables. */
export function entryName(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object') {
    const e = entry as Record<string, unknown>;
    if (typeof e.id === 'string') return e.id;
    if (typeof e.units === 'number') return `scale unit ${e.units}`;
    if (typeof e.unitsFrom === 'number') return `scale units ${e.unitsFrom}-${e.unitsTo}`;
    if (typeof e.circuits === 'number') return `circuit step ${e.circuits}`;
  }
  return `#${index}`;
}

/** A table whose rows the loader turns into facts (knowledge/derive.ts). */
interface Derivation {
  collection: CollectionName;
  facts: (row: unknown) => FactInput[];
}
function derivation<K extends CollectionName>(collection: K, facts: (row: Entry<K>) => FactInput[]): Derivation {
  return { collection, facts: facts as (row: unknown) => FactInput[] };
}

/** The tables whose rows become facts, in the order their facts are added to the model. */
const derivations: readonly Derivation[] = [
  derivation('gatewaySkus', factsFromGatewaySku),
  derivation('userVpnScaleUnits', factsFromUserVpnScaleUnit),
  derivation('poolRequirements', factsFromPoolRequirement),
  derivation('bastionSkus', factsFromBastionSku),
  derivation('erGateways', factsFromErGateway),
  derivation('erDirectPorts', factsFromErDirectPort),
  derivation('erScaleCircuitSteps', factsFromErScaleCircuitStep),
  derivation('protocols', factsFromProtocol),
  derivation('clientMatrix', factsFromClientMatrixRow),
];

/** The facts of every table row, each with the row's `origin` key ("collection:name"). */
function rowFacts(tables: { readonly [K in CollectionName]: readonly Entry<K>[] }): Array<{ row: string; facts: FactInput[] }> {
  return derivations.flatMap(({ collection, facts }) =>
    (tables[collection] as readonly unknown[]).map((entry, i) => ({ row: `${collection}:${entryName(entry, i)}`, facts: facts(entry) })),
  );
}

/**
 * Which table row each derived fact comes from: fact id → the row's `origin` key ("collection:name", e.g.
 * "gatewaySkus:vpngw2az-gen2"). Facts written as facts are not in the map.
 */
export function derivedFrom(kb: KnowledgeBase): Map<string, string> {
  const rows = new Map<string, string>();
  for (const { row, facts } of rowFacts(kb)) for (const f of facts) rows.set(f.id, row);
  return rows;
}

/**
 * Validates every entry of every data module, derives facts from the tables, checks every
 * cross-reference, and returns the model — or the full list of problems.
 */
export interface CheckOptions {
  /**
   * Row numbers of the reference's version-conflicts list that must each have an entry.
   * Default: none (an in-memory model may hold any subset); `npm run kb:check` and the tests pass the full list.
   */
  referenceConflicts?: readonly number[];
}

export function checkKnowledge(
  modules: readonly DataModule[],
  options: CheckOptions = {},
): { kb?: KnowledgeBase; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const out = Object.fromEntries(Object.keys(collections).map((k) => [k, []])) as unknown as Collected;
  const origin = new Map<string, string>();

  for (const mod of modules) {
    for (const name of Object.keys(collections) as CollectionName[]) {
      const raw = mod[name] as unknown[] | undefined;
      if (!raw) continue;
      raw.forEach((entry, i) => {
        const parsed = collections[name].safeParse(entry);
        const label = entryName(entry, i);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
            problems.push({ file: mod.file, collection: name, entry: label, message: `${where}${issue.message}` });
          }
          return;
        }
        (out[name] as unknown[]).push(parsed.data);
        origin.set(`${name}:${label}`, mod.file);
      });
    }
  }

  // Tables become facts; they keep the table's file as origin.
  const derived = rowFacts(out).map(({ row, facts }) => ({ file: origin.get(row)!, facts }));
  for (const { file, facts } of derived) {
    for (const f of facts) {
      const parsed = FactSchema.safeParse(f);
      if (!parsed.success) {
        problems.push({ file, collection: 'facts (derived)', entry: f.id, message: parsed.error.issues.map((i) => i.message).join('; ') });
        continue;
      }
      out.facts.push(parsed.data);
      origin.set(`facts:${f.id}`, file);
    }
  }

  const fileOf = (collection: string, id: string) => origin.get(`${collection}:${id}`) ?? '(unknown file)';
  const report = (collection: string, id: string, message: string) =>
    problems.push({ file: fileOf(collection, id), collection, entry: id, message });

  // Duplicate ids, per collection (facts include the derived ones).
  for (const name of Object.keys(collections) as CollectionName[]) {
    const seen = new Set<string>();
    (out[name] as Array<{ id?: string }>).forEach((e) => {
      if (typeof e.id !== 'string') return;
      if (seen.has(e.id)) report(name, e.id, `duplicate id "${e.id}"`);
      seen.add(e.id);
    });
  }

  const sourceById = new Map<string, Source>(out.sources.map((s) => [s.id, s]));
  const factById = new Map<string, Fact>(out.facts.map((f) => [f.id, f]));
  const conflictIds = new Set(out.conflicts.map((c) => c.id));
  // The things a lifecycle event or a fact's `about` may name: table rows, and for a thing no table holds
  // (the manually registered Entra app) the fact that defines it. A name outside this set would silently
  // keep an event from reaching any answer, so it is a problem.
  const entityIds = new Set<string>([
    ...out.gatewaySkus.map((s) => s.id),
    ...out.protocols.map((p) => p.id),
    ...out.clients.map((c) => c.id),
    ...out.clientMatrix.map((r) => r.id),
    ...out.bastionSkus.map((s) => s.id),
    ...out.erGateways.map((g) => g.id),
    ...out.authMethods.map((a) => a.id),
    ...out.wanTypes.map((w) => w.id),
    ...factById.keys(),
  ]);
  const NOT_AN_ENTITY = 'is not a SKU, protocol, client, authentication method, matrix row, Virtual WAN type or fact id';

  const needSource = (collection: string, id: string, ref: { sourceId: string } | undefined, what = 'source') => {
    if (ref && !sourceById.has(ref.sourceId)) report(collection, id, `${what} names unknown source id "${ref.sourceId}"`);
  };
  const needFact = (collection: string, id: string, factId: string, what: string) => {
    if (!factById.has(factId)) report(collection, id, `${what} references missing fact "${factId}"`);
  };

  for (const f of out.facts) {
    needSource('facts', f.id, f.source);
    if (f.supersededBy) {
      needFact('facts', f.id, f.supersededBy, 'supersededBy');
      if (f.supersededBy === f.id) report('facts', f.id, 'a fact cannot supersede itself');
    }
    if (f.conflict && !conflictIds.has(f.conflict)) report('facts', f.id, `conflict "${f.conflict}" has no entry in conflicts`);
    for (const id of f.about ?? []) if (!entityIds.has(id)) report('facts', f.id, `about "${id}" ${NOT_AN_ENTITY}`);
  }
  for (const s of out.gatewaySkus) {
    needSource('gatewaySkus', s.id, s.source);
    for (const [field, ref] of Object.entries(s.fieldSources ?? {})) needSource('gatewaySkus', s.id, ref, `fieldSources.${field}`);
    if (s.migratesTo && !out.gatewaySkus.some((t) => t.id === s.migratesTo))
      report('gatewaySkus', s.id, `migratesTo names unknown SKU "${s.migratesTo}"`);
  }
  for (const e of out.lifecycle) {
    needSource('lifecycle', e.id, e.source);
    for (const subj of e.subjects) if (!entityIds.has(subj)) report('lifecycle', e.id, `subject "${subj}" ${NOT_AN_ENTITY}`);
    if (e.conflict && !conflictIds.has(e.conflict)) report('lifecycle', e.id, `conflict "${e.conflict}" has no entry`);
    if (e.endDate && e.endDate < e.date) report('lifecycle', e.id, 'endDate is before date');
  }
  const tableRows: Array<[string, string, { sourceId: string }]> = [
    ...out.userVpnScaleUnits.map((r) => ['userVpnScaleUnits', `scale unit ${r.units}`, r.source] as [string, string, { sourceId: string }]),
    ...out.poolRequirements.map(
      (r) => ['poolRequirements', `scale units ${r.unitsFrom}-${r.unitsTo}`, r.source] as [string, string, { sourceId: string }],
    ),
    ...out.wanTypes.map((r) => ['wanTypes', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.protocols.map((r) => ['protocols', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.authMethods.map((r) => ['authMethods', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.clients.map((r) => ['clients', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.clientMatrix.map((r) => ['clientMatrix', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.bastionSkus.map((r) => ['bastionSkus', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.erGateways.map((r) => ['erGateways', r.id, r.source] as [string, string, { sourceId: string }]),
    ...out.erDirectPorts.map((r) => ['erDirectPorts', r.id, r.source] as [string, string, { sourceId: string }]),
  ];
  for (const [collection, id, ref] of tableRows) needSource(collection, id, ref);

  const clientIds = new Set(out.clients.map((c) => c.id));
  const cells = new Set<string>();
  for (const r of out.clientMatrix) {
    for (const c of r.clients) if (!clientIds.has(c)) report('clientMatrix', r.id, `client "${c}" is not in clients`);
    if (r.minOsFact) needFact('clientMatrix', r.id, r.minOsFact, 'minOsFact');
    const cell = `${r.os}/${r.auth}/${r.tunnel}/${r.availableFrom ?? ''}/${r.availableUntil ?? ''}`;
    if (cells.has(cell)) report('clientMatrix', r.id, `another row already covers ${r.os} × ${r.auth} × ${r.tunnel} for the same dates`);
    cells.add(cell);
  }

  const scenarioIds = new Set(out.scenarios.map((s) => s.id));
  for (const s of out.scenarios) {
    s.sources.forEach((ref) => {
      needSource('scenarios', s.id, ref);
    });
    s.facts.forEach((f) => {
      needFact('scenarios', s.id, f, 'facts');
    });
    s.steps.forEach((step, i) => {
      step.facts.forEach((f) => {
        needFact('scenarios', s.id, f, `step ${i + 1}`);
      });
    });
    s.related.forEach((r) => {
      if (!scenarioIds.has(r)) report('scenarios', s.id, `related scenario "${r}" does not exist`);
    });
  }

  const numbers = new Set<number>();
  for (const c of out.conflicts) {
    c.values.forEach((v, i) => {
      v.sources.forEach((ref) => {
        needSource('conflicts', c.id, ref, `values[${i}]`);
      });
    });
    c.facts.forEach((f) => {
      needFact('conflicts', c.id, f, 'facts');
    });
    if (numbers.has(c.number)) report('conflicts', c.id, `conflict number ${c.number} has two entries`);
    numbers.add(c.number);
  }

  if (options.referenceConflicts) {
    const file = modules.find((m) => m.conflicts)?.file ?? '(no file holds conflicts)';
    for (const n of options.referenceConflicts) {
      if (!numbers.has(n))
        problems.push({
          file,
          collection: 'conflicts',
          entry: `conflict-${String(n).padStart(2, '0')}`,
          message: `reference conflict ${n} has no entry`,
        });
    }
  }

  if (problems.length) return { problems };
  const kb = Object.freeze({ ...out, sourceById, factById, origin }) as unknown as KnowledgeBase;
  return { kb, problems };
}

/** Loads the model or throws a KnowledgeError that lists every problem. */
export function loadKnowledgeFrom(modules: readonly DataModule[]): KnowledgeBase {
  const { kb, problems } = checkKnowledge(modules);
  if (!kb) throw new KnowledgeError(problems);
  return kb;
}
