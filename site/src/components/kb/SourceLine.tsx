import type React from 'react';
import type { SourceView } from '@site/plugins/knowledge/view-model';
import styles from './kb.module.css';

/** Source title, path and section: where a value was read. */
export function SourceLine({ source, compact = false }: { source: SourceView; compact?: boolean }): React.ReactElement {
  return (
    <span className={styles.source}>
      <span className={styles.sourceTitle}>{source.title}</span>
      <span className={styles.sourceSection}>§ {source.section}</span>
      {!compact && <code className={styles.sourcePath}>{source.path}</code>}
    </span>
  );
}

/** The source's date, or "undated" with the reason. */
export function SourceDate({ source, inline = false }: { source: SourceView; inline?: boolean }): React.ReactElement {
  if (source.date) return <time dateTime={source.date}>{source.date}</time>;
  return (
    <span className={styles.undated} title={source.dateNote}>
      undated
      {!inline && source.dateNote && <span className={styles.sub}>{source.dateNote}</span>}
    </span>
  );
}
