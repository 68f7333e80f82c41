import type React from 'react';
import { useId, useState } from 'react';
import Link from '@docusaurus/Link';
import type { FactView, LimitsGroupView } from '@site/plugins/knowledge/view-model';
import { useAnchors } from './anchor';
import FactTable from './FactTable';
import styles from './kb.module.css';

/** Everything a reader may filter a fact by: what it is, its value, id, note and source. */
function haystack(f: FactView): string {
  return [f.title, f.value, f.id, f.unknown ?? '', f.source.title, f.source.section, f.source.date ?? ''].join(' ').toLowerCase();
}

/**
 * The All limits page: every fact, one table per topic, and a filter by topic and by words (every word must
 * appear in the fact's title, value, id or source). Rendered whole on the server, so the page works without
 * JavaScript; the filter only hides rows.
 */
export default function AllLimits({ groups }: { groups: LimitsGroupView[] }): React.ReactElement {
  useAnchors(groups.map((g) => g.anchor));
  const [topic, setTopic] = useState('');
  const [text, setText] = useState('');
  const id = useId();
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = groups
    .filter((g) => !topic || g.topic === topic)
    .map((g) => ({ ...g, facts: words.length ? g.facts.filter((f) => words.every((w) => haystack(f).includes(w))) : g.facts }));
  const total = groups.reduce((n, g) => n + g.facts.length, 0);
  const count = shown.reduce((n, g) => n + g.facts.length, 0);
  return (
    <>
      <form className={styles.limitsFilter} aria-label="Filter the limits" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select id={`${id}-topic`} value={topic} onChange={(e) => setTopic(e.target.value)} data-limits-topic="">
          <option value="">All topics</option>
          {groups.map((g) => (
            <option key={g.topic} value={g.topic}>
              {g.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-text`}>Words</label>
        <input
          id={`${id}-text`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. VpnGw2 tunnels"
          data-limits-text=""
        />
        <output aria-live="polite" data-limits-count={count}>
          {count === total ? `${total} facts` : `${count} of ${total} facts`}
        </output>
      </form>
      {count === 0 && <p>No fact matches. Clear the words or pick another topic.</p>}
      {shown.map(
        (g) =>
          g.facts.length > 0 && (
            <section key={g.topic} data-limits-group={g.topic}>
              <h2 id={g.anchor} className="anchor">
                {g.title} ({g.facts.length})
              </h2>
              <p>
                <Link to={g.href}>Open the {g.title} reference</Link>
              </p>
              <FactTable facts={g.facts} anchored={false} />
            </section>
          ),
      )}
    </>
  );
}
