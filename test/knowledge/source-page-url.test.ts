/**
 * sourcePageUrl over every source of the model: an `articles/` path is linked to its Microsoft Learn page;
 * seeds, `includes/` fragments and inferred paths are not linked at all.
 */
import { loadKnowledge, sourcePageUrl } from '../../knowledge';

const kb = loadKnowledge();

describe('sourcePageUrl', () => {
  it('links every articles/ source whose path was read, to learn.microsoft.com/azure/<folder>/<article>', () => {
    const linked = kb.sources.filter((s) => s.kind === 'azure-docs' && s.path.includes(':articles/') && !s.pathInferred);
    expect(linked.length).toBeGreaterThan(50);
    for (const s of linked) {
      const page = s.path.replace('MicrosoftDocs/azure-docs:articles/', '').replace(/\.md$/, '');
      expect(sourcePageUrl(s)).toBe(`https://learn.microsoft.com/azure/${page}`);
      expect(sourcePageUrl(s)).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/[a-z0-9-]+\/[a-z0-9-]+$/);
    }
  });

  it('gives no link for seeds, includes/ fragments and inferred paths', () => {
    const unlinked = kb.sources.filter((s) => s.kind === 'seed' || s.path.includes(':includes/') || s.pathInferred);
    expect(unlinked.filter((s) => s.kind === 'seed')).toHaveLength(5);
    expect(unlinked.filter((s) => s.path.includes(':includes/')).length).toBeGreaterThan(10);
    expect(unlinked.filter((s) => s.pathInferred).length).toBeGreaterThan(5);
    for (const s of unlinked) expect(sourcePageUrl(s)).toBeUndefined();
  });

  it('an index.md is its folder’s page; anything that is not a plain article path is not linked', () => {
    const doc = (path: string) => ({ kind: 'azure-docs' as const, path: `MicrosoftDocs/azure-docs:${path}` });
    expect(sourcePageUrl(doc('articles/vpn-gateway/index.md'))).toBe('https://learn.microsoft.com/azure/vpn-gateway/');
    expect(sourcePageUrl(doc('articles/vpn-gateway/design.md'))).toBe('https://learn.microsoft.com/azure/vpn-gateway/design');
    for (const odd of ['articles/../x.md', 'articles/vpn-gateway/design.yml', 'articles/a b/c.md', 'articles/x/y.md?q=1'])
      expect(sourcePageUrl(doc(odd))).toBeUndefined();
  });
});
