import type React from 'react';
import Link from '@docusaurus/Link';
import type { SearchOutcome } from '@shared/search/query';
import { paths } from '@shared/site-urls';
import type { Searcher } from '@site/src/lib/search-runtime';
import Marked from './Marked';
import { KIND_LABEL } from './hit-labels';
import styles from './search.module.css';

/** The results page's list: page, section, value and snippet with the matched words marked. */
export default function SearchResults({ outcome, searcher }: { outcome: SearchOutcome; searcher: Searcher }): React.ReactElement {
  return (
    <>
      {outcome.suggestions.length > 0 && (
        <div className={styles.suggestions}>
          <p>A command may answer this directly:</p>
          <ul>
            {outcome.suggestions.map((s) => (
              <li key={s.command}>
                <Link to={paths.ask(s.command)}>
                  <code>{s.command}</code>
                </Link>{' '}
                — {s.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className={styles.results} data-search-results="">
        {outcome.hits.map((h) => (
          <li key={h.id} className={styles.result}>
            <div className={styles.resultHead}>
              <span className={styles.kind}>{KIND_LABEL[h.kind]}</span>
              <Link to={h.url} className={styles.resultTitle}>
                {h.title}
              </Link>
              {h.status === 'superseded' && <span className={styles.muted}> (superseded)</span>}
            </div>
            <div className={styles.section}>
              {h.section}
              {h.date && (
                <>
                  {' · '}
                  <time dateTime={h.date}>{h.date}</time>
                </>
              )}
            </div>
            {h.snippet && (
              <p className={styles.snippet}>
                <Marked segments={searcher.segments(h.snippet)} />
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
