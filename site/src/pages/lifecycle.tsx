/**
 * /lifecycle — what is retiring: every lifecycle event still ahead, with the fact that states it and the
 * guide that moves people off it. The same list the server's /lifecycle.ics calendar carries
 * (shared/changes/lifecycle-calendar.ts), read against the reader's today.
 */
import type React from 'react';
import { useEffect, useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import { upcomingLifecycle } from '@shared/changes/lifecycle-calendar';
import { paths } from '@shared/site-urls';
import type { KnowledgeGlobalData } from '@site/plugins/knowledge/view-model';
import { siteRelative } from '@site/src/lib/answer-view';
import { knowledge, today, useAnswerBase } from '@site/src/lib/engine';

export default function LifecyclePage(): React.ReactElement {
  const base = useAnswerBase();
  // The build's date on the server render and at hydration (so both render the same), the reader's today after.
  const { asOf: built } = usePluginData('vpn-advisor-knowledge') as KnowledgeGlobalData;
  const [day, setDay] = useState(built);
  useEffect(() => setDay(today()), []);
  const events = useMemo(() => upcomingLifecycle(knowledge(), day, base), [day, base]);
  const rel = (u: string) => siteRelative(u, base);
  return (
    <Layout
      title="What is retiring"
      description="Every upcoming Azure VPN lifecycle date in the vpn-advisor knowledge model, with its fact and migration guide, and a calendar to subscribe to."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">What is retiring</Heading>
        <p>
          Every lifecycle date still ahead on <time dateTime={day}>{day}</time> in the knowledge model: SKU families, SSTP, VPN clients and
          app registrations. Subscribe to the calendar (<a href={paths.lifecycleIcs()}>{paths.lifecycleIcs()}</a>, served by the vpn-advisor
          server) to get each date in your own calendar; past events are on the{' '}
          <Link to={paths.reference('changelog')}>Changelog of facts</Link>.
        </p>
        {events.length === 0 ? (
          <p>No lifecycle event is ahead in the model.</p>
        ) : (
          <table data-lifecycle-events="">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What happens</th>
                <th scope="col">Fact</th>
                <th scope="col">Migration guide</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} id={e.id}>
                  <td>
                    <time dateTime={e.date}>{e.date}</time>
                    {e.endDate && (
                      <>
                        {' – '}
                        <time dateTime={e.endDate}>{e.endDate}</time>
                      </>
                    )}
                  </td>
                  <td>
                    <Link to={rel(e.event.url)}>{e.title}</Link>
                  </td>
                  <td>{e.fact ? <Link to={rel(e.fact.url)}>{e.fact.title}</Link> : '—'}</td>
                  <td>{e.guide ? <Link to={rel(e.guide.url)}>{e.guide.title}</Link> : 'none in the model'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </Layout>
  );
}
