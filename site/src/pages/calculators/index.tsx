/** /calculators — the three calculators, each the bot's command as a form. */
import type React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import styles from '@site/src/components/calc/calc.module.css';
import { calculatorPaths } from '@site/src/lib/site-paths';

const CALCULATORS = [
  {
    to: calculatorPaths.sizing(),
    title: 'Sizing',
    command: 'sizing',
    what: 'Users, bandwidth per user, tunnel type, zone redundancy, site-to-site tunnels and your current gateway → the recommended and the minimum VPN Gateway SKU, Virtual WAN scale units and a chart of capacity against your demand.',
  },
  {
    to: calculatorPaths.pool(),
    title: 'Address pool',
    command: 'pool',
    what: 'A client address pool, your users and the ranges to avoid → alignment, private range, size, overlaps, and how the gateway splits the pool.',
  },
  {
    to: calculatorPaths.compat(),
    title: 'Client compatibility',
    command: 'compat',
    what: 'Operating system and authentication method → which tunnel types and VPN clients work, with minimum OS versions, as of the evaluation date.',
  },
];

export default function Calculators(): React.ReactElement {
  return (
    <Layout
      title="Calculators"
      description="Sizing, address pool and client compatibility calculators: the vpn-advisor rules engine in your browser."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Calculators</Heading>
        <p className={styles.intro}>
          Each calculator is a bot command as a form: it builds the command from your inputs and answers it in your browser with the same
          rules engine and knowledge as Slack and the CLI. The address bar keeps your inputs, so a calculator's URL can be shared; each
          answer also has its <Link to={paths.ask('sizing 5000 users')}>permalink</Link>.
        </p>
        <div className={styles.cards}>
          {CALCULATORS.map((c) => (
            <Link key={c.to} to={c.to} className={styles.card}>
              <Heading as="h2">{c.title}</Heading>
              <p>{c.what}</p>
              <code>/vpn {c.command} …</code>
            </Link>
          ))}
        </div>
      </main>
    </Layout>
  );
}
