/**
 * /search?q=… — the results page on the shared index (the same results the bot's `search` gives,
 * more of them). Works without JavaScript as a plain form; the results need the index, fetched here.
 */
import type React from 'react';
import { useEffect, useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory } from '@docusaurus/router';
import { paths } from '@shared/site-urls';
import SearchResults from '@site/src/components/search/SearchResults';
import styles from '@site/src/components/search/search.module.css';
import { useQueryParams } from '@site/src/lib/query-string';
import { useSearcher } from '@site/src/lib/search-loader';

const RESULTS = 20;

export default function SearchPage(): React.ReactElement {
  const params = useQueryParams();
  const q = params?.get('q')?.trim() ?? '';
  const [text, setText] = useState('');
  const [state] = useSearcher(true);
  const history = useHistory();
  const action = useBaseUrl('/search');
  useEffect(() => setText(q), [q]);
  const outcome = useMemo(() => (state.status === 'ready' && q ? state.searcher.search(q, RESULTS) : undefined), [state, q]);

  return (
    <Layout
      title={q ? `Search: ${q}` : 'Search'}
      description="Search the vpn-advisor guides, reference pages and every fact with its source and date."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Search</Heading>
        {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search submits natively before hydration */}
        <form
          className={styles.form}
          action={action}
          method="get"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) history.push(paths.search(text.trim()));
          }}
        >
          <input
            type="search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="e.g. why can only 128 users connect"
            aria-label="Search words"
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </form>
        {!q && params && (
          <p className={styles.status}>
            Type a question in your own words, a limit, a SKU (VpnGw2AZ), a protocol (IKEv2) or an address block.
          </p>
        )}
        {q && state.status === 'loading' && <p className={styles.status}>Loading the search index…</p>}
        {q && state.status === 'error' && <p className={styles.status}>Search is unavailable: {state.message}</p>}
        {outcome && (
          <>
            <p className={styles.status} data-search-summary="">
              {outcome.hits.length
                ? `${outcome.hits.length} best matches for “${q}”.`
                : `Nothing matches “${q}”. Try other words, or ask a command.`}
            </p>
            {state.status === 'ready' && <SearchResults outcome={outcome} searcher={state.searcher} />}
          </>
        )}
      </main>
    </Layout>
  );
}
