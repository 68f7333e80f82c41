import type React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { KnowledgeGlobalData } from '@site/plugins/knowledge/view-model';
import { paths } from '@shared/site-urls';
import { calculatorPaths } from '@site/src/lib/site-paths';
import styles from './index.module.css';

const AUDIENCES = [
  {
    who: 'Network architects and IT admins',
    what: 'planning remote access for a surge of home workers: which VPN gateway, how many Virtual WAN scale units, which address pool, which client on which laptop.',
  },
  {
    who: 'Support engineers',
    what: 'answering tickets: run a command in Slack or on the command line and paste a stable link to the answer, with every limit, its source and its date.',
  },
  {
    who: 'Knowledge maintainers',
    what: 'when Azure changes a limit or retires a SKU, edit one data file; Slack, the CLI and these pages follow.',
  },
];

/** The command examples worth showing first: one per command, skipping the meta commands. */
function featured(data: KnowledgeGlobalData): Array<{ text: string; href: string; summary: string }> {
  return data.commands
    .filter((c) => c.name !== 'help' && c.name !== 'search' && c.examples.length > 0)
    .map((c) => ({ text: c.examples[0]!, href: c.href, summary: c.summary }));
}

export default function Home(): React.ReactElement {
  const data = usePluginData('vpn-advisor-knowledge') as KnowledgeGlobalData;
  const examples = featured(data);
  const first = examples[0]?.text ?? 'help';
  return (
    <Layout
      title="Azure remote-work VPN answers"
      description="vpn-advisor answers Azure remote-work VPN questions: gateway sizing, Virtual WAN scale units, client compatibility, address pools, scenarios; every limit with its source and date."
    >
      <main className={styles.main}>
        <section className={styles.hero}>
          <Heading as="h1">vpn-advisor</Heading>
          <p className={styles.lead}>
            Answers to the questions that come up when thousands of people move to remote work over Azure: VPN Gateway SKU sizing, Virtual
            WAN scale units, point-to-site address pools, which VPN client works on which device, and which scenario fits. One knowledge
            model of Azure's documented limits — each with its source and date — feeds the Slack bot, the command line and this site.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/scenarios">
              Scenario guides
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/reference/vpn-gateway-skus">
              Gateway SKUs
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/reference/limits">
              All limits
            </Link>
          </div>
        </section>

        <section className={styles.audiences}>
          {AUDIENCES.map((a) => (
            <div key={a.who}>
              <Heading as="h2" className={styles.who}>
                {a.who}
              </Heading>
              <p>{a.what}</p>
            </div>
          ))}
        </section>

        <section>
          <Heading as="h2" className={styles.who}>
            Ask it
          </Heading>
          <p className={styles.howto}>
            In Slack: <code>/vpn {first}</code> (or mention the bot in a thread). On the command line: <code>npm run vpn -- {first}</code>.
            Same grammar everywhere; <Link to="/docs/commands">every command</Link> with live example answers.
          </p>
          <p className={styles.howto}>
            Or right here: type a command on the <Link to="/ask">ask page</Link> (every answer has a permalink and copies as Markdown for
            tickets), use the <Link to={calculatorPaths.sizing()}>sizing</Link>, <Link to={calculatorPaths.pool()}>address pool</Link> and{' '}
            <Link to={calculatorPaths.compat()}>compatibility</Link> calculators, or search with <kbd>/</kbd>. All of it runs in your
            browser.
          </p>
          <ul className={styles.examples}>
            {examples.map((e) => (
              <li key={e.text}>
                <Link to={paths.ask(e.text)} title={e.summary}>
                  <code>/vpn {e.text}</code>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <p className={styles.footnote}>
          {data.counts.facts.toLocaleString('en-US')} facts from {data.counts.sources} document versions, {data.counts.scenarios} scenarios,{' '}
          {data.counts.conflicts} recorded <Link to="/docs/reference/conflicts">conflicts between sources</Link> and their{' '}
          <Link to="/docs/reference/changelog">changes over time</Link>. Example answers were evaluated on {data.asOf}.
        </p>
      </main>
    </Layout>
  );
}
