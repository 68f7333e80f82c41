import type React from 'react';
import Link from '@docusaurus/Link';
import type { FactTableProps, FactView } from '@site/plugins/knowledge/view-model';
import { useAnchors } from './anchor';
import { SourceDate, SourceLine } from './SourceLine';
import styles from './kb.module.css';

function Value({ fact }: { fact: FactView }): React.ReactElement {
  if (fact.unknown) {
    return (
      <span className={styles.unknown}>
        unknown<span className={styles.sub}>{fact.unknown}</span>
      </span>
    );
  }
  // Rules stated in words read better in normal weight; numbers stand out.
  return <span className={fact.value.length > 40 ? styles.valueText : styles.value}>{fact.value}</span>;
}

/** Compact rows (scenario pages): title, value, source and date in three columns, no notes. */
function CompactRow({ fact }: { fact: FactView }): React.ReactElement {
  return (
    <tr className={fact.status === 'superseded' ? styles.history : undefined}>
      <td>
        <Link to={fact.href}>{fact.title}</Link>
      </td>
      <td>
        <Value fact={fact} />
      </td>
      <td>
        <SourceLine source={fact.source} compact />
        <span className={styles.sub}>
          <SourceDate source={fact.source} />
        </span>
      </td>
    </tr>
  );
}

function Row({ fact, anchored }: { fact: FactView; anchored: boolean }): React.ReactElement {
  const history = fact.status === 'superseded';
  return (
    <tr id={anchored ? fact.id : undefined} className={history ? styles.history : undefined}>
      <td>
        {anchored ? (
          <a className={styles.factTitle} href={`#${fact.id}`} title="Link to this fact">
            {fact.title}
          </a>
        ) : (
          <Link className={styles.factTitle} to={fact.href}>
            {fact.title}
          </Link>
        )}
        {history && (
          <span className={styles.badge} title="An older value, kept with its source; answers use the current one.">
            history
          </span>
        )}
        {fact.conflict && (
          <Link className={styles.badgeLink} to={fact.conflict.href}>
            {fact.conflict.text}
          </Link>
        )}
        {fact.supersededBy && (
          <span className={styles.sub}>
            Superseded by <Link to={fact.supersededBy.href}>{fact.supersededBy.text}</Link>
          </span>
        )}
        {fact.effective && <span className={styles.sub}>Effective {fact.effective}</span>}
        {fact.note && <span className={styles.sub}>{fact.note}</span>}
        <code className={styles.factId}>{fact.id}</code>
      </td>
      <td>
        <Value fact={fact} />
      </td>
      <td>
        <SourceLine source={fact.source} />
      </td>
      <td className={styles.nowrap}>
        <SourceDate source={fact.source} />
      </td>
    </tr>
  );
}

/** Facts with value, source (title linked to its live page, section) and date; anchored rows on the fact's own page. */
export default function FactTable({ facts, anchored, compact = false }: FactTableProps & { compact?: boolean }): React.ReactElement {
  useAnchors(anchored ? facts.map((f) => f.id) : []);
  if (compact) {
    return (
      <div className={styles.tableWrap}>
        <table className={`${styles.factTable} ${styles.compact}`}>
          <colgroup>
            <col className={styles.colFact} />
            <col className={styles.colValue} />
            <col className={styles.colSource} />
          </colgroup>
          <thead>
            <tr>
              <th>Limit</th>
              <th>Value</th>
              <th>Source and date</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <CompactRow key={f.id} fact={f} />
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className={styles.tableWrap}>
      <table className={styles.factTable}>
        <colgroup>
          <col className={styles.colFact} />
          <col className={styles.colValue} />
          <col className={styles.colSource} />
          <col className={styles.colDate} />
        </colgroup>
        <thead>
          <tr>
            <th>Fact</th>
            <th>Value</th>
            <th>Source</th>
            <th>Date</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <Row key={f.id} fact={f} anchored={anchored} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
