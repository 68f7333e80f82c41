import React from 'react';
import styles from './kb.module.css';

export default function CommandUsage({ usage, aliases }: { usage: string; aliases: string[] }): React.ReactElement {
  return (
    <div>
      <p className={styles.answerSectionTitle}>Usage (Slack: /vpn …, CLI: vpn …)</p>
      <pre className={styles.usage}>
        <code>{usage}</code>
      </pre>
      {aliases.length > 0 && (
        <p className={styles.sub}>
          Also answers to:{' '}
          {aliases.map((a, i) => (
            <React.Fragment key={a}>
              {i > 0 && ', '}
              <code>{a}</code>
            </React.Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
