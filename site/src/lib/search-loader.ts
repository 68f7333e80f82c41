/**
 * Fetches the search index once per page load, on first use (focus on the search box, the results
 * page, an /ask that turns out to be a search). Keeps no reference to shared/search itself, so the
 * navbar on every page stays light until someone searches.
 */
import { useCallback, useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { SearchGlobalData } from '@site/plugins/search/global-data';
import type { Searcher } from './search-runtime';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(url: string): Promise<Searcher> {
  if (!pending) {
    pending = Promise.all([
      import('./search-runtime'),
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`the search index could not be loaded (HTTP ${r.status})`);
        return r.json();
      }),
    ]).then(([runtime, data]) => runtime.createSearcher(data));
    // a failed load (offline, a deploy in between) may be retried by the next use
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

/** The index URL of this build, with the site's base URL. */
export function useSearchIndexUrl(): string {
  const { indexPath } = usePluginData('vpn-advisor-search') as SearchGlobalData;
  return useBaseUrl(indexPath);
}

export type SearcherState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; searcher: Searcher }
  | { status: 'error'; message: string };

/** The searcher, loaded when `load()` is called (or at once with `eager`). */
export function useSearcher(eager = false): [SearcherState, () => void] {
  const url = useSearchIndexUrl();
  const [state, setState] = useState<SearcherState>({ status: 'idle' });
  const load = useCallback(() => {
    setState((s) => (s.status === 'ready' || s.status === 'loading' ? s : { status: 'loading' }));
    loadSearcher(url).then(
      (searcher) => setState({ status: 'ready', searcher }),
      (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [url]);
  useEffect(() => {
    if (eager) load();
  }, [eager, load]);
  return [state, load];
}
