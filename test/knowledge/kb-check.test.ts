/** `npm run kb:check` as a process: exit 0 on the project data, with a count for every area. */
import { spawnSync } from 'node:child_process';
import { loadKnowledge, referenceConflictNumbers } from '../support/knowledge-fixture';
import { ROOT } from '../support/run-cli';

describe('npm run kb:check', () => {
  const run = spawnSync('npm', ['run', '--silent', 'kb:check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const kb = loadKnowledge();
  const count = (label: string): number => {
    const line = run.stdout.split('\n').find((l) => l.trim().startsWith(label));
    if (!line) throw new Error(`no "${label}" line in:\n${run.stdout}`);
    return Number(/\s(\d+)/.exec(line.slice(line.indexOf(label) + label.length))![1]);
  };

  it('exits 0 and says OK', () => {
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('kb:check OK');
  });

  it.each([
    ['sources', () => kb.sources.length],
    ['facts', () => kb.facts.length],
    ['VPN Gateway SKUs', () => kb.gatewaySkus.length],
    ['lifecycle events', () => kb.lifecycle.length],
    ['Virtual WAN User VPN scale-unit rows', () => kb.userVpnScaleUnits.length],
    ['Virtual WAN address-pool rows', () => kb.poolRequirements.length],
    ['P2S protocols', () => kb.protocols.length],
    ['authentication methods', () => kb.authMethods.length],
    ['VPN clients', () => kb.clients.length],
    ['client matrix rows', () => kb.clientMatrix.length],
    ['Bastion SKUs', () => kb.bastionSkus.length],
    ['ExpressRoute gateway SKUs', () => kb.erGateways.length],
    ['scenarios', () => kb.scenarios.length],
    ['conflicts', () => kb.conflicts.length],
  ])('prints the count of %s', (label, expected) => {
    expect(count(label)).toBe(expected());
    expect(count(label)).toBeGreaterThan(0);
  });

  it('prints facts per topic, superseded and unknown counts, and conflict coverage', () => {
    expect(run.stdout).toMatch(/facts · vpn-gateway-skus\s+\d+/);
    expect(run.stdout).toMatch(/facts · virtual-wan\s+\d+/);
    expect(run.stdout).toMatch(/\d+ superseded, \d+ unknown with a reason/);
    expect(run.stdout).toContain(`${referenceConflictNumbers.length} of ${referenceConflictNumbers.length}`);
  });
});
