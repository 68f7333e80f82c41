/**
 * /calculators/pool — checks a point-to-site client address pool with the bot's `pool` command:
 * alignment, private range, size against the users, overlaps with the ranges to avoid, and how the
 * gateway (or Virtual WAN) splits it. State in the URL.
 */
import type React from 'react';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import type { Tunnel } from '@knowledge/index';
import CalculatorLayout from '@site/src/components/calc/CalculatorLayout';
import { Check, DateField, Field } from '@site/src/components/calc/fields';
import styles from '@site/src/components/calc/calc.module.css';
import { poolCalculator, tunnelOptions } from '@site/src/lib/calculators';
import { knowledge } from '@site/src/lib/engine';
import { useUrlForm } from '@site/src/lib/query-string';

export default function PoolCalculator(): React.ReactElement {
  const kb = knowledge();
  const [form, update] = useUrlForm(poolCalculator, kb);
  const f = form ?? poolCalculator.initial;
  const command = form ? poolCalculator.command(form, kb) : undefined;
  const protocolName = (t: Tunnel) => kb.protocols.find((p) => p.id === t)?.name ?? t;
  const toggle = (t: Tunnel, on: boolean) => update({ protocols: on ? [...f.protocols, t] : f.protocols.filter((x) => x !== t) });
  return (
    <CalculatorLayout
      title="Address pool calculator"
      description="Check an Azure point-to-site client address pool: alignment, private range, size, overlaps and how it is split."
      intro={
        <p>
          Checks a point-to-site client address pool the way the bot's <Link to={paths.command('pool')}>pool</Link> command does, in your
          browser: is the block aligned and private, is it large enough for your users, does it overlap your networks, and how is it split.
        </p>
      }
      command={command}
      asOf={f.asOf}
      ready={form !== undefined}
      emptyHint="Enter the client address pool as a CIDR block, e.g. 172.16.0.0/22."
      form={
        <>
          <Field label="Client address pool (CIDR)">
            {(id) => (
              <input
                id={id}
                name="cidr"
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={f.cidr}
                onChange={(e) => update({ cidr: e.target.value })}
                placeholder="172.16.0.0/22"
              />
            )}
          </Field>
          <Field label="Concurrent users" help="Optional: checks the pool's capacity.">
            {(id) => (
              <input
                id={id}
                name="users"
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={f.users}
                onChange={(e) => update({ users: e.target.value })}
              />
            )}
          </Field>
          <Field label="Ranges to avoid" help="Your VNets and on-premises networks, comma- or line-separated.">
            {(id) => (
              <textarea
                id={id}
                name="avoid"
                spellCheck={false}
                value={f.avoid}
                onChange={(e) => update({ avoid: e.target.value })}
                placeholder="10.0.0.0/16, 192.168.0.0/24"
              />
            )}
          </Field>
          <fieldset className={styles.fieldset}>
            <legend>Tunnel types</legend>
            {tunnelOptions.map((t) => (
              <Check
                key={t}
                name={`proto-${t}`}
                label={protocolName(t)}
                checked={f.protocols.includes(t)}
                onChange={(on) => toggle(t, on)}
              />
            ))}
          </fieldset>
          <Check name="vwan" label="Virtual WAN (User VPN)" checked={f.virtualWan} onChange={(virtualWan) => update({ virtualWan })} />
          {f.virtualWan && (
            <Field label="Scale units">
              {(id) => (
                <input
                  id={id}
                  name="su"
                  type="number"
                  min={1}
                  step={1}
                  inputMode="numeric"
                  value={f.scaleUnits}
                  onChange={(e) => update({ scaleUnits: e.target.value })}
                />
              )}
            </Field>
          )}
          <Check name="aa" label="Active-active gateway" checked={f.activeActive} onChange={(activeActive) => update({ activeActive })} />
          <DateField value={f.asOf} onChange={(asOf) => update({ asOf })} />
        </>
      }
    />
  );
}
