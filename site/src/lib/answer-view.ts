/**
 * An engine answer as the site's AnswerView renders it. Runs in the browser (no Node imports): /ask and
 * the calculators call it through engine.ts; the knowledge plugin's command pages call it at build time.
 * Relative imports: the plugin and jest import this module directly.
 */
import type { Answer, ConflictRef, LifecycleRef } from '../../../shared/answer/answer';
import type { AnswerChanges } from '../../../shared/changes/answer-changes';
import { changeNotice } from '../../../shared/changes/answer-changes';
import { formatFactValue } from '../../../shared/format';
import { renderMarkdown } from '../../../shared/render/markdown';
import {
  conflictHeading,
  coverageNotice,
  lifecycleWhen,
  unresolvedNotice,
  valueStanding,
  verdictLabel,
} from '../../../shared/render/notices';
import { paths } from '../../../shared/site-urls';
import type { AnswerExampleView, SourceLinkView } from '../../plugins/knowledge/view-model';

/** An answer's caveats as AnswerView shows them, worded as every face words them (shared/render/notices). */
interface AnswerCaveatsView {
  /** How sure the answer is, when it is not a plain answer. */
  coverage: { kind: 'low_confidence' | 'not_covered'; label: string; text: string } | null;
  /** The dates that matter, each in effect or upcoming on the evaluation date. */
  lifecycle: Array<{ id: string; title: string; when: string; state: LifecycleRef['state']; href: string }>;
  /** Where sources disagree: every value with its sources and dates, the current one marked, or why none is. */
  conflicts: Array<{
    id: string;
    heading: string;
    unresolved: string | null;
    values: Array<{ value: string; standing: 'current' | 'superseded' | null; sources: Array<SourceLinkView & { date: string | null }> }>;
    verdictLabel: string;
    verdict: string;
    href: string;
  }>;
}

/** What AnswerView renders: the example view with the answer's caveats. */
export type AnswerViewModel = AnswerExampleView & { answer: AnswerExampleView['answer'] & AnswerCaveatsView };

function conflictView(c: ConflictRef, rel: (u: string) => string): AnswerCaveatsView['conflicts'][number] {
  return {
    id: c.id,
    heading: conflictHeading(c),
    unresolved: unresolvedNotice(c) ?? null,
    values: c.values.map((v) => ({
      value: v.value,
      standing: valueStanding(c, v) ?? null,
      sources: v.sources.map((s) => ({
        title: s.title,
        section: s.section,
        date: s.date,
        ...(s.pageUrl ? { pageUrl: s.pageUrl } : {}),
      })),
    })),
    verdictLabel: verdictLabel(c),
    verdict: c.verdict,
    href: rel(c.url),
  };
}

/** Links into this site become site-relative (so Docusaurus checks them); others stay absolute. */
export function siteRelative(url: string, base: string): string {
  if (!url.startsWith(base)) return url;
  const rest = url.slice(base.length);
  if (rest === '') return '/';
  return /^[/?#]/.test(rest) ? rest : url;
}

/** Findings as shown; a `check` finding links to its rule's page and says where in the input it points. */
function findingViews(a: Answer): AnswerExampleView['answer']['findings'] {
  // Narrowed by hand: isAnswerOf's module carries zod, which this module keeps out of the pages that only render.
  const results = a.kind === 'answer' && a.command === 'check' ? a.data.results : [];
  return a.findings.map((f, i) => {
    const ruleId = results[i]?.ruleId;
    return {
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...(ruleId ? { rule: { text: ruleId, href: paths.rule(ruleId) } } : {}),
      ...(f.location ? { where: `${f.location.file}:${f.location.line}:${f.location.column}` } : {}),
    };
  });
}

export function answerView(a: Answer, base: string): AnswerViewModel {
  const rel = (u: string) => siteRelative(u, base);
  const coverage = coverageNotice(a.coverage);
  return {
    query: a.query,
    asOf: a.asOf,
    answer: {
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      findings: findingViews(a),
      sections: a.sections,
      facts: a.facts.map((f) => ({
        id: f.id,
        title: f.title,
        value: formatFactValue({ value: f.value, unit: f.unit, unknown: f.unknown }),
        source: { title: f.source.title, section: f.source.section, ...(f.source.pageUrl ? { pageUrl: f.source.pageUrl } : {}) },
        date: f.date,
        href: rel(f.url),
      })),
      links: a.links.map((l) => ({ text: l.title, href: rel(l.url) })),
      permalink: rel(a.permalink),
      coverage: coverage && a.coverage !== 'answered' ? { kind: a.coverage, ...coverage } : null,
      lifecycle: a.lifecycle.map((l) => ({ id: l.id, title: l.title, when: lifecycleWhen(l, a.asOf), state: l.state, href: rel(l.url) })),
      conflicts: a.conflicts.map((c) => conflictView(c, rel)),
    },
    markdown: renderMarkdown(a),
  };
}

/** The "this answer has changed" banner: the shared notice's words, and today's answer as a site link. */
export interface ChangeBannerView {
  heading: string;
  changes: string[];
  correctionsHeading: string | null;
  corrections: string[];
  today: { text: string; href: string };
}

export function changeBannerView(c: AnswerChanges, base: string, kv?: string): ChangeBannerView {
  const { todayText, ...notice } = changeNotice(c, kv);
  return { ...notice, today: { text: todayText, href: siteRelative(c.todayUrl, base) } };
}
