/**
 * The `check` rule pages: every rule declared in shared/check/rules.ts has a built page at the path SARIF's
 * helpUri names, and its page says what the declaration and the model say — title, rationale, severity, the
 * dated event it escalates on (with the date from the model's lifecycle data), the facts it cites linked to
 * their anchors, the fix, and an example finding computed by the engine. The index lists every rule.
 */
import fs from 'node:fs';
import { loadKnowledge } from '../../knowledge';
import { rules, sarifLevel } from '../../shared/check/rules';
import { toSarif } from '../../shared/check/sarif';
import { runCheck } from '../../shared/check/run';
import { ruleExample } from '../../shared/check/examples';
import { SEVERITY_LABEL } from '../../shared/render/notices';
import { paths } from '../../shared/site-urls';
import { buildContext } from '../../site/plugins/knowledge/build-context';
import { rulePages } from '../../site/plugins/knowledge/rules';
import { htmlFileFor, htmlOf, requireBuild } from './site-build';

const kb = loadKnowledge();
const BASE = 'https://vpn.example.test';
const AS_OF = '2026-11-21';

/** The page's visible text, tags dropped and entities decoded (enough for these assertions). */
function textOf(sitePath: string): string {
  return htmlOf(sitePath)
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

/** Whether the page links to a path (the minifier drops attribute quotes where it can). */
const links = (html: string, to: string) => new RegExp(`href=["']?${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\\s>]`).test(html);

describe('generated from the declarations (no build needed)', () => {
  const ctx = { ...buildContext({ SITE_AS_OF: AS_OF, SITE_URL: BASE }) };
  const pages = rulePages(ctx);

  it('one page per rule and an index, at the paths shared/site-urls.ts defines', () => {
    expect(pages.map((p) => p.path)).toEqual([paths.rules(), ...rules.map((r) => paths.rule(r.id))]);
  });

  it('each example configuration triggers its rule on the build date, and the page shows that finding', () => {
    for (const r of rules) {
      const { file, context } = ruleExample(kb, r.id);
      const a = runCheck([file], { kb, asOf: AS_OF, base: BASE, ...context });
      const hit = a.kind === 'answer' && a.command === 'check' ? a.data.results.find((x) => x.ruleId === r.id) : undefined;
      expect({ rule: r.id, fires: Boolean(hit) }).toEqual({ rule: r.id, fires: true });
      const page = pages.find((p) => p.path === paths.rule(r.id))!;
      // MDX escapes punctuation; compare the words.
      const words = (s: string) => s.replace(/\\/g, '').replace(/[^\w]+/g, ' ');
      expect(words(page.mdx)).toContain(words(hit!.message));
    }
  });
});

describe('the built pages', () => {
  beforeAll(requireBuild);

  it('every rule in `rules` has a built page where the SARIF helpUri points', () => {
    const a = runCheck([ruleExample(kb, 'p2s-sstp-retirement').file], { kb, asOf: AS_OF, base: BASE });
    if (a.kind !== 'answer' || a.command !== 'check') throw new Error('expected a check answer');
    const sarif = toSarif(a, { version: '0', base: BASE });
    const helpPaths = sarif.runs[0]!.tool.driver.rules!.map((d) => d.helpUri!.slice(BASE.length));
    expect(helpPaths).toEqual(rules.map((r) => paths.rule(r.id)));
    const missing = helpPaths.filter((p) => !fs.existsSync(htmlFileFor(p)));
    expect(missing).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: what, why, severity, escalation, facts, fix, example', (_id, r) => {
    const html = htmlOf(paths.rule(r.id));
    const text = textOf(paths.rule(r.id));
    expect(text).toContain(r.title);
    expect(text).toContain(r.rationale);
    expect(text).toContain(r.fix);
    expect(text).toContain(`${SEVERITY_LABEL[r.severity]} (SARIF level ${sarifLevel[r.severity]})`);
    if (r.escalation) {
      const e = kb.lifecycle.find((x) => x.id === r.escalation!.event)!;
      expect(text).toContain(
        `It escalates to ${SEVERITY_LABEL[r.escalation.severity]} (SARIF level ${sarifLevel[r.escalation.severity]}) from ${e.date}`,
      );
      expect({ to: paths.lifecycle(e.id), linked: links(html, paths.lifecycle(e.id)) }).toEqual({
        to: paths.lifecycle(e.id),
        linked: true,
      });
    }
    for (const id of r.facts) {
      const f = kb.factById.get(id)!;
      expect({ to: paths.fact(f.topic, f.id), linked: links(html, paths.fact(f.topic, f.id)) }).toEqual({
        to: paths.fact(f.topic, f.id),
        linked: true,
      });
      expect(text).toContain(f.title);
    }
    expect(text).toMatch(/Example\W+Checked on \d{4}-\d{2}-\d{2}/);
    expect(html).toContain('language-json');
  });

  it('the index lists every rule with its severity, linked to its page', () => {
    const html = htmlOf(paths.rules());
    for (const r of rules)
      expect({ to: paths.rule(r.id), linked: links(html, paths.rule(r.id)) }).toEqual({ to: paths.rule(r.id), linked: true });
    expect({ to: paths.check(), linked: links(html, paths.check()) }).toEqual({ to: paths.check(), linked: true });
  });
});
