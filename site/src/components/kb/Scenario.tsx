import type React from 'react';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import type { FactView, ScenarioView, SourceView } from '@site/plugins/knowledge/view-model';
import { parseJson } from './anchor';
import FactTable from './FactTable';
import { SourceDate } from './SourceLine';
import styles from './kb.module.css';

interface Props {
  id?: string;
  json?: string;
}

/** Longer values (rules in words) stay on the fact's page; the chip shows the title only. */
const SHORT_VALUE = 48;

function FactChips({ facts }: { facts: FactView[] }): React.ReactElement | null {
  if (!facts.length) return null;
  return (
    <span className={styles.chips}>
      {facts.map((f) => (
        <Link
          key={f.id}
          to={f.href}
          className={styles.chip}
          title={`${f.source.title}, § ${f.source.section} (${f.source.date ?? 'undated'})`}
        >
          {f.title}
          {f.value.length <= SHORT_VALUE && (
            <>
              : <strong>{f.value}</strong>
            </>
          )}
        </Link>
      ))}
    </span>
  );
}

/** The scenario's ordered steps from the model, each with the limits it depends on. */
export function ScenarioSteps({ id, json }: Props): React.ReactElement {
  const steps = parseJson<ScenarioView['steps']>(json, `ScenarioSteps id="${id}"`);
  return (
    <ol className={styles.steps}>
      {steps.map((s, i) => (
        <li key={i}>
          {s.text}
          <FactChips facts={s.facts} />
        </li>
      ))}
    </ol>
  );
}

/** Every limit that applies to the scenario, with value, source and date. */
export function ScenarioLimits({ id, json }: Props): React.ReactElement {
  const facts = parseJson<FactView[]>(json, `ScenarioLimits id="${id}"`);
  return <FactTable facts={facts} anchored={false} compact />;
}

/** The commands worth asking for this scenario: each a link to its answer on /ask, and to its reference. */
export function ScenarioCommands({ id, json }: Props): React.ReactElement {
  const cmds = parseJson<ScenarioView['commands']>(json, `ScenarioCommands id="${id}"`);
  return (
    <ul className={styles.commandList}>
      {cmds.map((c) => (
        <li key={c.text}>
          <Link to={paths.ask(c.text)} data-ask-next="">
            <code>{c.text}</code>
          </Link>{' '}
          — <Link to={c.href}>{c.command} reference</Link>
        </li>
      ))}
    </ul>
  );
}

export function RelatedScenarios({ id, json }: Props): React.ReactElement | null {
  const related = parseJson<ScenarioView['related']>(json, `RelatedScenarios id="${id}"`);
  if (!related.length) return null;
  return (
    <ul>
      {related.map((r) => (
        <li key={r.id}>
          <Link to={r.href}>{r.title}</Link> — {r.summary}
        </li>
      ))}
    </ul>
  );
}

export function ScenarioSources({ id, json }: Props): React.ReactElement {
  const sources = parseJson<SourceView[]>(json, `ScenarioSources id="${id}"`);
  return (
    <ul className={styles.sub}>
      {sources.map((s, i) => (
        <li key={i}>
          {s.title}, § {s.section} <code>{s.path}</code> <SourceDate source={s} />
        </li>
      ))}
    </ul>
  );
}

/** The model's own "fits / doesn't fit" bullets, for a compact summary box. */
export function ScenarioFit({ id, json }: Props): React.ReactElement {
  const fit = parseJson<{ whenItFits: string[]; whenNot: string[] }>(json, `ScenarioFit id="${id}"`);
  return (
    <div className={styles.fitGrid}>
      <div>
        <p className={styles.answerSectionTitle}>Fits when</p>
        <ul>
          {fit.whenItFits.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </div>
      {fit.whenNot.length > 0 && (
        <div>
          <p className={styles.answerSectionTitle}>Look elsewhere when</p>
          <ul>
            {fit.whenNot.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** All scenarios of the model as cards. */
export function ScenarioIndex({ json }: Props): React.ReactElement {
  const all = parseJson<Array<{ id: string; title: string; summary: string; services: string[]; href: string }>>(json, 'ScenarioIndex');
  return (
    <div className={styles.cards}>
      {all.map((s) => (
        <Link key={s.id} to={s.href} className={styles.scenarioCard}>
          <strong>{s.title}</strong>
          <span>{s.summary}</span>
          <span className={styles.sub}>{s.services.join(' · ')}</span>
        </Link>
      ))}
    </div>
  );
}
