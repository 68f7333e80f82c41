import React from 'react';
import Link from '@docusaurus/Link';
import type { ConflictView } from '@site/plugins/knowledge/view-model';
import { SourceDate, SourceLine } from './SourceLine';
import styles from './kb.module.css';

/** One conflict between sources: every value with its sources and dates, and the verdict. */
export default function ConflictCard({ conflict }: { conflict: ConflictView }): React.ReactElement {
  return (
    <div className={styles.card}>
      <p>
        <span className={conflict.status === 'resolved' ? styles.ok : styles.warn}>{conflict.status}</span> — {conflict.reason}
      </p>
      <ol className={styles.conflictValues}>
        {conflict.values.map((v, i) => (
          <li key={i} className={v.current ? styles.currentValue : undefined}>
            {v.current && <span className={styles.badgeCurrent}>used in answers</span>} {v.value}
            <ul>
              {v.sources.map((s, j) => (
                <li key={j} className={styles.sub}>
                  <SourceLine source={s} /> (<SourceDate source={s} inline />)
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {(conflict.facts.length > 0 || conflict.lifecycle.length > 0) && (
        <p className={styles.sub}>
          Facts:{' '}
          {[...conflict.facts, ...conflict.lifecycle].map((f, i) => (
            <React.Fragment key={f.href}>
              {i > 0 && ' · '}
              <Link to={f.href}>{f.text}</Link>
            </React.Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
