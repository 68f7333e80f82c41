/**
 * The navbar search (replaces the classic theme's empty SearchBar): the shared MiniSearch index,
 * fetched on first focus, results as links in a popover. `/` or Ctrl/Cmd+K focuses it; arrows move,
 * Enter opens the highlighted result (or the results page), Escape closes.
 */
import type React from 'react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import { paths } from '@shared/site-urls';
import { useSearcher } from '@site/src/lib/search-loader';
import Marked, { clip } from '@site/src/components/search/Marked';
import { KIND_LABEL } from '@site/src/components/search/hit-labels';
import styles from './styles.module.css';

const POPOVER_RESULTS = 7;
const SNIPPET_CHARS = 140;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export default function SearchBar(): React.ReactElement {
  const history = useHistory();
  const [state, load] = useSearcher();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      if (!slash && !ctrlK) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    const onClick = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    setHydrated(true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, []);

  const outcome = useMemo(
    () => (state.status === 'ready' && query.trim() ? state.searcher.search(query, POPOVER_RESULTS) : undefined),
    [state, query],
  );
  const hits = outcome?.hits ?? [];
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query is what resets the highlighted hit
  useEffect(() => setActive(-1), [query]);

  const close = useCallback(() => {
    setOpen(false);
    input.current?.blur();
  }, []);

  const go = (to: string) => {
    close();
    history.push(to);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = hits.length;
      if (n) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i <= 0 ? n : i) - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.url);
      else if (query.trim()) go(paths.search(query.trim()));
    } else if (e.key === 'Escape') {
      close();
    }
  };

  const showPopover = open && query.trim() !== '';
  return (
    <div className={styles.search} ref={root} data-search-ready={hydrated ? '' : undefined}>
      <input
        ref={input}
        type="search"
        className={styles.input}
        placeholder="Search"
        aria-label="Search the docs and facts"
        aria-keyshortcuts="/ Control+K Meta+K"
        role="combobox"
        aria-expanded={showPopover}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the shortcut hint is decorative; the input announces itself */}
      <kbd className={styles.hint} aria-hidden="true">
        /
      </kbd>
      {showPopover && (
        <div className={styles.popover} data-search-popover="">
          {state.status === 'loading' && <p className={styles.status}>Loading the search index…</p>}
          {state.status === 'error' && <p className={styles.status}>Search is unavailable: {state.message}</p>}
          {state.status === 'ready' && hits.length === 0 && <p className={styles.status}>No page or fact matches those words.</p>}
          {hits.length > 0 && state.status === 'ready' && (
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA combobox pattern: the input keeps focus, aria-activedescendant names the option
            <ul id={listId} role="listbox" className={styles.results} aria-label="Search results">
              {hits.map((h, i) => (
                // biome-ignore lint/a11y/useFocusableInteractive: combobox options take no focus of their own (aria-activedescendant)
                <li
                  key={h.id}
                  id={`${listId}-${i}`}
                  // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA listbox option inside the combobox popover
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? styles.active : undefined}
                  onMouseEnter={() => setActive(i)}
                >
                  <Link to={h.url} onClick={close} className={styles.hit}>
                    <span className={styles.hitTitle}>
                      <span className={styles.kind}>{KIND_LABEL[h.kind]}</span> {h.title}
                      {h.status === 'superseded' && <span className={styles.superseded}> (superseded)</span>}
                    </span>
                    <span className={styles.section}>{h.section}</span>
                    {h.snippet && (
                      <span className={styles.snippet}>
                        <Marked segments={clip(state.searcher.segments(h.snippet), SNIPPET_CHARS)} />
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {query.trim() && (
            <Link to={paths.search(query.trim())} onClick={close} className={styles.all}>
              All results for “{query.trim()}” →
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
