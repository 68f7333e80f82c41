/**
 * `npm run kb:check`: validates the whole knowledge model and prints counts per area.
 * Exits 1 with every problem (file › collection › entry: what is wrong) when the data is bad.
 */
import { checkKnowledge, dataModules, referenceConflictNumbers } from '../knowledge';

function main(): number {
  // Every numbered conflict of the reference must have an entry.
  const { kb, problems: all } = checkKnowledge(dataModules, { referenceConflicts: referenceConflictNumbers });
  if (all.length || !kb) {
    console.error(`kb:check FAILED — ${all.length} problem(s):`);
    for (const p of all) console.error(`  ${p.file} › ${p.collection} › ${p.entry}: ${p.message}`);
    return 1;
  }
  const byTopic = new Map<string, number>();
  for (const f of kb.facts) byTopic.set(f.topic, (byTopic.get(f.topic) ?? 0) + 1);
  const unknown = kb.facts.filter((f) => f.value === null).length;
  const superseded = kb.facts.filter((f) => f.status === 'superseded').length;
  const undatedSources = kb.sources.filter((s) => s.date === null).length;
  const rows: Array<[string, number | string]> = [
    [
      'sources',
      `${kb.sources.length} (${kb.sources.filter((s) => s.kind === 'seed').length} seeds, ${undatedSources} undated with a reason)`,
    ],
    ['facts', `${kb.facts.length} (${superseded} superseded, ${unknown} unknown with a reason)`],
    ...[...byTopic.entries()].sort().map(([t, n]) => [`  facts · ${t}`, n] as [string, number]),
    [
      'VPN Gateway SKUs',
      `${kb.gatewaySkus.length} (${['az', 'non-az', 'basic', 'legacy'].map((f) => `${kb.gatewaySkus.filter((s) => s.family === f).length} ${f}`).join(', ')})`,
    ],
    ['lifecycle events', kb.lifecycle.length],
    ['Virtual WAN User VPN scale-unit rows', kb.userVpnScaleUnits.length],
    ['Virtual WAN address-pool rows', kb.poolRequirements.length],
    ['Virtual WAN types', kb.wanTypes.length],
    ['P2S protocols', kb.protocols.length],
    ['authentication methods', kb.authMethods.length],
    ['VPN clients', kb.clients.length],
    ['client matrix rows', kb.clientMatrix.length],
    ['Bastion SKUs', kb.bastionSkus.length],
    ['ExpressRoute gateway SKUs', kb.erGateways.length],
    ['ExpressRoute Direct port types', kb.erDirectPorts.length],
    ['ErGwScale circuit steps', kb.erScaleCircuitSteps.length],
    ['scenarios', kb.scenarios.length],
    [
      'conflicts',
      `${kb.conflicts.length} of ${referenceConflictNumbers.length} (${kb.conflicts.filter((c) => c.verdict.status === 'unresolved').length} unresolved)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('kb:check OK');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  return 0;
}

process.exit(main());
