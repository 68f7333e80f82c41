import type React from 'react';
import { useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import AnswerView from '@site/src/components/kb/AnswerView';
import { answerView } from '@site/src/lib/answer-view';
import type { EngineAnswer } from '@site/src/lib/engine';
import { today, useAnswerBase } from '@site/src/lib/engine';
import Marked from '@site/src/components/search/Marked';
import { markedSegments } from '@site/src/lib/search-runtime';
import { copyText } from './copy-text';
import styles from './ask.module.css';

/** Search answers mark the matched words «so»; here they become <mark> elements. */
const marked = (text: string) => <Marked segments={markedSegments(text)} />;

/**
 * An answer computed in the browser: its evaluation date (and the same question as of today when
 * that differs), "Copy as Markdown" for tickets, the permalink, then the answer itself.
 */
export default function AnswerPanel({
  result,
  todayLink = true,
  factsOpen = true,
}: {
  result: EngineAnswer;
  todayLink?: boolean;
  factsOpen?: boolean;
}): React.ReactElement {
  const { answer } = result;
  // From the answer itself rather than result.view, whose type (the plugin's AnswerExampleView) lacks the caveats.
  const base = useAnswerBase();
  const view = useMemo(() => answerView(answer, base), [answer, base]);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const now = today();
  const copy = async () => setCopied((await copyText(result.markdown)) ? 'copied' : 'failed');
  return (
    <section className={styles.panel} aria-label="Answer" data-answer="">
      <div className={styles.toolbar}>
        <span className={styles.date}>
          Evaluated on{' '}
          <time dateTime={answer.asOf} data-as-of="">
            {answer.asOf}
          </time>
          {todayLink && answer.asOf !== now && (
            <>
              {' · '}
              <Link to={paths.ask(answer.query, now)} data-today-link="">
                answer as of today ({now})
              </Link>
            </>
          )}
        </span>
        <span className={styles.actions}>
          <button type="button" className="button button--sm button--primary" onClick={copy}>
            Copy as Markdown
          </button>
          <span role="status" className={styles.copyStatus}>
            {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Copy failed: select the Markdown below.' : ''}
          </span>
        </span>
      </div>
      <AnswerView example={view} factsOpen={factsOpen} text={answer.command === 'search' ? marked : undefined} />
    </section>
  );
}
