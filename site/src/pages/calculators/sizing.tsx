/**
 * /calculators/sizing — gateway sizing as a form. The form builds the same words a person would type
 * to the bot (`sizing 5000 users 2 mbps each …`) and the engine answers in the browser; the state
 * lives in the URL, so the page can be shared.
 */
import { TUNNEL_LABEL } from '@knowledge/labels';
import type React from 'react';
import { useMemo } from 'react';
import Link from '@docusaurus/Link';
import { paths } from '@shared/site-urls';
import { formatPercent } from '@shared/format';
import { policy } from '@shared/policy';
import { skuLabel } from '@knowledge/derive';
import CalculatorLayout from '@site/src/components/calc/CalculatorLayout';
import { Check, DateField, Field } from '@site/src/components/calc/fields';
import CapacityChart from '@site/src/components/kb/CapacityChart';
import { sizingCalculator, sizingProtocols } from '@site/src/lib/calculators';
import type { SizingProtocol } from '@site/src/lib/calculators';
import { knowledge } from '@site/src/lib/engine';
import { useUrlForm } from '@site/src/lib/query-string';
import { sizingCharts } from '@site/src/lib/sizing-charts';

const PROTOCOL_LABEL: Record<SizingProtocol, string> = {
  '': `${TUNNEL_LABEL.ikev2} / ${TUNNEL_LABEL.openvpn} (default)`,
  ikev2: TUNNEL_LABEL.ikev2,
  openvpn: TUNNEL_LABEL.openvpn,
  sstp: TUNNEL_LABEL.sstp,
  'sstp ikev2': `${TUNNEL_LABEL.sstp} + ${TUNNEL_LABEL.ikev2}`,
  'sstp openvpn': `${TUNNEL_LABEL.sstp} + ${TUNNEL_LABEL.openvpn}`,
};

export default function SizingCalculator(): React.ReactElement {
  const kb = knowledge();
  const [form, update] = useUrlForm(sizingCalculator, kb);
  const f = form ?? sizingCalculator.initial;
  const command = form ? sizingCalculator.command(form, kb) : undefined;
  const skus = useMemo(() => kb.gatewaySkus.map((s) => ({ id: s.id, label: skuLabel(s) })), [kb]);
  return (
    <CalculatorLayout
      title="Sizing calculator"
      description="Which Azure VPN Gateway SKU or how many Virtual WAN scale units for your remote users, with a chart of capacity against demand."
      intro={
        <p>
          Which VPN Gateway SKU carries your remote users with room to grow (at most {formatPercent(policy.highUtilisation)} of every
          limit), which is the bare minimum, and how many Virtual WAN scale units instead. The answer is the bot's{' '}
          <Link to={paths.command('sizing')}>sizing</Link> command, computed in your browser; the URL keeps your inputs.
        </p>
      }
      command={command}
      asOf={f.asOf}
      ready={form !== undefined}
      emptyHint="Enter the number of concurrent users."
      extra={(r) => sizingCharts(r.answer, kb).map((c) => <CapacityChart key={c.title} chart={c} />)}
      form={
        <>
          <Field label="Concurrent users">
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
          <Field label="Mbps per user" help="Optional: sizes the aggregate throughput too.">
            {(id) => (
              <input
                id={id}
                name="mbps"
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                value={f.mbps}
                onChange={(e) => update({ mbps: e.target.value })}
              />
            )}
          </Field>
          <Field label="Tunnel type">
            {(id) => (
              <select id={id} name="protocol" value={f.protocol} onChange={(e) => update({ protocol: e.target.value as SizingProtocol })}>
                {sizingProtocols.map((p) => (
                  <option key={p} value={p}>
                    {PROTOCOL_LABEL[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Site-to-site tunnels" help="Optional: branch offices on the same gateway.">
            {(id) => (
              <input
                id={id}
                name="sites"
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={f.sites}
                onChange={(e) => update({ sites: e.target.value })}
              />
            )}
          </Field>
          <Check name="zr" label="Zone-redundant" checked={f.zoneRedundant} onChange={(zoneRedundant) => update({ zoneRedundant })} />
          <Field label="Current gateway" help="Optional: whether it can be resized or must be migrated.">
            {(id) => (
              <select id={id} name="from" value={f.from} onChange={(e) => update({ from: e.target.value })}>
                <option value="">none (new gateway)</option>
                {skus.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
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
