/**
 * An engine answer as the site's AnswerView renders it. Runs in the browser (no Node imports): /ask and
 * the calculators call it through engine.ts; the knowledge plugin's command pages call it at build time.
 * Relative imports: the plugin and jest import this module directly.
 */
import type { Answer } from '../../../shared/answer/answer';
import { formatFactValue } from '../../../shared/format';
import { renderMarkdown } from '../../../shared/render/markdown';
import type { AnswerExampleView } from '../../plugins/knowledge/view-model';

/** Links into this site become site-relative (so Docusaurus checks them); others stay absolute. */
export function siteRelative(url: string, base: string): string {
  if (!url.startsWith(base)) return url;
  const rest = url.slice(base.length);
  if (rest === '') return '/';
  return /^[/?#]/.test(rest) ? rest : url;
}

export function answerView(a: Answer, base: string): AnswerExampleView {
  const rel = (u: string) => siteRelative(u, base);
  return {
    query: a.query,
    asOf: a.asOf,
    answer: {
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      findings: a.findings,
      sections: a.sections,
      facts: a.facts.map((f) => ({
        id: f.id,
        title: f.title,
        value: formatFactValue({ value: f.value, unit: f.unit, unknown: f.unknown }),
        source: `${f.source.title}, ${f.source.section}`,
        date: f.date,
        href: rel(f.url),
      })),
      links: a.links.map((l) => ({ text: l.title, href: rel(l.url) })),
      permalink: rel(a.permalink),
    },
    markdown: renderMarkdown(a),
  };
}
