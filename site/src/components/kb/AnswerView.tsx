import React from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import type { AnswerViewModel } from '@site/src/lib/answer-view';
import { LIVE_PAGE_NOTE, numberedItems, SEVERITY_LABEL } from '@shared/render/notices';
import { paths } from '@shared/site-urls';
import { SourceTitle } from './SourceLine';
import styles from './kb.module.css';

const MARK = { critical: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

/**
 * Only site-relative paths and http(s) URLs become links; anything else an answer could carry
 * (javascript:, data:) stays text. Site paths go through Link, so the build checks them (the /ask and
 * /search pages included).
 */
function AnswerLink({ href, children }: { href: string; children: React.ReactNode }): React.ReactElement {
  if (href.startsWith('/') && !href.startsWith('//')) return <Link to={href}>{children}</Link>;
  if (/^https?:\/\/[^\s<>"]+$/i.test(href)) return <a href={href}>{children}</a>;
  return <span>{children}</span>;
}

type Section = AnswerViewModel['answer']['sections'][number];
/** How answer text is shown: plain text, or (search answers) with the matched words marked. Always React nodes, never HTML. */
type TextRenderer = (text: string) => React.ReactNode;
const plain: TextRenderer = (text) => text;

function SectionView({ section, t }: { section: Section; t: TextRenderer }): React.ReactElement {
  switch (section.type) {
    case 'table':
      return (
        <div className={styles.tableWrap}>
          <table className={styles.kbTable}>
            <caption>{section.title}</caption>
            <thead>
              <tr>
                {section.columns.map((c, i) => (
                  <th key={i}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{t(c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'list': {
      const steps = numberedItems(section.items);
      return (
        <>
          <p className={styles.answerSectionTitle}>{section.title}</p>
          {steps ? (
            <ol>
              {steps.map((item, i) => (
                <li key={i}>{t(item)}</li>
              ))}
            </ol>
          ) : (
            <ul>
              {section.items.map((item, i) => (
                <li key={i}>{t(item)}</li>
              ))}
            </ul>
          )}
        </>
      );
    }
    case 'note':
      return (
        <>
          <p className={styles.answerSectionTitle}>{section.title}</p>
          <p>{t(section.text)}</p>
        </>
      );
    case 'commands':
      // The site's way to ask: each command is a link to its answer on /ask.
      return (
        <>
          <p className={styles.answerSectionTitle}>{section.title}</p>
          <ul>
            {section.items.map((c) => (
              <li key={c.command} data-ask-next="">
                <Link to={paths.ask(c.command)}>{c.command}</Link>
                {c.why && <> — {t(c.why)}</>}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

type Answer = AnswerViewModel['answer'];

/** The dates that matter on the evaluation date, each linked to its changelog entry. */
function LifecycleView({ events, asOf }: { events: Answer['lifecycle']; asOf: string }): React.ReactElement {
  return (
    <div className={styles.answerCaveat} data-lifecycle="">
      <p className={styles.answerSectionTitle}>
        Dates that matter (as of <time dateTime={asOf}>{asOf}</time>)
      </p>
      <ul>
        {events.map((l) => (
          <li key={l.id} data-state={l.state}>
            <span className={l.state === 'upcoming' ? styles.warn : undefined}>{l.when}</span>:{' '}
            <AnswerLink href={l.href}>{l.title}</AnswerLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where sources disagree: every value with its sources and dates, the current one marked, or said plainly why none is. */
function ConflictView({ conflict: c }: { conflict: Answer['conflicts'][number] }): React.ReactElement {
  return (
    <div className={styles.answerCaveat} data-conflict={c.id}>
      <p className={styles.answerSectionTitle}>{c.heading}</p>
      {c.unresolved && <p className={styles.warn}>{c.unresolved}</p>}
      <ul className={styles.conflictValues}>
        {c.values.map((v, i) => (
          <li key={i} className={v.standing === 'current' ? styles.currentValue : undefined} data-standing={v.standing ?? 'unresolved'}>
            {v.standing && (
              <>
                <span className={v.standing === 'current' ? styles.badgeCurrent : styles.badgeSuperseded}>{v.standing}</span>{' '}
              </>
            )}
            {v.value}
            <ul>
              {v.sources.map((s, j) => (
                <li key={j} className={styles.sub}>
                  <SourceTitle source={s} />, {s.section} ({s.date ?? 'undated'})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className={styles.sub}>
        {c.verdictLabel}: {c.verdict} <AnswerLink href={c.href}>Details</AnswerLink>
      </p>
    </div>
  );
}

export interface AnswerViewProps {
  example: AnswerViewModel;
  /** Show the facts list open (the /ask page, where the facts are what a ticket needs). */
  factsOpen?: boolean;
  /** Show the Markdown rendering under the answer. */
  markdown?: boolean;
  /** Renders the answer's strings (default: as they are). */
  text?: TextRenderer;
}

/** An answer of the engine, as the bot would give it: computed at build time, or in the browser by /ask and the calculators. */
export default function AnswerView({ example, factsOpen = false, markdown = true, text: t = plain }: AnswerViewProps): React.ReactElement {
  const a = example.answer;
  return (
    <div className={styles.answer} data-answer-kind={a.kind}>
      <p className={styles.answerMeta}>
        <code>/vpn {example.query}</code> · evaluated on <time dateTime={example.asOf}>{example.asOf}</time> ·{' '}
        <AnswerLink href={a.permalink}>permalink</AnswerLink>
      </p>
      <p className={styles.answerTitle}>{a.title}</p>
      {a.coverage && (
        <p className={styles[`coverage_${a.coverage.kind}`]} data-coverage={a.coverage.kind} role="note">
          <strong>{a.coverage.label}:</strong> {a.coverage.text}
        </p>
      )}
      <p>{t(a.summary)}</p>
      {a.findings.length > 0 && (
        <ul className={styles.findings}>
          {a.findings.map((f, i) => (
            <li key={i} className={styles[`finding_${f.severity}`]} data-finding={f.code}>
              <span aria-hidden="true">{MARK[f.severity]}</span> <strong>{SEVERITY_LABEL[f.severity]}:</strong> {f.message}
              {(f.rule || f.where) && (
                <span className={styles.sub} data-finding-rule={f.rule?.text}>
                  {f.where && <code>{f.where}</code>}
                  {f.rule && f.where && ' · '}
                  {f.rule && (
                    <>
                      rule <AnswerLink href={f.rule.href}>{f.rule.text}</AnswerLink>
                    </>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {a.lifecycle.length > 0 && <LifecycleView events={a.lifecycle} asOf={example.asOf} />}
      {a.conflicts.map((c) => (
        <ConflictView key={c.id} conflict={c} />
      ))}
      {a.sections.map((s, i) => (
        <SectionView key={i} section={s} t={t} />
      ))}
      {a.facts.length > 0 && (
        <details className={styles.answerFacts} open={factsOpen}>
          <summary>Facts used ({a.facts.length})</summary>
          <ul>
            {a.facts.map((f) => (
              <li key={f.id}>
                <AnswerLink href={f.href}>{f.title}</AnswerLink>: {f.value} — <SourceTitle source={f.source} />, {f.source.section} (
                {f.date ?? 'undated'})
              </li>
            ))}
          </ul>
          {a.facts.some((f) => f.source.pageUrl) && <p className={styles.sub}>{LIVE_PAGE_NOTE}</p>}
        </details>
      )}
      {a.links.length > 0 && (
        <p className={styles.sub}>
          See also:{' '}
          {a.links.map((l, i) => (
            <React.Fragment key={l.href}>
              {i > 0 && ' · '}
              <AnswerLink href={l.href}>{l.text}</AnswerLink>
            </React.Fragment>
          ))}
        </p>
      )}
      {markdown && (
        <details>
          <summary>As Markdown (for tickets)</summary>
          <CodeBlock language="markdown">{example.markdown}</CodeBlock>
        </details>
      )}
    </div>
  );
}
