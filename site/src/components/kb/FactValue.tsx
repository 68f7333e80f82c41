import type React from 'react';
import Link from '@docusaurus/Link';
import type { FactView, LifecycleView } from '@site/plugins/knowledge/view-model';
import { parseJson } from './anchor';
import styles from './kb.module.css';

/**
 * A value from the knowledge model inside prose: `<FactValue id="sstp-max-connections"/>` renders
 * "128 connections", linked to the fact with its source and date. `bare` drops the unit.
 */
export function FactValue({ id, json, bare = false }: { id: string; json?: string; bare?: boolean }): React.ReactElement {
  const f = parseJson<FactView>(json, `FactValue id="${id}"`);
  const tip = f.unknown ?? `${f.title} — ${f.source.title}, § ${f.source.section} (${f.source.date ?? 'undated'})`;
  const unitless = bare && f.value.includes(' ') && /^[\d,./]+ /.test(f.value) ? f.value.slice(0, f.value.indexOf(' ')) : f.value;
  return (
    <Link to={f.href} title={tip} className={f.status === 'superseded' ? `${styles.factValue} ${styles.mutedCell}` : styles.factValue}>
      {unitless}
    </Link>
  );
}

/** A lifecycle date inside prose: `<LifecycleDate id="sstp-retired"/>`, linked to the changelog. */
export function LifecycleDate({ id, json, end = false }: { id: string; json?: string; end?: boolean }): React.ReactElement {
  const e = parseJson<LifecycleView>(json, `LifecycleDate id="${id}"`);
  const date = end && e.endDate ? e.endDate : e.date;
  return (
    <Link to={e.href} title={`${e.title} — ${e.source.title}, § ${e.source.section}`} className={styles.factValue}>
      <time dateTime={date}>{date}</time>
    </Link>
  );
}
