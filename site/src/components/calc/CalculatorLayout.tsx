import type React from 'react';
import { useMemo } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import AnswerPanel from '@site/src/components/ask/AnswerPanel';
import Feedback from '@site/src/components/Feedback';
import type { EngineAnswer } from '@site/src/lib/engine';
import { answerNow, today, useAnswerBase } from '@site/src/lib/engine';
import { calculatorPaths } from '@site/src/lib/site-paths';
import styles from './calc.module.css';

interface Props {
  title: string;
  /** The page's meta description. */
  description: string;
  intro: React.ReactNode;
  /** The command the form asks; undefined while the form has too little. */
  command: string | undefined;
  asOf: string;
  /** The form's controls. */
  form: React.ReactNode;
  /** Whether the form holds the URL's state yet (false during SSR and hydration). */
  ready: boolean;
  /** What to draw above the answer (the sizing chart). */
  extra?: (result: EngineAnswer) => React.ReactNode;
  emptyHint: string;
}

/**
 * A calculator: the form, the command text it asks (as it would be typed to the bot, with a link to
 * its permalink), then the engine's answer computed in the browser.
 */
export default function CalculatorLayout({
  title,
  description,
  intro,
  command,
  asOf,
  form,
  ready,
  extra,
  emptyHint,
}: Props): React.ReactElement {
  const base = useAnswerBase();
  const date = asOf || today();
  const result = useMemo(() => (ready && command ? answerNow(command, date, base) : undefined), [ready, command, date, base]);
  return (
    <Layout title={title} description={description}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <p className={styles.crumbs}>
          <Link to={calculatorPaths.index()}>Calculators</Link>
        </p>
        <Heading as="h1">{title}</Heading>
        <div className={styles.intro}>{intro}</div>
        <div className={styles.grid}>
          {/* disabled until the URL has been read, so nothing typed before hydration is lost */}
          <fieldset className={styles.form} disabled={!ready} data-ready={ready ? '' : undefined}>
            {form}
          </fieldset>
          <div className={styles.output}>
            {ready && command && (
              <p className={styles.command} data-command="">
                Same as <code>/vpn {command}</code> · <Link to={paths.ask(command, date)}>permalink</Link>
              </p>
            )}
            {ready && !command && <p className={styles.hint}>{emptyHint}</p>}
            {result && extra?.(result)}
            {result && <AnswerPanel result={result} todayLink={false} factsOpen={false} />}
            {result && <Feedback query={result.answer.query} asOf={result.answer.asOf} />}
          </div>
        </div>
      </main>
    </Layout>
  );
}
