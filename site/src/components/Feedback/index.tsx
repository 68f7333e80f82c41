/**
 * "Was this helpful?" under an answer, a calculator result or a scenario guide: 👍 sends at once; 👎 asks
 * what was wrong (the same four choices as Slack) with an optional comment, then sends. POST /api/feedback
 * on the server that serves the site; no login, plain buttons and radios, so it works from the keyboard.
 */
import type React from 'react';
import { useEffect, useId, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_REASONS, type FeedbackReason } from '@shared/report/feedback-reasons';
import styles from './feedback.module.css';

interface Props {
  /** The command or question the feedback is about (the server recomputes the answer from it). */
  query: string;
  asOf: string;
  /** Where it was given, e.g. /calculators/sizing. Default: the page's path. */
  page?: string;
}

type State = 'idle' | 'asking' | 'sending' | 'sent' | 'failed';

export default function Feedback({ query, asOf, page }: Props): React.ReactElement {
  const endpoint = useBaseUrl('/api/feedback');
  const id = useId();
  const [state, setState] = useState<State>('idle');
  const [reason, setReason] = useState<FeedbackReason | undefined>();
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');

  // A new answer is a new question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: query and asOf are the triggers, not read inside
  useEffect(() => {
    setState('idle');
    setReason(undefined);
    setComment('');
  }, [query, asOf]);

  const send = async (rating: 'up' | 'down') => {
    setState('sending');
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          q: query,
          asOf,
          rating,
          ...(rating === 'down' && reason ? { reason } : {}),
          ...(rating === 'down' && comment.trim() ? { comment: comment.trim() } : {}),
          page: page ?? window.location.pathname,
        }),
      });
      if (res.ok) return setState('sent');
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      setError(body.message ?? `the server answered ${res.status}`);
    } catch {
      setError('the server could not be reached');
    }
    setState('failed');
  };

  if (state === 'sent')
    return (
      <p className={styles.box} role="status" data-feedback="sent">
        Thanks: your feedback goes to the maintainers.
      </p>
    );
  return (
    <section className={styles.box} aria-labelledby={`${id}-q`} data-feedback={state}>
      <span id={`${id}-q`} className={styles.question}>
        Was this helpful?
      </span>
      <button type="button" className="button button--sm button--secondary" onClick={() => send('up')} disabled={state === 'sending'}>
        <span aria-hidden="true">👍</span> Yes
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        aria-expanded={state === 'asking'}
        onClick={() => setState('asking')}
        disabled={state === 'sending'}
      >
        <span aria-hidden="true">👎</span> No
      </button>
      {(state === 'asking' || (state === 'failed' && reason)) && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            if (reason) void send('down');
          }}
        >
          <fieldset>
            <legend>What was wrong?</legend>
            {FEEDBACK_REASONS.map((r) => (
              <label key={r.value} className={styles.choice}>
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={r.value}
                  checked={reason === r.value}
                  onChange={() => setReason(r.value)}
                />{' '}
                {r.label}
              </label>
            ))}
          </fieldset>
          <label className={styles.comment}>
            Anything to add? (optional; please leave out names and e-mail addresses)
            <textarea value={comment} maxLength={FEEDBACK_COMMENT_MAX} rows={3} onChange={(e) => setComment(e.target.value)} />
          </label>
          <button type="submit" className="button button--sm button--primary" disabled={!reason}>
            Send
          </button>
        </form>
      )}
      {state === 'failed' && (
        <p className={styles.error} role="alert">
          Your feedback was not sent: {error}.
        </p>
      )}
    </section>
  );
}
