/**
 * The reference generator is a pure function of the knowledge model: change a limit in an in-memory
 * copy of the data and the regenerated page shows the new value; every id gets its anchor.
 */
import { generateReferencePage, generateSite } from '../../site/plugins/knowledge/generate';
import type { GenerateContext } from '../../site/plugins/knowledge/generate';
import { mdxText } from '../../site/plugins/knowledge/mdx';
import { siteRelative } from '../../site/src/lib/answer-view';
import { paths, referencePages } from '../../shared';
import { commands } from '../../shared/commands/registry';
import { buildSearchDocuments } from '../../shared/search/documents';
import { referencePageTitles } from '../../shared/site-urls';
import { AS_OF, BASE, copyModules, entriesOf, loadKnowledge, loadKnowledgeFrom } from '../support/knowledge-fixture';
import type { KnowledgeBase } from '../support/knowledge-fixture';

const ctx = (kb: KnowledgeBase): GenerateContext => ({ kb, asOf: AS_OF, base: BASE });
const content = (page: { mdx: string; data: unknown }) => page.mdx + JSON.stringify(page.data);

/** The fact rows a page's JSON carries, by id (FactTable props). */
function factsOnPage(page: { data: Record<string, unknown> }): Map<string, { value: string }> {
  const out = new Map<string, { value: string }>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.value === 'string' && typeof o.href === 'string' && o.source)
        out.set(o.id, o as { value: string });
      Object.values(o).forEach(visit);
    }
  };
  visit(page.data);
  return out;
}

describe('reference generator', () => {
  const base = generateSite(ctx(loadKnowledge()));

  test('generates every reference page at its shared path, and the command pages', () => {
    expect(base.filter((p) => p.id.startsWith('reference/')).map((p) => p.path)).toEqual(referencePages.map((p) => paths.reference(p)));
    expect(base.find((p) => p.path === paths.commands())).toBeDefined();
  });

  test('each reference page, its sidebar position and its search document use the one title in shared/site-urls.ts', () => {
    const docs = new Map(buildSearchDocuments(loadKnowledge(), [], commands).map((d) => [d.url, d]));
    referencePages.forEach((p, i) => {
      const page = base.find((g) => g.path === paths.reference(p))!;
      expect(page.title).toBe(referencePageTitles[p]);
      expect(page.mdx).toContain(`title: ${JSON.stringify(referencePageTitles[p])}\n`);
      expect(page.mdx).toContain(`sidebar_position: ${i + 1}\n`);
      expect(docs.get(paths.reference(p))?.title).toBe(referencePageTitles[p]);
    });
  });

  test('every fact, lifecycle event and conflict has an anchor on the page its link points to', () => {
    const kb = loadKnowledge();
    const anchors = new Map(base.map((p) => [p.path, new Set(p.anchors)]));
    const has = (url: string) => {
      const [page, anchor] = url.split('#') as [string, string];
      return anchors.get(page)?.has(anchor) ?? false;
    };
    expect(kb.facts.map((f) => paths.fact(f.topic, f.id)).filter((u) => !has(u))).toEqual([]);
    expect(kb.lifecycle.map((e) => paths.lifecycle(e.id)).filter((u) => !has(u))).toEqual([]);
    expect(kb.conflicts.map((c) => paths.conflict(c.id)).filter((u) => !has(u))).toEqual([]);
  });

  test('the limits page lists every fact with its source and date', () => {
    const kb = loadKnowledge();
    const limits = factsOnPage(base.find((p) => p.path === paths.reference('limits'))!);
    expect([...limits.keys()].sort()).toEqual(kb.facts.map((f) => f.id).sort());
  });

  test('a changed limit in the model shows up on the regenerated page', () => {
    const before = generateReferencePage(ctx(loadKnowledge()), 'vpn-gateway-skus');
    expect(factsOnPage(before).get('vpngw4az-gen2-p2s-ikev2-openvpn')?.value).toBe('5,000 connections');

    const modules = copyModules();
    const skus = entriesOf(modules, 'knowledge/data/vpn-gateway-skus.ts', 'gatewaySkus');
    const sku = skus.find((s) => s.id === 'vpngw4az-gen2')!;
    sku.p2sIkev2OpenVpn = 6500;
    const changed = loadKnowledgeFrom(modules);

    const after = generateReferencePage(ctx(changed), 'vpn-gateway-skus');
    expect(factsOnPage(after).get('vpngw4az-gen2-p2s-ikev2-openvpn')?.value).toBe('6,500 connections');
    expect(content(after)).toContain('6,500');
    expect(content(before)).not.toContain('6,500');
    // The chart and the all-limits page follow too.
    expect(JSON.stringify(after.data)).toMatch(/"label":"VpnGw4AZ \(Gen2\)","value":6500/);
    const limits = generateReferencePage(ctx(changed), 'limits');
    expect(factsOnPage(limits).get('vpngw4az-gen2-p2s-ikev2-openvpn')?.value).toBe('6,500 connections');
  });

  test('a new lifecycle event appears on the changelog with its anchor and date', () => {
    const modules = copyModules();
    entriesOf(modules, 'knowledge/data/vpn-gateway-skus.ts', 'lifecycle').push({
      id: 'test-vpngw1az-retired',
      title: 'VpnGw1AZ retired (test event)',
      kind: 'retired',
      subjects: ['vpngw1az-gen1'],
      date: '2031-01-15',
      source: { sourceId: 'vpn-about-gateway-skus-2026-06-11', section: 'Lifecycle and retirement dates' },
    });
    const page = generateReferencePage(ctx(loadKnowledgeFrom(modules)), 'changelog');
    expect(page.anchors).toContain('test-vpngw1az-retired');
    expect(content(page)).toContain('2031-01-15');
  });

  test('model text in headings is escaped for MDX', () => {
    expect(mdxText('a {b} <script>alert(1)</script> *c* [d](e)')).not.toMatch(/(^|[^\\])[{}<>*[\]()]/);
    expect(mdxText('1. not a list')).toBe('1\\. not a list');
  });

  test('answer links into the site become site-relative; others stay absolute', () => {
    expect(siteRelative(`${BASE}/docs/reference/limits#x`, BASE)).toBe('/docs/reference/limits#x');
    expect(siteRelative(`${BASE}/ask?q=a`, BASE)).toBe('/ask?q=a');
    expect(siteRelative(BASE, BASE)).toBe('/');
    expect(siteRelative(`${BASE}.evil.example/x`, BASE)).toBe(`${BASE}.evil.example/x`);
    expect(siteRelative('https://learn.microsoft.com/x', BASE)).toBe('https://learn.microsoft.com/x');
  });

  test('command pages show each example answered on the evaluation date', () => {
    const sizing = base.find((p) => p.path === paths.command('sizing'))!;
    const json = JSON.stringify(sizing.data);
    expect(json).toContain(`"asOf":"${AS_OF}"`);
    expect(json).toContain('"query":"sizing 5000 users"');
    expect(json).toContain('VpnGw4AZ');
  });
});
