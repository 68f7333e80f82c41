/**
 * Reading and writing a page's query string without breaking hydration: the server renders every
 * page without a query, so the first client render must not see it either. Values arrive after mount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import type { KnowledgeBase } from '@knowledge/index';
import type { Calculator } from './calculators';
import { queryString } from './calculators';

function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** The current query parameters once mounted; null during SSR and the hydrating render. */
export function useQueryParams(): URLSearchParams | null {
  const location = useLocation();
  return useMounted() ? new URLSearchParams(location.search) : null;
}

/**
 * A calculator's form, kept in the URL: read from the query once mounted (and again when the query
 * changes from outside, e.g. a link to the same page), written back with history.replace on every change.
 * `form` is undefined until the URL has been read.
 */
export function useUrlForm<F>(calc: Calculator<F>, kb: KnowledgeBase): [F | undefined, (patch: Partial<F>) => void] {
  const location = useLocation();
  const history = useHistory();
  const mounted = useMounted();
  const [form, setForm] = useState<F | undefined>(undefined);
  const written = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!mounted || location.search === written.current) return;
    const params = new URLSearchParams(location.search);
    // an empty query opens the calculator with its example values
    setForm([...params.keys()].length ? calc.fromQuery(params, kb) : calc.initial);
  }, [mounted, location.search, calc, kb]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a form change writes the URL
  useEffect(() => {
    if (!form) return;
    const search = queryString(calc, form);
    written.current = search;
    if (search !== location.search) history.replace({ pathname: location.pathname, search, hash: location.hash });
  }, [form]);

  const update = useCallback((patch: Partial<F>) => setForm((f) => ({ ...(f ?? calc.initial), ...patch })), [calc]);
  return [form, update];
}
