/**
 * `check`'s entry point. check takes files, not a one-line command, so it is not in the command registry
 * (whose commands parse words and whose examples must answer from text alone): the CLI calls runCheck with
 * the files it read, and the site's /check page, POST /api/check and the Slack modal will call it with the
 * text they were given. The answer is the same Answer object every face renders, command 'check'.
 *
 * Privacy: the answer has no permalink that embeds the input (it points at the /check page), and nothing
 * here logs.
 */
import type { KnowledgeBase, Os } from '../../knowledge';
import { isIsoDate, todayIso } from '../../knowledge/dates';
import type { Answer, Finding, Section } from '../answer/answer';
import { finishAnswer, usageErrorAnswer } from '../answer/build';
import { formatNumber, plural } from '../format';
import type { EngineContext } from '../rules/context';
import { Evidence } from '../rules/context';
import { paths, siteBase, siteUrl } from '../site-urls';
import type { CheckOptions, RuleHit } from './evaluate';
import { evaluateCheck } from './evaluate';
import { fingerprintOf } from './fingerprint';
import type { InputFile } from './input';
import { readCheckInput } from './input';
import type { RuleId, RuleSeverity } from './rules';
import { ruleById, sarifLevel } from './rules';

/** One finding as CI and the faces need it: rule, level, message, where, and a fingerprint stable across runs. */
interface CheckResult {
  ruleId: RuleId;
  severity: RuleSeverity;
  level: 'error' | 'warning' | 'note';
  message: string;
  /** Index into `files`. */
  file: number;
  line: number;
  column: number;
  pointer: string;
  fingerprint: string;
  facts: string[];
}

/** What `check` answers with, beside its text. */
export interface CheckData {
  files: string[];
  resources: Array<{ kind: string; name?: string; file: number; line: number }>;
  options: { users?: number; avoid: string[]; clients: Os[] };
  results: CheckResult[];
  notEvaluated: Array<{ setting: string; expression: string; file: number; line: number; column: number }>;
  notes: string[];
}

export interface RunCheckOptions {
  kb: KnowledgeBase;
  asOf?: string;
  base?: string;
  users?: number;
  avoid?: string[];
  clients?: Os[];
}

const SEVERITY_ORDER: Record<RuleSeverity, number> = { critical: 0, warning: 1, info: 2 };

const KIND_LABEL: Record<string, string> = {
  'vpn-gateway': 'VPN gateway',
  'p2s-vpn-gateway': 'Virtual WAN point-to-site gateway',
  'vpn-server-configuration': 'VPN server configuration',
};

function toResult(h: RuleHit, fileNames: readonly string[]): CheckResult {
  return {
    ruleId: h.rule,
    severity: h.severity,
    level: sarifLevel[h.severity],
    message: h.message,
    file: h.at.file,
    line: h.at.line,
    column: h.at.column,
    pointer: h.at.pointer,
    // Rule, file name, JSON pointer and key: the same finding keeps its fingerprint when lines move, the date
    // or --users change, or the wording improves.
    fingerprint: fingerprintOf([h.rule, fileNames[h.at.file] ?? '', h.at.pointer, h.key ?? ''].join('\u0000')),
    facts: h.facts,
  };
}

/** Reads the files and checks every configuration they hold; unreadable or unrecognised input is a usage error. */
export function runCheck(files: readonly InputFile[], opts: RunCheckOptions): Answer {
  const base = opts.base ?? siteBase();
  const asOf = opts.asOf && isIsoDate(opts.asOf) ? opts.asOf : todayIso();
  const ctx: EngineContext = {
    kb: opts.kb,
    asOf,
    base,
    searchIndex: () => {
      throw new Error('vpn-advisor: check does not search');
    },
  };
  const query = `check ${files.map((f) => f.name).join(' ')}`.trim();
  const withCheckPage = (a: Answer): Answer => ({ ...a, permalink: siteUrl(paths.check(), base), links: [] });
  if (opts.asOf && !isIsoDate(opts.asOf)) {
    return withCheckPage(
      usageErrorAnswer(ctx, 'check', query, {
        code: 'invalid_date',
        message: 'The evaluation date is not a calendar date.',
        expected: 'a date as YYYY-MM-DD',
        example: 'vpn check gateway.json --as-of 2026-11-21',
      }),
    );
  }
  const input = readCheckInput(files);
  if (!input.ok) return withCheckPage(usageErrorAnswer(ctx, 'check', query, input.error));
  const options: CheckOptions = {
    ...(opts.users !== undefined ? { users: opts.users } : {}),
    avoid: opts.avoid ?? [],
    clients: opts.clients ?? [],
  };
  const { hits, notes } = evaluateCheck(input.value, options, ctx);
  const names = input.value.files;
  const results = hits
    .map((h) => toResult(h, names))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file - b.file || a.line - b.line || a.ruleId.localeCompare(b.ruleId),
    );

  const evidence = new Evidence(ctx);
  for (const r of results) for (const id of r.facts) evidence.fact(id);
  for (const h of hits)
    for (const id of h.events) {
      const e = ctx.kb.lifecycle.find((x) => x.id === id);
      if (e) evidence.event(e);
    }
  const findings: Finding[] = results.map((r) => ({
    code: r.ruleId.replace(/-/g, '_'),
    severity: r.severity,
    message: r.message,
    location: { file: names[r.file] ?? '', line: r.line, column: r.column },
    lifecycle: hits.find((h) => h.rule === r.ruleId && h.message === r.message)?.events ?? [],
  }));
  const resources = input.value.resources.map((r) => ({
    kind: r.kind,
    ...(r.name ? { name: r.name } : {}),
    file: r.at.file,
    line: r.at.line,
  }));
  const sections: Section[] = [
    {
      type: 'table',
      title: 'Checked',
      columns: ['Resource', 'Name', 'File', 'Line'],
      rows: resources.map((r) => [KIND_LABEL[r.kind] ?? r.kind, r.name ?? '—', names[r.file] ?? '', String(r.line)]),
    },
  ];
  if (results.length) {
    sections.push({
      type: 'table',
      title: 'Findings by rule',
      columns: ['Severity', 'Rule', 'Where'],
      rows: results.map((r) => [r.severity, ruleById(r.ruleId).title, `${names[r.file]}:${r.line}:${r.column}`]),
    });
  }
  if (input.value.notEvaluated.length) {
    sections.push({
      type: 'list',
      title: 'Not evaluated (template expressions other than parameter defaults and literal variables)',
      items: input.value.notEvaluated.map((n) => `${n.setting} at ${names[n.at.file]}:${n.at.line}:${n.at.column}: ${n.expression}`),
    });
  }
  const skipped = [
    ...(options.users === undefined ? ['capacity and pool size against users (give --users N)'] : []),
    ...(options.clients.length === 0 ? ['which operating systems can connect (give --clients windows,macos,…)'] : []),
  ];
  if (notes.length || skipped.length)
    sections.push({ type: 'list', title: 'Notes', items: [...notes, ...skipped.map((s) => `Not checked: ${s}.`)] });

  const count = (s: RuleSeverity) => results.filter((r) => r.severity === s).length;
  const what = resources.map((r) => r.name ?? KIND_LABEL[r.kind]).join(', ');
  const summary = results.length
    ? `${plural(results.length, 'finding')} on ${asOf}: ${formatNumber(count('critical'))} critical, ${formatNumber(count('warning'))} ${count('warning') === 1 ? 'warning' : 'warnings'}, ${formatNumber(count('info'))} ${count('info') === 1 ? 'note' : 'notes'}.`
    : `No rule found a problem on ${asOf}.`;
  const answer = finishAnswer(
    ctx,
    'check',
    query,
    {
      title: `Check of ${what}`,
      summary,
      sections,
      findings,
      links: [...new Set(results.map((r) => r.ruleId))].map((id) => ({
        title: `Rule: ${ruleById(id).title}`,
        url: siteUrl(paths.rule(id), base),
      })),
      data: {
        files: names,
        resources,
        options: { ...(options.users !== undefined ? { users: options.users } : {}), avoid: options.avoid, clients: options.clients },
        results,
        notEvaluated: input.value.notEvaluated.map((n) => ({
          setting: n.setting,
          expression: n.expression,
          file: n.at.file,
          line: n.at.line,
          column: n.at.column,
        })),
        notes,
      },
    },
    evidence,
  );
  // The rules state the dates they read; the engine's generic caveats would say them twice, without a location.
  return { ...answer, findings, permalink: siteUrl(paths.check(), base) };
}
