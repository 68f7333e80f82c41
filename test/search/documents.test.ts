import { clientMatrixFactId } from '../../knowledge/derive';
import { commands } from '../../shared/commands/registry';
import { buildSearchDocuments } from '../../shared/search/documents';
import { paths, referencePages } from '../../shared/site-urls';
import { kb } from './search-fixture';

describe('search documents', () => {
  const docs = buildSearchDocuments(
    kb,
    [{ url: paths.scenario('azure-only'), title: 'Guide', sections: [{ heading: 'Steps', anchor: 'steps', text: 'Create the gateway.' }] }],
    commands,
  );
  const byId = new Map(docs.map((d) => [d.id, d]));

  it('have unique ids', () => {
    expect(byId.size).toBe(docs.length);
  });

  it('cover every fact (a client-matrix fact through its matrix document), with its value and anchor', () => {
    const matrixFacts = new Set(kb.clientMatrix.map(clientMatrixFactId));
    for (const f of kb.facts) {
      if (matrixFacts.has(f.id)) continue;
      const d = byId.get(`fact:${f.id}`);
      expect(d?.url).toBe(paths.fact(f.topic, f.id));
      expect(d?.value).toEqual(expect.any(String));
    }
  });

  it('label superseded facts and rank them lower', () => {
    const old = kb.facts.filter((f) => f.status === 'superseded');
    expect(old.length).toBeGreaterThan(0);
    for (const f of old) {
      const d = byId.get(`fact:${f.id}`)!;
      expect(d.status).toBe('superseded');
      expect(d.prior).toBeLessThan(1);
    }
  });

  it('cover every scenario, lifecycle event, matrix row, conflict, reference page and command', () => {
    for (const s of kb.scenarios) expect(byId.get(`scenario:${s.id}`)?.url).toBe(paths.scenario(s.id));
    for (const e of kb.lifecycle) expect(byId.get(`lifecycle:${e.id}`)?.url).toBe(paths.lifecycle(e.id));
    for (const r of kb.clientMatrix)
      expect(byId.get(`client-matrix:${r.id}`)?.url).toBe(paths.fact('client-compatibility', clientMatrixFactId(r)));
    for (const c of kb.conflicts) expect(byId.get(`conflict:${c.id}`)?.url).toBe(paths.conflict(c.id));
    for (const p of referencePages) expect(byId.get(`reference:${p}`)?.url).toBe(paths.reference(p));
    for (const c of commands) expect(byId.get(`command:${c.name}`)?.url).toBe(paths.command(c.name));
  });

  it('include guide sections with their anchors', () => {
    expect(byId.get('guide:/docs/scenarios/azure-only#steps')).toMatchObject({
      kind: 'guide',
      url: '/docs/scenarios/azure-only#steps',
      title: 'Guide › Steps',
    });
  });

  it('keep snippets short', () => {
    for (const d of docs) expect(d.snippet.length).toBeLessThanOrEqual(260);
  });
});
