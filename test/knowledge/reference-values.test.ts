/**
 * Key values pinned against the source documents they come from (the azure-docs versions in
 * knowledge/data/sources.ts). These numbers are typed here on purpose: a change in knowledge/data that
 * disagrees with the documents must fail a test.
 */
import type { GatewaySku, Limit } from '../../knowledge/schema';
import { loadKnowledge } from '../support/knowledge-fixture';

const kb = loadKnowledge();
const sku = (id: string): GatewaySku => {
  const s = kb.gatewaySkus.find((x) => x.id === id);
  if (!s) throw new Error(`no SKU ${id}`);
  return s;
};
const fact = (id: string) => {
  const f = kb.factById.get(id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const event = (id: string) => {
  const e = kb.lifecycle.find((x) => x.id === id);
  if (!e) throw new Error(`no lifecycle event ${id}`);
  return e;
};

describe('VPN Gateway SKU tables (About VPN Gateway SKUs, 2026-06-11)', () => {
  // [id, name, generation, S2S tunnels, IKEv2/OpenVPN, throughput Mbps, zone-redundant, supported VMs]
  const rows: Array<[string, string, 'Gen1' | 'Gen2', number, Limit, number, boolean, number]> = [
    ['basic', 'Basic', 'Gen1', 10, 'not-supported', 100, false, 200],
    ['vpngw1az-gen1', 'VpnGw1AZ', 'Gen1', 30, 250, 650, true, 1000],
    ['vpngw2az-gen1', 'VpnGw2AZ', 'Gen1', 30, 500, 1000, true, 2000],
    ['vpngw3az-gen1', 'VpnGw3AZ', 'Gen1', 30, 1000, 1250, true, 5000],
    ['vpngw2az-gen2', 'VpnGw2AZ', 'Gen2', 30, 500, 1250, true, 2000],
    ['vpngw3az-gen2', 'VpnGw3AZ', 'Gen2', 30, 1000, 2500, true, 3300],
    ['vpngw4az-gen2', 'VpnGw4AZ', 'Gen2', 100, 5000, 5000, true, 4400],
    ['vpngw5az-gen2', 'VpnGw5AZ', 'Gen2', 100, 10000, 10000, true, 9000],
    ['vpngw1-gen1', 'VpnGw1', 'Gen1', 30, 250, 650, false, 450],
    ['vpngw2-gen1', 'VpnGw2', 'Gen1', 30, 500, 1000, false, 1300],
    ['vpngw3-gen1', 'VpnGw3', 'Gen1', 30, 1000, 1250, false, 4000],
    ['vpngw2-gen2', 'VpnGw2', 'Gen2', 30, 500, 1250, false, 685],
    ['vpngw3-gen2', 'VpnGw3', 'Gen2', 30, 1000, 2500, false, 2240],
    ['vpngw4-gen2', 'VpnGw4', 'Gen2', 100, 5000, 5000, false, 5300],
    ['vpngw5-gen2', 'VpnGw5', 'Gen2', 100, 10000, 10000, false, 6700],
  ];
  it.each(rows)('%s: %s %s', (id, name, gen, s2s, ike, mbps, zr, vms) => {
    const s = sku(id);
    expect([s.name, s.generation, s.s2sTunnels, s.p2sIkev2OpenVpn, s.throughputMbps, s.zoneRedundant, s.supportedVms]).toEqual([
      name,
      gen,
      s2s,
      ike,
      mbps,
      zr,
      vms,
    ]);
  });

  it('VpnGw4AZ Gen2 carries 5,000 IKEv2/OpenVPN connections, as a fact with its source', () => {
    const f = fact('vpngw4az-gen2-p2s-ikev2-openvpn');
    expect(f.value).toBe(5000);
    expect(f.source.sourceId).toBe('vpn-about-gateway-skus-2026-06-11');
    expect(kb.sourceById.get(f.source.sourceId)!.date).toBe('2026-06-11');
  });

  it('SSTP is 128 on every SKU (the legacy SKUs: their single P2S column), and the cap is one fact', () => {
    for (const s of kb.gatewaySkus) expect([s.id, s.p2sSstp]).toEqual([s.id, 128]);
    expect(fact('sstp-max-connections').value).toBe(128);
  });

  it('the legacy SKUs leave IKEv2/OpenVPN unknown, with a reason, rather than invent it', () => {
    for (const id of ['standard', 'high-performance']) {
      const l = sku(id).p2sIkev2OpenVpn;
      expect(typeof l === 'object' && l.unknown.length > 10).toBe(true);
      expect(fact(`${id}-p2s-ikev2-openvpn`).value).toBeNull();
    }
  });

  it('SSTP and IKEv2/OpenVPN limits are separate and additive', () => {
    expect(fact('sku-limits-separate-additive').value).toBe(true);
  });

  it('Basic has no IKEv2/OpenVPN point-to-site and no RADIUS', () => {
    expect(sku('basic').p2sProtocols.ikev2).toBe(false);
    expect(sku('basic').p2sAuth.radius).toBe(false);
  });

  it('non-AZ SKUs move to the AZ SKU of the same size and generation; legacy to VpnGw1AZ / VpnGw2AZ', () => {
    expect(sku('vpngw1-gen1').migratesTo).toBe('vpngw1az-gen1');
    expect(sku('vpngw4-gen2').migratesTo).toBe('vpngw4az-gen2');
    expect(sku('standard').migratesTo).toBe('vpngw1az-gen1');
    expect(sku('high-performance').migratesTo).toBe('vpngw2az-gen1');
  });
});

describe('lifecycle dates', () => {
  it('SSTP can no longer be enabled from 2026-03-31 and stops working 2027-03-31', () => {
    expect([event('sstp-enable-ends').kind, event('sstp-enable-ends').date]).toEqual(['enable-ends', '2026-03-31']);
    expect([event('sstp-retired').kind, event('sstp-retired').date]).toEqual(['retired', '2027-03-31']);
  });

  it('the Azure VPN Client for Linux was retired 2026-08-31', () => {
    const e = event('azure-vpn-client-linux-retired');
    expect([e.kind, e.date, e.subjects]).toEqual(['retired', '2026-08-31', ['azure-vpn-client-linux']]);
  });

  it('non-AZ VpnGw1–5 can no longer be created from 2025-11-01 (the 2024 plan said 2025-01-01)', () => {
    const e = event('non-az-creation-ends');
    expect([e.kind, e.date]).toEqual(['creation-ends', '2025-11-01']);
    expect(e.subjects.sort()).toEqual(
      kb.gatewaySkus
        .filter((s) => s.family === 'non-az')
        .map((s) => s.id)
        .sort(),
    );
    expect(fact('non-az-creation-ends-2024-plan')).toMatchObject({ value: '2025-01-01', status: 'superseded' });
  });

  it('non-AZ SKUs are deprecated in September 2026; legacy Standard/HighPerformance retired 2026-06-30', () => {
    expect(event('non-az-deprecated').date).toBe('2026-09-16');
    expect(event('legacy-retired').date).toBe('2026-06-30');
    expect(event('legacy-creation-ends').date).toBe('2023-12-01');
  });
});

describe('Virtual WAN (limits, User VPN scale units, client address pools)', () => {
  const su = (units: number) => kb.userVpnScaleUnits.find((r) => r.units === units)!;
  it.each([
    [1, 500, 0.5],
    [4, 1000, 2],
    [7, 5000, 3.5],
    [10, 5000, 5],
    [11, 10000, 5.5],
    [20, 10000, 10],
    [40, 20000, 20],
    [100, 50000, 50],
    [200, 100000, 100],
  ])('User VPN scale unit %i carries %i connections at %d Gbps', (units, connections, gbps) => {
    expect([su(units).connections, su(units).throughputGbps]).toEqual([connections, gbps]);
    expect(fact(`vwan-user-vpn-su-${units}-connections`).value).toBe(connections);
  });

  it('the scale-unit table has 1–20 and 40–200 in steps of 20', () => {
    expect(kb.userVpnScaleUnits.map((r) => r.units)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => i + 1),
      40,
      60,
      80,
      100,
      120,
      140,
      160,
      180,
      200,
    ]);
  });

  it('a hub takes 100,000 point-to-site users (the 2019 limit of 10,000 is history)', () => {
    expect(fact('vwan-hub-p2s-users').value).toBe(100000);
    expect(fact('vwan-hub-p2s-users-2019')).toMatchObject({ value: 10000, status: 'superseded', supersededBy: 'vwan-hub-p2s-users' });
  });

  it('pools per connection configuration: 1 for 1–20 scale units, scale units ÷ 20 from 40; 10,000 addresses each', () => {
    for (const r of kb.poolRequirements) expect(r.minPools).toBe(r.unitsFrom <= 20 ? 1 : r.unitsFrom / 20);
    expect(kb.poolRequirements.find((r) => r.unitsFrom === 1)!.unitsTo).toBe(20);
    expect(fact('vwan-pool-min-addresses').value).toBe(10000);
    expect(fact('vwan-instance-max-connections').value).toBe(10000);
  });
});

describe('point-to-site rules', () => {
  it('minimum client pool: /29 active-passive, /28 active-active', () => {
    expect(fact('p2s-pool-min-prefix-active-passive')).toMatchObject({ value: 29, unit: 'prefix length' });
    expect(fact('p2s-pool-min-prefix-active-active')).toMatchObject({ value: 28, unit: 'prefix length' });
  });

  it('20 root certificates; RADIUS request timeout 30 s', () => {
    expect(fact('p2s-root-certificates-max').value).toBe(20);
    expect(fact('radius-request-timeout')).toMatchObject({ value: 30, unit: 'seconds' });
  });

  it('route limits: Windows IKEv2 25 before 2004 and 255 after; limits table 25 / 256; OpenVPN 1,000 (conflict-18)', () => {
    expect(fact('route-limit-windows-ikev2-before-2004').value).toBe(25);
    expect(fact('route-limit-windows-ikev2').value).toBe(255);
    expect(fact('route-limit-ikev2-limits-table-windows').value).toBe(25);
    expect(fact('route-limit-ikev2-limits-table-non-windows').value).toBe(256);
    expect(fact('route-limit-openvpn').value).toBe(1000);
    expect(fact('route-limit-windows-ikev2').conflict).toBe('conflict-18');
  });

  it('ports: OpenVPN and SSTP over TCP 443; IKEv2 UDP 500, 4500 and ESP', () => {
    expect(fact('openvpn-ports').value).toBe('TCP 443');
    expect(fact('sstp-ports').value).toBe('TCP 443');
    expect(fact('ikev2-ports').value).toBe('UDP 500, UDP 4500, IP protocol 50');
  });
});

describe('other services (Bastion, ExpressRoute)', () => {
  it('Bastion: 20 RDP and 40 SSH sessions per instance; Standard and Premium scale to 50 instances', () => {
    for (const id of ['bastion-basic', 'bastion-standard', 'bastion-premium']) {
      expect(fact(`${id}-rdp-per-instance`).value).toBe(20);
      expect(fact(`${id}-ssh-per-instance`).value).toBe(40);
    }
    expect(fact('bastion-standard-instances-max').value).toBe(50);
    expect(fact('bastion-basic-instances-max').value).toBe(2);
  });

  it('ExpressRoute gateways: 1 / 2 / 10 Gbps and 4 / 8 / 16 circuits', () => {
    expect(['ergw1az', 'ergw2az', 'ergw3az'].map((g) => [fact(`${g}-throughput`).value, fact(`${g}-max-circuits`).value])).toEqual([
      [1000, 4],
      [2000, 8],
      [10000, 16],
    ]);
  });
});

describe('conflict verdicts', () => {
  it('the per-hub user limit conflict (33) is resolved to 100,000; Basic + IKEv2 (9) stays unresolved', () => {
    const c33 = kb.conflicts.find((c) => c.number === 33)!;
    expect(c33.verdict.status).toBe('resolved');
    if (c33.verdict.status === 'resolved') expect(c33.values[c33.verdict.current].value).toMatch(/100,000/);
    expect(kb.conflicts.find((c) => c.number === 9)!.verdict.status).toBe('unresolved');
  });
});
