/**
 * /ask?q=<command>&as_of=<date> — the permalink page. Answers any bot or CLI command in the browser
 * with the same engine and knowledge model (no request to a server), as of the permalink's date.
 * Whatever the query says is only ever shown as text.
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory } from '@docusaurus/router';
import { usePluginData } from '@docusaurus/useGlobalData';
import { paths } from '@shared/site-urls';
import type { KnowledgeGlobalData } from '@site/plugins/knowledge/view-model';
import AnswerPanel from '@site/src/components/ask/AnswerPanel';
import ChangeBanner from '@site/src/components/ask/ChangeBanner';
import Feedback from '@site/src/components/Feedback';
import styles from '@site/src/components/ask/ask.module.css';
import { calculatorPaths } from '@site/src/lib/site-paths';
import type { EngineAnswer } from '@site/src/lib/engine';
import { answerCommand, today, useAnswerBase } from '@site/src/lib/engine';
import { useQueryParams } from '@site/src/lib/query-string';
import { useSearchIndexUrl } from '@site/src/lib/search-loader';

type State = { status: 'empty' } | { status: 'working' } | { status: 'done'; result: EngineAnswer } | { status: 'failed'; message: string };

export default function AskPage(): React.ReactElement {
  const params = useQueryParams();
  const q = params?.get('q') ?? '';
  const asOfParam = params?.get('as_of') ?? '';
  // An impossible as_of is passed on: the engine answers with the same usage error as the CLI and Slack.
  const asOf = asOfParam.trim() || undefined;
  // The knowledge version the permalink was answered with: the banner names corrections made since.
  const kv = params?.get('kv')?.trim() || undefined;
  const base = useAnswerBase();
  const indexUrl = useSearchIndexUrl();
  const history = useHistory();
  const action = useBaseUrl('/ask');
  const data = usePluginData('vpn-advisor-knowledge') as KnowledgeGlobalData;
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ status: 'empty' });

  useEffect(() => setText(q), [q]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: params is a new object each render; its presence and values are the dependencies
  useEffect(() => {
    if (!params) return;
    if (!q.trim()) {
      setState({ status: 'empty' });
      return;
    }
    let live = true;
    setState({ status: 'working' });
    answerCommand(q, asOf ?? today(), base, indexUrl).then(
      (result) => live && setState({ status: 'done', result }),
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [params !== null, q, asOf, base, indexUrl]);

  const examples = data.commands.filter((c) => c.name !== 'help').flatMap((c) => c.examples.slice(0, 2));
  return (
    <Layout
      title={q ? `Ask: ${q}` : 'Ask'}
      description="Ask vpn-advisor in the browser: the same commands and answers as the Slack bot and the CLI, with a permalink and Markdown for tickets."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Ask vpn-advisor</Heading>
        {/* Only for the permalink's own date: a question that names its date ("as of …") asked for that day. */}
        {state.status === 'done' && asOf && state.result.answer.asOf === asOf && <ChangeBanner before={state.result.answer} kv={kv} />}
        <p>
          The same commands as <code>/vpn</code> in Slack and <code>vpn</code> on the command line, answered here in your browser by the
          same rules engine. Every answer has a permalink that reproduces it, and copies as Markdown for tickets. Prefer forms? Use the{' '}
          <Link to={calculatorPaths.index()}>calculators</Link>.
        </p>
        <form
          className={styles.form}
          action={action}
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) history.push(paths.ask(text.trim()));
          }}
        >
          <span className={styles.prefix} aria-hidden="true">
            /vpn
          </span>
          <input
            type="text"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="sizing 5000 users 2 mbps each"
            aria-label="Command"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button button--primary">
            Ask
          </button>
        </form>
        {asOfParam && !asOf && (
          <p className={styles.warning} data-bad-date="">
            The evaluation date in this link is not a date (YYYY-MM-DD); the answer below is as of today.
          </p>
        )}
        {state.status === 'working' && <p className={styles.note}>Answering…</p>}
        {state.status === 'failed' && (
          <p className={styles.warning} role="alert">
            Could not answer: {state.message}
          </p>
        )}
        {state.status === 'done' && (
          <>
            <AnswerPanel result={state.result} />
            <Feedback query={state.result.answer.query} asOf={state.result.answer.asOf} page="/ask" />
          </>
        )}
        {state.status === 'empty' && (
          <>
            <p className={styles.note}>Try one of these:</p>
            <ul className={styles.examples}>
              {examples.map((e) => (
                <li key={e}>
                  <Link to={paths.ask(e)}>
                    <code>{e}</code>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </Layout>
  );
}
