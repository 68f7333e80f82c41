/**
 * Bad data, fed through `checkKnowledge` as in-memory copies of the data modules: every problem names
 * the file, the entry id and what is wrong. Nothing here touches knowledge/data.
 */
import fc from 'fast-check';
import { KnowledgeError } from '../../knowledge';
import type { KnowledgeProblem } from '../../knowledge';
import {
  checkKnowledge,
  copyModules,
  entriesOf,
  findEntry,
  loadKnowledgeFrom,
  moduleOf,
  problemsOf,
  referenceConflictNumbers,
} from '../support/knowledge-fixture';

const P2S = 'knowledge/data/point-to-site.ts';
const AUTH = 'knowledge/data/authentication.ts';
const SKUS = 'knowledge/data/vpn-gateway-skus.ts';
const SCENARIOS = 'knowledge/data/scenarios.ts';
const CONFLICTS = 'knowledge/data/conflicts.ts';
const MATRIX = 'knowledge/data/client-compatibility.ts';
const LIFECYCLE = 'knowledge/data/lifecycle.ts';

function expectProblem(problems: KnowledgeProblem[], want: { file: string; collection: string; entry: string; message: RegExp }): void {
  const hit = problems.find(
    (p) => p.file === want.file && p.collection === want.collection && p.entry === want.entry && want.message.test(p.message),
  );
  if (!hit)
    throw new Error(
      `expected a problem ${JSON.stringify({ ...want, message: String(want.message) })}, got:\n${problems.map((p) => `  ${p.file} › ${p.collection} › ${p.entry}: ${p.message}`).join('\n')}`,
    );
}

describe('checkKnowledge on the project data', () => {
  it('finds no problem, including conflict coverage against the reference list', () => {
    expect(problemsOf(copyModules())).toEqual([]);
  });
});

describe('a fact', () => {
  it('with an unknown source is reported with its file and id', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'radius-request-timeout').entry.source.sourceId = 'no-such-source';
    expectProblem(problemsOf(mods), {
      file: AUTH,
      collection: 'facts',
      entry: 'radius-request-timeout',
      message: /unknown source id "no-such-source"/,
    });
  });

  it('with no source at all fails validation, naming the field', () => {
    const mods = copyModules();
    const { entry } = findEntry(mods, 'facts', 'p2s-root-certificates-max');
    delete (entry as Partial<typeof entry>).source;
    expectProblem(problemsOf(mods), { file: AUTH, collection: 'facts', entry: 'p2s-root-certificates-max', message: /^source: / });
  });

  it('with an empty section fails validation', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'sstp-max-connections').entry.source.section = '';
    expectProblem(problemsOf(mods), { file: P2S, collection: 'facts', entry: 'sstp-max-connections', message: /^source\.section: / });
  });

  it('whose value is unknown must say why', () => {
    const mods = copyModules();
    const { entry } = findEntry(mods, 'facts', 'sstp-max-connections');
    entry.value = null;
    expectProblem(problemsOf(mods), {
      file: P2S,
      collection: 'facts',
      entry: 'sstp-max-connections',
      message: /unknown value \(null\) needs `unknown`/,
    });
  });

  it('that is superseded must name the fact that replaced it, and that fact must exist', () => {
    const mods = copyModules();
    const a = findEntry(mods, 'facts', 'sstp-max-connections').entry;
    a.status = 'superseded';
    expectProblem(problemsOf(mods), { file: P2S, collection: 'facts', entry: 'sstp-max-connections', message: /supersededBy/ });
    a.supersededBy = 'no-such-fact';
    expectProblem(problemsOf(mods), {
      file: P2S,
      collection: 'facts',
      entry: 'sstp-max-connections',
      message: /supersededBy references missing fact "no-such-fact"/,
    });
  });

  it('pointing at a conflict entry that does not exist is reported', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'radius-request-timeout').entry.conflict = 'conflict-99';
    expectProblem(problemsOf(mods), {
      file: AUTH,
      collection: 'facts',
      entry: 'radius-request-timeout',
      message: /conflict "conflict-99" has no entry/,
    });
  });
});

describe('any one fact losing its source fails the check', () => {
  const mods = copyModules();
  const written = mods.flatMap((m) => (m.facts ?? []).map((f) => ({ file: m.file, id: f.id })));

  it('holds for the first, middle and last fact of every data file that holds facts', () => {
    const withFacts = mods.filter((m) => m.facts?.length);
    const picks = withFacts.flatMap((m) =>
      [0, Math.floor(m.facts!.length / 2), m.facts!.length - 1].map((i) => ({ file: m.file, id: m.facts![i].id })),
    );
    expect(withFacts.length).toBeGreaterThanOrEqual(4);
    for (const pick of picks) {
      const copy = copyModules();
      findEntry(copy, 'facts', pick.id).entry.source.sourceId = 'lost-source';
      expectProblem(problemsOf(copy), { file: pick.file, collection: 'facts', entry: pick.id, message: /unknown source id "lost-source"/ });
    }
  });

  it('holds for any fact picked at random, whether its source is renamed or removed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: written.length - 1 }), fc.boolean(), (i, remove) => {
        const pick = written[i];
        const copy = copyModules();
        const { entry } = findEntry(copy, 'facts', pick.id);
        if (remove) delete (entry as Partial<typeof entry>).source;
        else entry.source.sourceId = 'lost-source';
        const problems = problemsOf(copy);
        expect(problems.some((p) => p.file === pick.file && p.collection === 'facts' && p.entry === pick.id)).toBe(true);
      }),
      { numRuns: 40, seed: 2026 },
    );
  });

  it('holds for facts derived from a table row: the row and each of its cells are reported', () => {
    const copy = copyModules();
    findEntry(copy, 'gatewaySkus', 'vpngw4az-gen2').entry.source.sourceId = 'lost-source';
    // fieldSources override some cells; the others inherit the row source and lose it with the row.
    const problems = problemsOf(copy);
    expectProblem(problems, { file: SKUS, collection: 'gatewaySkus', entry: 'vpngw4az-gen2', message: /unknown source id "lost-source"/ });
    expectProblem(problems, {
      file: SKUS,
      collection: 'facts',
      entry: 'vpngw4az-gen2-p2s-ikev2-openvpn',
      message: /unknown source id "lost-source"/,
    });
  });
});

describe('duplicate ids', () => {
  it('within one file are reported', () => {
    const mods = copyModules();
    const facts = entriesOf(mods, SKUS, 'facts');
    facts.push(structuredClone(facts.find((f) => f.id === 'gateway-creation-time')!));
    expectProblem(problemsOf(mods), {
      file: SKUS,
      collection: 'facts',
      entry: 'gateway-creation-time',
      message: /duplicate id "gateway-creation-time"/,
    });
  });

  it('across files are reported', () => {
    const mods = copyModules();
    const copy = structuredClone(findEntry(mods, 'facts', 'sstp-max-connections').entry);
    entriesOf(mods, 'knowledge/data/virtual-wan.ts', 'facts').push(copy);
    const problems = problemsOf(mods);
    expect(problems.some((p) => p.entry === 'sstp-max-connections' && /duplicate id/.test(p.message))).toBe(true);
  });

  it('between a written fact and a fact derived from a table cell are reported', () => {
    const mods = copyModules();
    entriesOf(mods, SKUS, 'facts').push({
      id: 'vpngw4az-gen2-throughput',
      topic: 'vpn-gateway-skus',
      title: 'A clash',
      value: 1,
      source: { sourceId: 'vpn-about-gateway-skus-2026-06-11', section: 'x' },
    });
    expectProblem(problemsOf(mods), { file: SKUS, collection: 'facts', entry: 'vpngw4az-gen2-throughput', message: /duplicate id/ });
  });

  it('of SKUs are reported', () => {
    const mods = copyModules();
    const skus = entriesOf(mods, SKUS, 'gatewaySkus');
    skus.push(structuredClone(skus.find((s) => s.id === 'basic')!));
    expectProblem(problemsOf(mods), { file: SKUS, collection: 'gatewaySkus', entry: 'basic', message: /duplicate id "basic"/ });
  });
});

describe('a SKU', () => {
  it('missing a limit (neither a value nor an unknown with a reason) is reported with the field', () => {
    const mods = copyModules();
    const { entry } = findEntry(mods, 'gatewaySkus', 'vpngw4az-gen2');
    delete (entry as Partial<typeof entry>).p2sIkev2OpenVpn;
    expectProblem(problemsOf(mods), { file: SKUS, collection: 'gatewaySkus', entry: 'vpngw4az-gen2', message: /^p2sIkev2OpenVpn: / });
  });

  it('with an unknown limit but no real reason is reported', () => {
    const mods = copyModules();
    findEntry(mods, 'gatewaySkus', 'vpngw5az-gen2').entry.s2sTunnels = { unknown: 'tbd' };
    expectProblem(problemsOf(mods), { file: SKUS, collection: 'gatewaySkus', entry: 'vpngw5az-gen2', message: /s2sTunnels/ });
  });

  it('migrating to a SKU that does not exist is reported', () => {
    const mods = copyModules();
    findEntry(mods, 'gatewaySkus', 'vpngw1-gen1').entry.migratesTo = 'vpngw9az-gen3';
    expectProblem(problemsOf(mods), {
      file: SKUS,
      collection: 'gatewaySkus',
      entry: 'vpngw1-gen1',
      message: /migratesTo names unknown SKU "vpngw9az-gen3"/,
    });
  });
});

describe('a scenario', () => {
  it('whose step references a missing fact is reported with the step number', () => {
    const mods = copyModules();
    findEntry(mods, 'scenarios', 'azure-only').entry.steps![1].facts!.push('no-such-fact');
    expectProblem(problemsOf(mods), {
      file: SCENARIOS,
      collection: 'scenarios',
      entry: 'azure-only',
      message: /step 2 references missing fact "no-such-fact"/,
    });
  });

  it('naming a related scenario that does not exist is reported', () => {
    const mods = copyModules();
    findEntry(mods, 'scenarios', 'azure-only').entry.related = ['nowhere'];
    expectProblem(problemsOf(mods), {
      file: SCENARIOS,
      collection: 'scenarios',
      entry: 'azure-only',
      message: /related scenario "nowhere" does not exist/,
    });
  });
});

describe('conflicts', () => {
  it('a conflict from the reference with no entry is reported (coverage against referenceConflictNumbers)', () => {
    const mods = copyModules();
    const list = entriesOf(mods, CONFLICTS, 'conflicts');
    list.splice(
      list.findIndex((c) => c.id === 'conflict-27'),
      1,
    );
    // Also drop the one fact that points at it, so only the coverage rule can notice.
    delete findEntry(mods, 'facts', 'radius-request-timeout').entry.conflict;

    const withoutCoverage = checkKnowledge(mods);
    expect(withoutCoverage.problems).toEqual([]);
    const have = new Set(withoutCoverage.kb!.conflicts.map((c) => c.number));
    expect(referenceConflictNumbers.filter((n) => !have.has(n))).toEqual([27]);

    expectProblem(problemsOf(mods), {
      file: CONFLICTS,
      collection: 'conflicts',
      entry: 'conflict-27',
      message: /reference conflict 27 has no entry/,
    });
  });

  it('removing a conflict that facts still cite is reported on each citing fact', () => {
    const mods = copyModules();
    const list = entriesOf(mods, CONFLICTS, 'conflicts');
    list.splice(
      list.findIndex((c) => c.id === 'conflict-18'),
      1,
    );
    const problems = problemsOf(mods);
    expectProblem(problems, {
      file: P2S,
      collection: 'facts',
      entry: 'route-limit-windows-ikev2',
      message: /conflict "conflict-18" has no entry/,
    });
    expectProblem(problems, {
      file: CONFLICTS,
      collection: 'conflicts',
      entry: 'conflict-18',
      message: /reference conflict 18 has no entry/,
    });
  });

  it('two entries for one reference row are reported', () => {
    const mods = copyModules();
    const list = entriesOf(mods, CONFLICTS, 'conflicts');
    list.push({ ...structuredClone(list[0]), id: 'conflict-01-again' });
    expectProblem(problemsOf(mods), {
      file: CONFLICTS,
      collection: 'conflicts',
      entry: 'conflict-01-again',
      message: /conflict number 1 has two entries/,
    });
  });

  it('a resolved verdict must point at one of its values', () => {
    const mods = copyModules();
    const c = entriesOf(mods, CONFLICTS, 'conflicts').find((x) => x.verdict.status === 'resolved')!;
    c.verdict = { status: 'resolved', current: 7, reason: 'the newest document wins here' };
    expectProblem(problemsOf(mods), {
      file: CONFLICTS,
      collection: 'conflicts',
      entry: c.id,
      message: /verdict\.current 7 is not an index of values/,
    });
  });
});

describe('other cross-references', () => {
  it('a client-matrix row naming an unknown VPN client or a missing minimum-OS fact is reported', () => {
    const mods = copyModules();
    const row = findEntry(mods, 'clientMatrix', 'macos-certificate-ikev2').entry;
    row.clients = ['no-such-client'];
    row.minOsFact = 'no-such-fact';
    const problems = problemsOf(mods);
    expectProblem(problems, {
      file: MATRIX,
      collection: 'clientMatrix',
      entry: 'macos-certificate-ikev2',
      message: /client "no-such-client" is not in clients/,
    });
    expectProblem(problems, {
      file: MATRIX,
      collection: 'clientMatrix',
      entry: 'macos-certificate-ikev2',
      message: /minOsFact references missing fact "no-such-fact"/,
    });
  });

  it('two client-matrix rows for the same cell and dates are reported', () => {
    const mods = copyModules();
    const rows = entriesOf(mods, MATRIX, 'clientMatrix');
    rows.push({ ...structuredClone(rows.find((r) => r.id === 'macos-certificate-ikev2')!), id: 'macos-certificate-ikev2-again' });
    expectProblem(problemsOf(mods), {
      file: MATRIX,
      collection: 'clientMatrix',
      entry: 'macos-certificate-ikev2-again',
      message: /another row already covers macos × certificate × ikev2/,
    });
  });

  it('a lifecycle event about something that does not exist is reported', () => {
    const mods = copyModules();
    findEntry(mods, 'lifecycle', 'sstp-retired').entry.subjects = ['sstp', 'pptp'];
    expectProblem(problemsOf(mods), {
      file: LIFECYCLE,
      collection: 'lifecycle',
      entry: 'sstp-retired',
      message: /subject "pptp" is not a SKU, protocol, client, authentication method, matrix row, Virtual WAN type or fact id/,
    });
  });

  it('a fact about something that does not exist is reported, so its lifecycle events would not be lost silently', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'openvpn-sstp-cannot-coexist').entry.about = ['openvpn', 'sstpp'];
    expectProblem(problemsOf(mods), {
      file: P2S,
      collection: 'facts',
      entry: 'openvpn-sstp-cannot-coexist',
      message: /about "sstpp" is not a SKU, protocol/,
    });
  });

  it('a source with no date and no reason is reported', () => {
    const mods = copyModules();
    const src = entriesOf(mods, 'knowledge/data/sources.ts', 'sources').find((s) => s.id === 'vpn-vpn-gateway-vpn-faq-2026-06-04')!;
    src.date = null;
    expectProblem(problemsOf(mods), {
      file: 'knowledge/data/sources.ts',
      collection: 'sources',
      entry: 'vpn-vpn-gateway-vpn-faq-2026-06-04',
      message: /dateNote/,
    });
  });

  it('an id that is not kebab-case is reported', () => {
    const mods = copyModules();
    entriesOf(mods, P2S, 'facts').push({
      id: 'Not_Kebab',
      topic: 'point-to-site',
      title: 'Bad id',
      value: 1,
      source: { sourceId: 'vpn-vpn-gateway-vpn-faq-2026-06-04', section: 'x' },
    });
    expectProblem(problemsOf(mods), { file: P2S, collection: 'facts', entry: 'Not_Kebab', message: /^id: ids are lowercase kebab-case/ });
  });
});

describe('loadKnowledgeFrom', () => {
  it('throws a KnowledgeError listing file › collection › entry: message for every problem', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'radius-request-timeout').entry.source.sourceId = 'no-such-source';
    delete (findEntry(mods, 'gatewaySkus', 'basic').entry as { p2sSstp?: unknown }).p2sSstp;
    let error: unknown;
    try {
      loadKnowledgeFrom(mods);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const message = (error as Error).message;
    expect(message).toContain(`${AUTH} › facts › radius-request-timeout: source names unknown source id "no-such-source"`);
    expect(message).toMatch(new RegExp(`${SKUS.replace(/[./]/g, '\\$&')} › gatewaySkus › basic: p2sSstp: `));
    expect((error as KnowledgeError).problems.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the module list it was given untouched', () => {
    const mods = copyModules();
    const before = JSON.stringify(moduleOf(mods, SKUS));
    loadKnowledgeFrom(mods);
    expect(JSON.stringify(moduleOf(mods, SKUS))).toBe(before);
  });
});
