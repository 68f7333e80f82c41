/**
 * /check — review an existing gateway's JSON against the `check` rules, in the browser. The JSON is pasted,
 * chosen or dropped, and checked by the same runCheck as the CLI, the API and Slack; it is never sent
 * anywhere and never put in the URL (no permalink carries it).
 */
import type React from 'react';
import { useRef, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { Os } from '@knowledge/index';
import { OS_LABEL, OSES } from '@knowledge/labels';
import type { InputFile } from '@shared/check/input';
import { checkPolicy } from '@shared/check/policy';
import { paths } from '@shared/site-urls';
import AnswerPanel from '@site/src/components/ask/AnswerPanel';
import { Check, DateField, Field } from '@site/src/components/calc/fields';
import FileDrop from '@site/src/components/check/FileDrop';
import styles from '@site/src/components/check/check.module.css';
import type { CheckOutcome } from '@site/src/lib/check';
import { checkInBrowser, readChosenFile } from '@site/src/lib/check';
import { today, useAnswerBase } from '@site/src/lib/engine';

/** The name pasted text is reported under (findings say "pasted.json:12:5"). */
const PASTED = 'pasted.json';

type Shown = { status: 'empty' } | { status: 'done'; outcome: CheckOutcome };

function UsageError({ outcome }: { outcome: Extract<CheckOutcome, { ok: true }> }): React.ReactElement | null {
  const { answer } = outcome.result;
  if (answer.kind !== 'usage_error') return null;
  return (
    <div className={styles.error} role="alert" data-usage-error={answer.error.code}>
      <p>
        <strong>Can't check this:</strong> {answer.error.message}
      </p>
      <p className={styles.note}>Expected: {answer.error.expected}.</p>
      <p className={styles.note}>
        For example: <code>{answer.error.example}</code>
      </p>
    </div>
  );
}

export default function CheckPage(): React.ReactElement {
  const base = useAnswerBase();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<InputFile[]>([]);
  const [fileError, setFileError] = useState('');
  const [users, setUsers] = useState('');
  const [avoid, setAvoid] = useState('');
  const [clients, setClients] = useState<Os[]>([]);
  const [asOf, setAsOf] = useState('');
  const [shown, setShown] = useState<Shown>({ status: 'empty' });
  const results = useRef<HTMLElement>(null);

  const addFiles = async (chosen: File[]) => {
    setFileError('');
    const read: InputFile[] = [];
    for (const f of chosen) {
      const r = await readChosenFile(f);
      if (!r.ok) {
        setFileError(r.message);
        return;
      }
      read.push(r.file);
    }
    // Choosing again replaces the files; the check reads at most maxFiles in all.
    setFiles(read);
  };

  const run = () => {
    const input = [...(text.trim() ? [{ name: PASTED, text }] : []), ...files];
    const outcome = checkInBrowser(input, { users, avoid, clients, asOf: asOf || today() }, base);
    setShown({ status: 'done', outcome });
    // Move to the result, so keyboard and screen-reader users land on what changed.
    requestAnimationFrame(() => results.current?.focus());
  };

  const outcome = shown.status === 'done' ? shown.outcome : undefined;
  const optionError = outcome && !outcome.ok ? outcome : undefined;
  return (
    <Layout
      title="Check a gateway"
      description="Review an existing Azure VPN gateway or Virtual WAN point-to-site configuration against vpn-advisor's rules, in your browser."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Check a gateway</Heading>
        <p className={styles.privacy} data-privacy="">
          <strong>Nothing leaves your browser.</strong> The JSON you paste or choose is checked on this page by the same rules engine as{' '}
          <code>vpn check</code>; it is not uploaded, sent or stored, and no link carries it.
        </p>
        <p>
          Paste what <code>az network vnet-gateway show</code> prints, the gateway in an ARM template or compiled Bicep, or a Virtual WAN{' '}
          <code>az network p2s-vpn-gateway show</code> with its <code>az network vpn-server-config show</code> (paste one, choose the other,
          or choose both). Each finding links to its rule; all rules are listed under <Link to={paths.rules()}>check rules</Link>.
        </p>
        <form
          className={styles.grid}
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <div className={styles.inputs}>
            <Field label="Gateway JSON" help={`Up to ${checkPolicy.maxInputBytes.toLocaleString('en-US')} characters per file.`}>
              {(id) => (
                <textarea
                  id={id}
                  name="json"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  rows={14}
                  spellCheck={false}
                  autoComplete="off"
                  placeholder='{ "name": "vng-remote", "type": "Microsoft.Network/virtualNetworkGateways", … }'
                />
              )}
            </Field>
            <FileDrop onFiles={(f) => void addFiles(f)} />
            {fileError && (
              <p className={styles.error} role="alert">
                {fileError}
              </p>
            )}
            {files.length > 0 && (
              <ul className={styles.files} aria-label="Chosen files" data-chosen-files="">
                {files.map((f, i) => (
                  <li key={`${f.name}-${i}`}>
                    <code>{f.name}</code> ({f.text.length.toLocaleString('en-US')} characters){' '}
                    <button
                      type="button"
                      className="button button--sm button--link"
                      onClick={() => setFiles(files.filter((_, j) => j !== i))}
                    >
                      Remove<span className={styles.hidden}> {f.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <fieldset className={styles.options}>
            <legend>What the JSON doesn't say (optional)</legend>
            <Field label="Users" help="Concurrent users: capacity and pool size are checked against them.">
              {(id) => (
                <input
                  id={id}
                  name="users"
                  inputMode="numeric"
                  value={users}
                  onChange={(e) => setUsers(e.target.value)}
                  placeholder="5000"
                />
              )}
            </Field>
            <Field label="Ranges to avoid" help="VNet, peered and on-premises CIDR blocks, separated by commas.">
              {(id) => <input id={id} name="avoid" value={avoid} onChange={(e) => setAvoid(e.target.value)} placeholder="10.0.0.0/16" />}
            </Field>
            <fieldset className={styles.clients}>
              <legend className={styles.groupLabel}>Client OSes</legend>
              {OSES.map((os) => (
                <Check
                  key={os}
                  name="clients"
                  label={OS_LABEL[os]}
                  checked={clients.includes(os)}
                  onChange={(on) => setClients(on ? [...clients, os] : clients.filter((c) => c !== os))}
                />
              ))}
            </fieldset>
            <DateField value={asOf} onChange={setAsOf} />
            {optionError && (
              <p className={styles.error} role="alert" data-option-error={optionError.option}>
                {optionError.message}
              </p>
            )}
            <button type="submit" className="button button--primary">
              Check
            </button>
          </fieldset>
        </form>
        <section ref={results} tabIndex={-1} aria-label="Check result" className={styles.result} data-check-result="">
          {outcome?.ok && outcome.result.answer.kind === 'usage_error' && <UsageError outcome={outcome} />}
          {outcome?.ok && outcome.result.answer.kind === 'answer' && <AnswerPanel result={outcome.result} todayLink={false} />}
        </section>
      </main>
    </Layout>
  );
}
