/**
 * /calculators/compat — which tunnel types and VPN clients work for an OS and authentication method,
 * with the bot's `compat` command, as of the evaluation date. State in the URL.
 */
import type React from 'react';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import type { Auth, Os, Tunnel } from '@knowledge/index';
import CalculatorLayout from '@site/src/components/calc/CalculatorLayout';
import { DateField, Field } from '@site/src/components/calc/fields';
import { authOptions, compatCalculator, osNames, osOptions, tunnelOptions } from '@site/src/lib/calculators';
import { knowledge } from '@site/src/lib/engine';
import { useUrlForm } from '@site/src/lib/query-string';

export default function CompatCalculator(): React.ReactElement {
  const kb = knowledge();
  const [form, update] = useUrlForm(compatCalculator, kb);
  const f = form ?? compatCalculator.initial;
  const command = form ? compatCalculator.command(form, kb) : undefined;
  const authName = (a: Auth) => kb.authMethods.find((m) => m.id === a)?.name ?? a;
  const tunnelName = (t: Tunnel) => kb.protocols.find((p) => p.id === t)?.name ?? t;
  return (
    <CalculatorLayout
      title="Client compatibility"
      description="Which tunnel types and VPN clients work for an operating system and authentication method, as of a date."
      intro={
        <p>
          Which tunnel types and VPN clients work for an operating system and authentication method on the evaluation date — the bot's{' '}
          <Link to={paths.command('compat')}>compat</Link> command, in your browser. The full matrix is on the{' '}
          <Link to={paths.reference('client-compatibility')}>client compatibility</Link> page.
        </p>
      }
      command={command}
      asOf={f.asOf}
      ready={form !== undefined}
      emptyHint="Choose an operating system, an authentication method, or both."
      form={
        <>
          <Field label="Operating system">
            {(id) => (
              <select id={id} name="os" value={f.os} onChange={(e) => update({ os: e.target.value as Os | '' })}>
                <option value="">any</option>
                {osOptions.map((o) => (
                  <option key={o} value={o}>
                    {osNames[o]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Authentication">
            {(id) => (
              <select id={id} name="auth" value={f.auth} onChange={(e) => update({ auth: e.target.value as Auth | '' })}>
                <option value="">any</option>
                {authOptions.map((a) => (
                  <option key={a} value={a}>
                    {authName(a)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Tunnel type">
            {(id) => (
              <select id={id} name="tunnel" value={f.tunnel} onChange={(e) => update({ tunnel: e.target.value as Tunnel | '' })}>
                <option value="">any</option>
                {tunnelOptions.map((t) => (
                  <option key={t} value={t}>
                    {tunnelName(t)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <DateField value={f.asOf} onChange={(asOf) => update({ asOf })} />
        </>
      }
    />
  );
}
