import type React from 'react';
import type { SourceView } from '@site/plugins/knowledge/view-model';
import styles from './kb.module.css';

const AZURE_DOCS = 'MicrosoftDocs/azure-docs:';

/**
 * A source's title, linked to its live page on Microsoft Learn when it has one. The live page shows
 * today's text, not the dated version cited: the reference pages' intro and LIVE_PAGE_NOTE say so.
 */
export function SourceTitle({ source }: { source: { title: string; pageUrl?: string } }): React.ReactElement {
  if (!source.pageUrl) return <span className={styles.sourceTitle}>{source.title}</span>;
  return (
    <a className={styles.sourceTitle} href={source.pageUrl} data-source-link="">
      {source.title}
    </a>
  );
}

/**
 * Source title (a link when it has a public page) and section: where a value was read. Without a link, the
 * full form also names the azure-docs file plainly (an `includes/` fragment or an inferred path); a seed
 * is named by its title alone, not its copy's file name.
 */
export function SourceLine({ source, compact = false }: { source: SourceView; compact?: boolean }): React.ReactElement {
  const file = !source.pageUrl && source.path.startsWith(AZURE_DOCS) ? source.path.slice(AZURE_DOCS.length) : undefined;
  return (
    <span className={styles.source}>
      <SourceTitle source={source} />
      <span className={styles.sourceSection}>§ {source.section}</span>
      {!compact && file && <code className={styles.sourcePath}>{file}</code>}
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
