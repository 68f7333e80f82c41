/** The pages that span topics: every limit, the conflicts between sources, and the fact changelog. */
import type { Fact } from '../../../../knowledge';
import { sourcePageUrl, TopicSchema } from '../../../../knowledge';
import { paths, referencePageTitles } from '../../../../shared/site-urls';
import type { GeneratedPage } from '../mdx';
import type { ConflictView, LimitsGroupView, TableView } from '../view-model';
import { factHref, factView, lifecycleView, sourceView, subjectName } from '../views';
import { currentFirst, factCell, referenceLink, referencePageBuilder, slug, sourceCell } from './common';
import type { GenerateContext } from './common';

export function limitsPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('limits', {
    description: 'Every fact in the vpn-advisor knowledge model: value, unit, source document, section and date, grouped by topic.',
  });
  const current = kb.facts.filter((f) => f.status === 'current').length;
  const unknown = kb.facts.filter((f) => f.value === null).length;
  b.para([
    `Every fact the knowledge model holds, ${kb.facts.length} in all: ${current} current, ${kb.facts.length - current} kept as history (superseded), ${unknown} unknown with the reason. Each links to its anchor on its topic page. Ask `,
    { text: 'limits', href: paths.command('limits') },
    ' for the limits of one topic in Slack or the CLI. The documents are listed under ',
    { text: 'Sources', href: '#sources' },
    '.',
  ]);
  // One component for every topic, so that one filter (by topic and by text) narrows them all.
  const groups: LimitsGroupView[] = TopicSchema.options.flatMap((topic) => {
    const facts = currentFirst(kb.facts.filter((f) => f.topic === topic));
    if (!facts.length) return [];
    return [
      {
        topic,
        title: referencePageTitles[topic],
        anchor: b.anchor(`limits-${topic}`),
        href: paths.reference(topic),
        facts: facts.map((f) => ({ ...factView(kb, f), note: undefined })),
      },
    ];
  });
  b.component('AllLimits', { groups });
  b.heading(2, 'Sources', 'sources');
  b.p(
    'Every document version the model cites. The same document read at two dates is two sources, because a fact names the version it came from.',
  );
  b.component('KbTable', {
    table: {
      columns: ['Source', 'File in azure-docs', 'Date', 'Facts'],
      rows: [...kb.sources]
        .sort((x, y) => x.id.localeCompare(y.id))
        .map((s) => ({
          anchor: b.anchor(`source-${s.id}`),
          cells: [
            { text: s.title, sub: s.id, ...(sourcePageUrl(s) ? { href: sourcePageUrl(s) } : {}) },
            s.kind === 'seed'
              ? { text: 'seed article', sub: 'one of the five articles the product started from', muted: true }
              : {
                  text: s.path.replace(/^MicrosoftDocs\/azure-docs:/, ''),
                  code: true,
                  ...(s.pathInferred ? { sub: 'path inferred by content search: not linked' } : {}),
                },
            s.date ? s.date : { text: 'undated', sub: s.dateNote ?? '', tone: 'unknown' },
            String(kb.facts.filter((f) => f.source.sourceId === s.id).length),
          ],
        })),
    } satisfies TableView,
  });
  return b.build();
}

export function conflictsPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('conflicts', {
    description:
      'Where Azure documents or their versions disagree: every value with its sources and dates, and the verdict vpn-advisor uses.',
    toc_max_heading_level: 2,
  });
  const open = kb.conflicts.filter((c) => c.verdict.status === 'unresolved').length;
  b.p(
    `Where documents, or versions of one document, disagree, the model keeps every value with its sources and records a verdict: which value answers use, and why. ${kb.conflicts.length} conflicts, ${open} without a verdict; answers show both values for those.`,
  );
  const sorted = [...kb.conflicts].sort((x, y) => x.number - y.number);
  b.heading(2, 'Overview', 'overview');
  b.component('KbTable', {
    table: {
      columns: ['#', 'Topic', 'Verdict'],
      rows: sorted.map((c) => ({
        cells: [
          { text: String(c.number), href: `#${c.id}` },
          c.topic,
          c.verdict.status === 'resolved' ? { text: 'resolved', tone: 'ok' } : { text: 'unresolved', tone: 'warn' },
        ],
      })),
    } satisfies TableView,
  });
  b.heading(2, 'Conflicts', 'conflicts');
  for (const c of sorted) {
    const facts = kb.facts.filter((f) => f.conflict === c.id || c.facts.includes(f.id));
    const view: ConflictView = {
      id: c.id,
      number: c.number,
      topic: c.topic,
      status: c.verdict.status,
      reason: c.verdict.reason,
      values: c.values.map((v, i) => ({
        value: v.value,
        current: c.verdict.status === 'resolved' && c.verdict.current === i,
        sources: v.sources.map((ref) => sourceView(kb, ref)),
      })),
      facts: facts.map((f) => ({ text: `${f.title}${f.status === 'superseded' ? ' (history)' : ''}`, href: factHref(f) })),
      lifecycle: kb.lifecycle
        .filter((e) => e.conflict === c.id)
        .map((e) => ({ text: `${e.title} (${e.date})`, href: paths.lifecycle(e.id) })),
    };
    b.heading(3, `#${c.number}: ${c.topic}`, c.id);
    b.component('ConflictCard', { conflict: view });
  }
  return b.build();
}

function supersededTable(ctx: GenerateContext, facts: readonly Fact[]): TableView {
  const { kb } = ctx;
  return {
    columns: ['Earlier value', 'Its source', 'Replaced by', 'Current source'],
    rows: facts.map((f) => {
      const old = factView(kb, f);
      const next = f.supersededBy ? kb.factById.get(f.supersededBy) : undefined;
      const cur = next ? factView(kb, next) : undefined;
      return {
        cells: [
          { ...factCell(kb, f.id), sub: old.title },
          sourceCell(old.source),
          cur ? { ...factCell(kb, cur.id), sub: cur.title } : '—',
          cur ? sourceCell(cur.source) : '—',
        ],
      };
    }),
  };
}

export function changelogPage(ctx: GenerateContext): GeneratedPage {
  const { kb, asOf } = ctx;
  const b = referencePageBuilder('changelog', {
    description:
      'What changed in Azure remote-access limits and lifecycles, and when: retirements, creation cut-offs, superseded values, generated from the knowledge model.',
  });
  b.para([
    `Generated from the knowledge model: dated lifecycle events (what can no longer be created or enabled, what retires, and when), then every value that a newer source replaced. To record a change, a maintainer edits the data files in knowledge/ and this page follows. Past and upcoming are relative to ${asOf}, the date this site was built. Every current value is on `,
    referenceLink('limits'),
    '.',
  ]);
  b.heading(2, 'Lifecycle events', 'lifecycle-events');
  const events = [...kb.lifecycle].sort((x, y) => x.date.localeCompare(y.date));
  b.component('KbTable', {
    table: {
      columns: ['Date', 'Event', 'Applies to', 'Source'],
      rows: events.map((e) => {
        const v = lifecycleView(kb, e);
        const past = e.date <= asOf;
        return {
          anchor: b.anchor(e.id),
          cells: [
            {
              text: v.endDate ? `${v.date} – ${v.endDate}` : v.date,
              sub: past ? 'in effect' : 'upcoming',
              nowrap: true,
              ...(past ? {} : { tone: 'warn' as const }),
            },
            { text: v.title, ...(v.note ? { sub: v.note } : {}), ...(v.conflict ? { href: v.conflict.href, title: v.conflict.text } : {}) },
            v.subjects.map((id) => subjectName(kb, id)).join(', '),
            sourceCell(v.source),
          ],
        };
      }),
    } satisfies TableView,
  });

  const dated = kb.facts.filter((f) => f.effective).sort((x, y) => (x.effective ?? '').localeCompare(y.effective ?? ''));
  if (dated.length) {
    b.heading(2, 'Dated facts', 'dated-facts');
    b.p('Facts that carry the date they took or take effect.');
    b.component('KbTable', {
      table: {
        columns: ['Effective', 'Fact', 'Value', 'Source'],
        rows: dated.map((f) => {
          const v = factView(kb, f);
          return {
            muted: f.status === 'superseded',
            cells: [
              { text: f.effective ?? '', nowrap: true },
              { text: v.title, href: v.href, ...(f.status === 'superseded' ? { sub: 'history' } : {}) },
              v.value,
              sourceCell(v.source),
            ],
          };
        }),
      } satisfies TableView,
    });
  }

  b.heading(2, 'Superseded values', 'superseded');
  b.p(
    'Each earlier value stays in the model with its own source and date, and names the fact that replaced it. Answers use only current values.',
  );
  const superseded = kb.facts.filter((f) => f.status === 'superseded');
  for (const topic of TopicSchema.options) {
    const list = superseded.filter((f) => f.topic === topic);
    if (!list.length) continue;
    b.heading(3, `${referencePageTitles[topic]} (${list.length})`, `superseded-${slug(topic)}`);
    b.component('KbTable', { table: supersededTable(ctx, list) });
  }
  const conflicts = kb.conflicts.length;
  b.para([
    `Where sources still disagree, the values and verdicts are on `,
    { text: `${referencePageTitles.conflicts} (${conflicts})`, href: paths.reference('conflicts') },
    '.',
  ]);
  return b.build();
}
