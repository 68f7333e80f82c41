/**
 * "This answer has changed": on a permalink older than today, the same question answered today and
 * compared (shared/changes), with the corrections to its facts since the link's knowledge version. Shows
 * nothing while it works, and nothing when the answers agree in substance.
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import Link from '@docusaurus/Link';
import type { Answer } from '@shared/answer/answer';
import { changesBetween, hasChanged } from '@shared/changes/answer-changes';
import { changeBannerView } from '@site/src/lib/answer-view';
import type { ChangeBannerView } from '@site/src/lib/answer-view';
import { answerCommand, knowledge, today, useAnswerBase } from '@site/src/lib/engine';
import { useSearchIndexUrl } from '@site/src/lib/search-loader';
import styles from './change-banner.module.css';

export default function ChangeBanner({ before, kv }: { before: Answer; kv?: string }): React.ReactElement | null {
  const base = useAnswerBase();
  const indexUrl = useSearchIndexUrl();
  const [view, setView] = useState<ChangeBannerView | 'unchanged' | null>(null);

  useEffect(() => {
    setView(null);
    if (before.kind !== 'answer') return setView('unchanged');
    const now = today();
    let live = true;
    const show = (todays: Answer) => {
      const c = changesBetween(before, todays, { kb: knowledge(), kv, base });
      if (live) setView(c && hasChanged(c) ? changeBannerView(c, base, kv) : 'unchanged');
    };
    // Same day: only corrections since the link's knowledge version can have changed.
    if (before.asOf >= now) show(before);
    else
      answerCommand(before.query, now, base, indexUrl).then(
        (r) => show(r.answer),
        () => undefined, // today's answer failing to load leaves the permalink's answer as it is, without a banner
      );
    return () => {
      live = false;
    };
  }, [before, kv, base, indexUrl]);

  if (!view) return null;
  // Marks that the comparison ran and found nothing, so a reader (or a test) can tell "same" from "not yet".
  if (view === 'unchanged') return <span hidden data-change-checked="" />;
  return (
    <aside className={styles.banner} aria-label="This answer has changed" data-change-banner="">
      <p className={styles.heading}>
        <strong>{view.heading}</strong>
      </p>
      {view.changes.length > 0 && (
        <ul data-changes="">
          {view.changes.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {view.correctionsHeading && (
        <>
          <p className={styles.heading}>{view.correctionsHeading}</p>
          <ul data-corrections="">
            {view.corrections.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.today}>
        <Link to={view.today.href} data-today-answer="">
          {view.today.text}
        </Link>
      </p>
    </aside>
  );
}
