/**
 * Docusaurus's doc footer, with the feedback question under each scenario guide (not the guides' index).
 * The feedback is about the guide as `scenario <id>` answers it, so it lands beside the bot's own answers.
 */
import type React from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Footer from '@theme-original/DocItem/Footer';
import { todayIso } from '@knowledge/dates';
import Feedback from '@site/src/components/Feedback';

const SCENARIO_DOC = /^scenarios\/(?!index$)([a-z0-9-]+)$/;

export default function FooterWithFeedback(): React.ReactElement {
  const { metadata } = useDoc();
  const scenario = SCENARIO_DOC.exec(metadata.id)?.[1];
  return (
    <>
      {scenario && <Feedback query={`scenario ${scenario}`} asOf={todayIso()} page={metadata.permalink} />}
      <Footer />
    </>
  );
}
