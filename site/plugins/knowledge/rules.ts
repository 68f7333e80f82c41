/**
 * The `check` rule pages: an index (/docs/rules) and one page per rule declaration (/docs/rules/<id>), the
 * page SARIF's helpUri points at. Everything on them comes from the declarations (shared/check/rules.ts),
 * the model's facts and lifecycle events, and one example finding computed by runCheck at build time.
 */
import { ruleExample } from '../../../shared/check/examples';
import type { CheckRule, RuleId, RuleSeverity } from '../../../shared/check/rules';
import { rules, sarifLevel } from '../../../shared/check/rules';
import { runCheck } from '../../../shared/check/run';
import { SEVERITY_LABEL } from '../../../shared/render/notices';
import { paths, referencePageTitles } from '../../../shared/site-urls';
import { PageBuilder } from './mdx';
import type { GeneratedPage } from './mdx';
import type { GenerateContext } from './reference/common';
import { lifecycleTable } from './reference/common';
import type { TableView } from './view-model';
import { factViewById, lifecycleViewById } from './views';

const AREA_LABEL: Readonly<Record<CheckRule['area'], string>> = {
  sku: 'Gateway SKU',
  'tunnel-types': 'Tunnel types',
  authentication: 'Authentication',
  clients: 'Clients',
  'address-pool': 'Address pool',
  'virtual-wan': 'Virtual WAN',
};

const NEEDS_TEXT: Readonly<Record<NonNullable<CheckRule['needs']>, string>> = {
  users: 'the number of concurrent users (--users on the command line, users in the API, Users on the check page)',
  clients: 'the operating systems your users have (--clients on the command line, clients in the API, Client OSes on the check page)',
};

const severityText = (s: RuleSeverity) => `${SEVERITY_LABEL[s]} (SARIF level ${sarifLevel[s]})`;

function escalationText(ctx: GenerateContext, rule: CheckRule): string | undefined {
  if (!rule.escalation) return undefined;
  const e = lifecycleViewById(ctx.kb, rule.escalation.event);
  return `${severityText(rule.escalation.severity)} from ${e.date}: ${e.title}.`;
}

/** The rule's finding on its example configuration, checked on the build's date; the build fails if the example doesn't fire. */
function exampleFinding(ctx: GenerateContext, id: RuleId) {
  const { file, context } = ruleExample(ctx.kb, id);
  const answer = runCheck([file], { kb: ctx.kb, asOf: ctx.asOf, base: ctx.base, ...context });
  const hit = answer.kind === 'answer' && answer.command === 'check' ? answer.data.results.find((r) => r.ruleId === id) : undefined;
  if (!hit) throw new Error(`site: the example configuration of rule ${id} does not trigger it on ${ctx.asOf}`);
  return { file, context, hit };
}

function contextWords(context: ReturnType<typeof exampleFinding>['context']): string {
  const parts = [
    ...(context.users !== undefined ? [`users ${context.users}`] : []),
    ...(context.avoid?.length ? [`avoid ${context.avoid.join(', ')}`] : []),
    ...(context.clients?.length ? [`clients ${context.clients.join(', ')}`] : []),
  ];
  return parts.length ? ` with ${parts.join('; ')}` : '';
}

function rulePage(ctx: GenerateContext, rule: CheckRule & { id: RuleId }, position: number): GeneratedPage {
  const b = new PageBuilder(`rules/${rule.id}`, paths.rule(rule.id), rule.title, {
    description: rule.rationale,
    sidebar_label: rule.id,
    sidebar_position: position,
  });
  b.para([
    `Rule id ${rule.id} · ${AREA_LABEL[rule.area]} · `,
    { text: 'all check rules', href: paths.rules() },
    ' · ',
    { text: 'check a gateway', href: paths.check() },
  ]);

  b.heading(2, 'What it checks', 'what-it-checks');
  b.p(rule.title);
  if (rule.needs) b.p(`It runs only when the check is given ${NEEDS_TEXT[rule.needs]}.`);

  b.heading(2, 'Why', 'why');
  b.p(rule.rationale);

  b.heading(2, 'Severity', 'severity');
  b.p(`${severityText(rule.severity)}.`);
  const escalation = escalationText(ctx, rule);
  if (escalation) b.p(`It escalates to ${escalation}`);
  const events = [...new Set([...(rule.events ?? []), ...(rule.escalation ? [rule.escalation.event] : [])])];
  if (events.length) b.component('KbTable', { table: lifecycleTable(ctx.kb, events) });

  b.heading(2, 'Facts it cites', 'facts');
  if (rule.facts.length) {
    b.p(
      'Each with its value, the source and section it was read from, and the date of that source. A finding adds the facts of the SKU, scale unit or client it names.',
    );
    b.component('FactTable', { facts: rule.facts.map((id) => factViewById(ctx.kb, id)), anchored: false });
  } else {
    b.para([
      'It asks the client compatibility rules, on the evaluation date, about each operating system given; the finding cites the rows it read from the ',
      { text: referencePageTitles['client-compatibility'], href: paths.reference('client-compatibility') },
      ' reference.',
    ]);
  }

  b.heading(2, 'How to fix', 'fix');
  b.p(rule.fix);

  const ex = exampleFinding(ctx, rule.id);
  b.heading(2, 'Example', 'example');
  b.p(`Checked on ${ctx.asOf}${contextWords(ex.context)}, this ${ex.file.name}:`);
  b.code('json', ex.file.text);
  b.p('gives:');
  b.bullets([`${SEVERITY_LABEL[ex.hit.severity]}: ${ex.hit.message} (${ex.file.name}, line ${ex.hit.line}, column ${ex.hit.column})`]);
  return b.build();
}

function rulesIndexPage(ctx: GenerateContext): GeneratedPage {
  const b = new PageBuilder('rules/index', paths.rules(), 'Check rules', {
    description: 'The rules vpn check applies to an existing VPN gateway or Virtual WAN point-to-site configuration.',
    sidebar_label: 'All rules',
    sidebar_position: 0,
  });
  b.para([
    'vpn check reviews the JSON of an existing gateway (az network vnet-gateway show, an ARM template or compiled Bicep, or a Virtual WAN point-to-site gateway with its VPN server configuration) against these rules. Run it on the command line, through POST /api/check, or on the ',
    { text: 'check page', href: paths.check() },
    ', which checks in your browser. Each finding carries its rule id, also the SARIF ruleId.',
  ]);
  const table: TableView = {
    columns: ['Rule', 'Area', 'Severity', 'Escalates', 'Needs'],
    rows: rules.map((r) => {
      const e = r.escalation ? lifecycleViewById(ctx.kb, r.escalation.event) : undefined;
      return {
        cells: [
          { text: r.id, href: paths.rule(r.id), code: true, sub: r.title },
          AREA_LABEL[r.area],
          { text: SEVERITY_LABEL[r.severity], sub: `SARIF ${sarifLevel[r.severity]}` },
          e && r.escalation ? { text: `${SEVERITY_LABEL[r.escalation.severity]} from ${e.date}`, href: e.href, nowrap: true } : '—',
          r.needs ?? '—',
        ],
      };
    }),
  };
  b.component('KbTable', { table });
  b.para([`Example findings on each rule's page were computed on ${ctx.asOf}.`]);
  return b.build();
}

export function rulePages(ctx: GenerateContext): GeneratedPage[] {
  return [rulesIndexPage(ctx), ...rules.map((r, i) => rulePage(ctx, r, i + 1))];
}
