/**
 * The maintainers' report over the question log: what people asked that the model could not answer
 * (clustered by meaning), which answers got the most 👎 (by command and by fact), and the usage errors
 * by command (what people try to type). One function, rendered as text (npm run report), JSON (--json)
 * and on the App Home of admins.
 */
import { type Cluster, clusterQuestions } from './cluster';
import { FEEDBACK_REASONS, type FeedbackReason } from './feedback-reasons';
import type { StoredQuestion } from './records';

interface FeedbackCount {
  down: number;
  up: number;
  /** 👎 by reason. */
  reasons: Partial<Record<FeedbackReason, number>>;
  /** One query that got a 👎, redacted. */
  example?: string;
}

export interface Report {
  /** What was read: records appended at or after this (ISO date), or null for the whole log. */
  since: string | null;
  records: number;
  uncovered: Array<Omit<Cluster, 'members'> & { coverage: { not_covered: number; low_confidence: number } }>;
  feedback: {
    byCommand: Array<{ command: string } & FeedbackCount>;
    byFact: Array<{ fact: string } & FeedbackCount>;
    /** Comments left with a 👎 (redacted), newest first. */
    comments: Array<{ id: string; command: string; comment: string }>;
    /** Distinct people who gave feedback in Slack (counted by keyed hash). */
    distinctPeople: number;
  };
  usageErrors: Array<{ command: string; count: number; codes: Record<string, number>; examples: string[] }>;
}

/** How many usage-error examples and comments each part of the report shows. */
const EXAMPLES_PER_COMMAND = 3;
const COMMENTS_SHOWN = 10;

const emptyCount = (): FeedbackCount => ({ down: 0, up: 0, reasons: {} });

function tally(map: Map<string, FeedbackCount>, key: string, rating: 'up' | 'down', reason: FeedbackReason | undefined, query: string) {
  const c = map.get(key) ?? emptyCount();
  map.set(key, c);
  if (rating === 'up') c.up++;
  else {
    c.down++;
    c.example ??= query;
    if (reason) c.reasons[reason] = (c.reasons[reason] ?? 0) + 1;
  }
}

const byDownThenUp = (a: FeedbackCount, b: FeedbackCount) => b.down - a.down || a.up - b.up;

export function buildReport(entries: readonly StoredQuestion[], since: string | null = null): Report {
  const uncovered: string[] = [];
  const coverages: Array<'not_covered' | 'low_confidence'> = [];
  const byCommand = new Map<string, FeedbackCount>();
  const byFact = new Map<string, FeedbackCount>();
  const comments: Report['feedback']['comments'] = [];
  const people = new Set<string>();
  const usage = new Map<string, { count: number; codes: Record<string, number>; examples: string[] }>();

  for (const { id, record: r } of entries) {
    switch (r.type) {
      case 'uncovered':
        uncovered.push(r.query);
        coverages.push(r.coverage);
        break;
      case 'usage_error': {
        const u = usage.get(r.command) ?? { count: 0, codes: {}, examples: [] };
        usage.set(r.command, u);
        u.count++;
        u.codes[r.code] = (u.codes[r.code] ?? 0) + 1;
        if (u.examples.length < EXAMPLES_PER_COMMAND && !u.examples.includes(r.query)) u.examples.push(r.query);
        break;
      }
      case 'feedback':
        tally(byCommand, r.command, r.rating, r.reason, r.query);
        for (const f of r.facts) tally(byFact, f, r.rating, r.reason, r.query);
        if (r.comment) comments.push({ id, command: r.command, comment: r.comment });
        if (r.who) people.add(r.who);
        break;
    }
  }

  const clusters = clusterQuestions(uncovered);
  return {
    since,
    records: entries.length,
    uncovered: clusters.map(({ members, ...c }) => {
      const coverage = { not_covered: 0, low_confidence: 0 };
      for (const i of members) coverage[coverages[i]]++;
      return { ...c, coverage };
    }),
    feedback: {
      byCommand: [...byCommand.entries()].map(([command, c]) => ({ command, ...c })).sort(byDownThenUp),
      byFact: [...byFact.entries()]
        .map(([fact, c]) => ({ fact, ...c }))
        .filter((f) => f.down > 0)
        .sort(byDownThenUp),
      comments: comments.reverse().slice(0, COMMENTS_SHOWN),
      distinctPeople: people.size,
    },
    usageErrors: [...usage.entries()].map(([command, u]) => ({ command, ...u })).sort((a, b) => b.count - a.count),
  };
}

const reasonLabel = (r: string) => FEEDBACK_REASONS.find((x) => x.value === r)?.label ?? r;

function reasonsText(c: FeedbackCount): string {
  const parts = Object.entries(c.reasons).map(([r, n]) => `${reasonLabel(r)} ${n}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Plain text for a terminal; `limit` rows per part. */
export function formatReport(r: Report, limit = 20): string {
  const out: string[] = [`Question log report${r.since ? ` since ${r.since}` : ''}: ${r.records} record(s).`, ''];
  out.push('Questions we could not answer (clustered by meaning):');
  if (!r.uncovered.length) out.push('  none');
  for (const c of r.uncovered.slice(0, limit)) out.push(`  ${String(c.count).padStart(4)} × [${c.terms.join(' ')}]  e.g. "${c.example}"`);
  out.push('', 'Answers with the most 👎, by command:');
  if (!r.feedback.byCommand.length) out.push('  none');
  for (const c of r.feedback.byCommand.slice(0, limit))
    out.push(`  ${c.command}: 👎 ${c.down} 👍 ${c.up}${reasonsText(c)}${c.example ? `  e.g. "${c.example}"` : ''}`);
  out.push('', 'Facts in answers with a 👎:');
  if (!r.feedback.byFact.length) out.push('  none');
  for (const f of r.feedback.byFact.slice(0, limit)) out.push(`  ${f.fact}: 👎 ${f.down} 👍 ${f.up}${reasonsText(f)}`);
  if (r.feedback.comments.length) {
    out.push('', 'Latest comments:');
    for (const c of r.feedback.comments) out.push(`  [${c.id}] ${c.command}: ${c.comment}`);
  }
  out.push('', 'Usage errors by command (what people try to type):');
  if (!r.usageErrors.length) out.push('  none');
  for (const u of r.usageErrors.slice(0, limit))
    out.push(
      `  ${u.command}: ${u.count} (${Object.entries(u.codes)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')})  e.g. ${u.examples.map((x) => `"${x}"`).join(', ')}`,
    );
  if (r.feedback.distinctPeople) out.push('', `Feedback from ${r.feedback.distinctPeople} distinct people in Slack.`);
  return out.join('\n');
}
