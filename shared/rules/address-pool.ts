import type { Tunnel } from '../../knowledge/schema';
import { poolRequirementId } from '../../knowledge/derive';
import type { Finding } from '../answer/answer';
import { formatNumber } from '../format';
import { boundsOf, classifyCidr, ipString, overlapOfCidrs, prefixForAddresses } from './cidr';
import type { EngineContext, Evidence } from './context';

export interface PoolRequest {
  /** Validated, aligned CIDR. */
  cidr: string;
  /** Tunnel types named; empty = not stated. */
  protocols: Tunnel[];
  users?: number;
  /** Validated, aligned CIDRs the pool must not overlap (on-premises, VNets). */
  avoid: string[];
  virtualWan: boolean;
  scaleUnits?: number;
  activeActive: boolean;
}

interface PoolPart {
  /** Which clients get addresses from these blocks. */
  protocol: 'sstp' | 'ikev2' | 'all';
  blocks: string[];
  addresses: number;
  /** Concurrent clients this part can serve. */
  capacity: number;
  /** True when the blocks are our arithmetic from the documented rule, not a documented layout. */
  derived: boolean;
}

export interface PoolPlan {
  cidr: string;
  addresses: number;
  first: string;
  last: string;
  addressClass: string;
  parts: PoolPart[];
  overlaps: Array<{ avoid: string; first: string; last: string; size: number }>;
  /** Concurrent clients the pool can serve as configured. */
  capacity: number;
  virtualWan?: { scaleUnits: number; poolsNeeded: number; minAddressesPerPool: number; suggestedBlocks: string[] };
  findings: Finding[];
}

/**
 * How a VPN Gateway splits one pool when SSTP and IKEv2 are both on: a block of /24 or smaller
 * is halved; a larger block gives SSTP only enough for its connection cap and IKEv2 the rest.
 * Canonical CIDR strings in and out (no ip-num on the hot path).
 */
export function splitGatewayPoolCidrs(cidr: string, sstpCap: number): { sstp: string[]; ikev2: string[] } {
  const { first, prefix: p } = boundsOf(cidr);
  const sstpPrefix = prefixForAddresses(sstpCap);
  const block = (start: number, prefix: number) => `${ipString(start)}/${prefix}`;
  if (p >= sstpPrefix - 1) {
    if (p === 32) return { sstp: [cidr], ikev2: [] };
    return { sstp: [block(first, p + 1)], ikev2: [block(first + 2 ** (31 - p), p + 1)] };
  }
  // SSTP takes the first block just big enough for its cap; the rest, as the fewest aligned blocks, goes to IKEv2.
  const ikev2: string[] = [];
  let start = first + 2 ** (32 - sstpPrefix);
  for (let q = sstpPrefix; q > p; q--) {
    ikev2.push(block(start, q));
    start += 2 ** (32 - q);
  }
  return { sstp: [block(first, sstpPrefix)], ikev2 };
}

export function planAddressPool(req: PoolRequest, ctx: EngineContext, ev: Evidence): PoolPlan {
  const bounds = boundsOf(req.cidr);
  const addresses = bounds.last - bounds.first + 1;
  const findings: Finding[] = [];
  const p = bounds.prefix;

  // Address class: RFC 1918 is what the docs ask for; shared and public space work only with care.
  const cls = classifyCidr(req.cidr);
  ev.fact('p2s-pool-private-non-overlapping');
  if (cls.cls === 'shared-cgnat') {
    findings.push({
      code: 'pool_shared_address_space',
      severity: 'warning',
      message: `${req.cidr} is in 100.64.0.0/10, the shared address space carriers use for CGNAT (RFC 6598). It is not RFC 1918 private space: home users behind a carrier NAT may already hold addresses in it, and their traffic to the pool would not route into the tunnel.`,
    });
  } else if (cls.cls === 'public') {
    findings.push({
      code: 'pool_public_address_space',
      severity: 'warning',
      message: `${req.cidr} is public address space. The pool should be a private range: clients would send traffic for those public addresses into the tunnel instead of to their real owners.`,
    });
  } else if (cls.cls !== 'rfc1918') {
    findings.push({
      code: 'pool_reserved_address_space',
      severity: 'critical',
      message: `${req.cidr} is ${cls.cls === 'loopback' ? 'loopback' : cls.cls === 'link-local' ? 'link-local' : 'reserved or multicast'} space (${cls.container}); it cannot serve as a client pool.`,
    });
  } else if (cls.partial) {
    findings.push({
      code: 'pool_straddles_private_range',
      severity: 'warning',
      message: `${req.cidr} is only partly inside ${cls.container}; the rest is public address space.`,
    });
  }

  // Minimum size.
  const minId = req.activeActive ? 'p2s-pool-min-prefix-active-active' : 'p2s-pool-min-prefix-active-passive';
  const minPrefix = ev.num(minId);
  if (!req.virtualWan && p > minPrefix) {
    findings.push({
      code: 'pool_too_small',
      severity: 'critical',
      message: `A /${p} is smaller than the minimum /${minPrefix} for ${req.activeActive ? 'an active-active' : 'an active-passive'} gateway.`,
    });
  }

  // Overlaps with the ranges the clients must still reach.
  const overlaps = req.avoid
    .map((a) => ({ avoid: a, o: overlapOfCidrs(req.cidr, a) }))
    .filter((x): x is { avoid: string; o: NonNullable<ReturnType<typeof overlapOfCidrs>> } => x.o !== undefined)
    .map(({ avoid, o }) => ({ avoid, ...o }));
  for (const o of overlaps) {
    findings.push({
      code: 'pool_overlaps_range',
      severity: 'critical',
      message: `${req.cidr} overlaps ${o.avoid} (${o.first} – ${o.last}, ${formatNumber(o.size)} addresses). Clients could not reach that range through the tunnel; pick a pool outside it.`,
    });
  }

  const parts: PoolPart[] = [];
  let capacity = addresses;
  let virtualWan: PoolPlan['virtualWan'];

  if (req.virtualWan) {
    if (req.protocols.includes('sstp')) {
      ev.maybe('vwan-p2s-tunnel-types');
      findings.push({
        code: 'vwan_no_sstp',
        severity: 'critical',
        message: 'Virtual WAN User VPN offers IKEv2 and OpenVPN only; SSTP is not available there.',
      });
    }
    const units = req.scaleUnits ?? 1;
    const row = ctx.kb.poolRequirements.find((r) => units >= r.unitsFrom && units <= r.unitsTo);
    const instanceMax = ev.num('vwan-instance-max-connections');
    const minPerPool = ev.num('vwan-pool-min-addresses');
    ev.fact('vwan-pool-never-split');
    ev.maybe('vwan-pools-combined-round-robin');
    if (!row) {
      const valid = ctx.kb.poolRequirements
        .map((r) => (r.unitsFrom === r.unitsTo ? `${r.unitsFrom}` : `${r.unitsFrom}–${r.unitsTo}`))
        .join(', ');
      findings.push({
        code: 'vwan_scale_units_invalid',
        severity: 'critical',
        message: `${units} is not a User VPN scale-unit size; the sizes are ${valid}.`,
      });
      capacity = Math.min(addresses, instanceMax);
    } else {
      ev.fact(poolRequirementId(row));
      const su = ctx.kb.userVpnScaleUnits.find((s) => s.units === units);
      const gatewayMax = su?.connections ?? row.maxClients;
      const poolsNeeded = row.minPools;
      // A pool is never split across instances: one pool feeds one instance.
      capacity = Math.min(addresses, instanceMax, gatewayMax);
      const perPool = Math.max(minPerPool, Math.ceil(Math.min(gatewayMax, req.users ?? gatewayMax) / poolsNeeded));
      const blockPrefix = prefixForAddresses(poolsNeeded > 1 ? Math.max(perPool, minPerPool) : perPool);
      const fits = 2 ** (32 - blockPrefix) * poolsNeeded <= addresses && blockPrefix >= p;
      const suggestedBlocks =
        poolsNeeded > 1 && fits
          ? Array.from({ length: poolsNeeded }, (_, i) => `${ipString(bounds.first + i * 2 ** (32 - blockPrefix))}/${blockPrefix}`)
          : [];
      virtualWan = { scaleUnits: units, poolsNeeded, minAddressesPerPool: poolsNeeded > 1 ? minPerPool : 0, suggestedBlocks };
      parts.push({ protocol: 'all', blocks: [req.cidr], addresses, capacity, derived: false });
      if (poolsNeeded > 1) {
        ev.maybe('vwan-pool-oversized-example');
        findings.push({
          code: 'vwan_single_pool_one_instance',
          severity: 'critical',
          message:
            `${units} scale units run ${poolsNeeded} gateway instances for each connection configuration, and each instance needs a pool of its own with at least ${formatNumber(minPerPool)} addresses. ` +
            `One pool is never split across instances, so this single ${req.cidr} serves only ${formatNumber(capacity)} of the ${formatNumber(gatewayMax)} connections the gateway is sized for.` +
            (suggestedBlocks.length
              ? ` Configure ${poolsNeeded} pools instead, e.g. ${suggestedBlocks.join(', ')}.`
              : ` The block is too small to carve into ${poolsNeeded} pools of that size; add more pools.`),
        });
      } else if (addresses < Math.min(gatewayMax, instanceMax)) {
        findings.push({
          code: 'vwan_pool_smaller_than_gateway',
          severity: 'warning',
          message: `The pool holds ${formatNumber(addresses)} addresses but ${units} scale unit(s) accept ${formatNumber(gatewayMax)} connections: new connections are refused once the addresses run out.`,
        });
      }
    }
  } else {
    const sstpCap = ev.num('sstp-max-connections');
    const hasSstp = req.protocols.includes('sstp');
    const hasIkev2 = req.protocols.includes('ikev2');
    if (hasSstp && req.protocols.includes('openvpn')) {
      ev.fact('openvpn-sstp-cannot-coexist');
      findings.push({
        code: 'sstp_openvpn_exclusive',
        severity: 'critical',
        message: 'SSTP and OpenVPN cannot be enabled together on one gateway (both run over TLS); choose IKEv2 + SSTP or IKEv2 + OpenVPN.',
      });
    }
    if (hasSstp && hasIkev2) {
      ev.fact('p2s-pool-sstp-ikev2-split');
      const split = splitGatewayPoolCidrs(req.cidr, sstpCap);
      const sizeOf = (c: string) => 2 ** (32 - boundsOf(c).prefix);
      const sstpAddr = split.sstp.reduce((n, c) => n + sizeOf(c), 0);
      const ikeAddr = split.ikev2.reduce((n, c) => n + sizeOf(c), 0);
      const sstpCapacity = Math.min(sstpAddr, sstpCap);
      parts.push({
        protocol: 'sstp',
        blocks: split.sstp,
        addresses: sstpAddr,
        capacity: sstpCapacity,
        derived: p < prefixForAddresses(sstpCap) - 1,
      });
      parts.push({
        protocol: 'ikev2',
        blocks: split.ikev2,
        addresses: ikeAddr,
        capacity: ikeAddr,
        derived: p < prefixForAddresses(sstpCap) - 1,
      });
      capacity = sstpCapacity + ikeAddr;
    } else {
      if (hasSstp) {
        capacity = Math.min(addresses, sstpCap);
        if (addresses > sstpCap) {
          findings.push({
            code: 'sstp_connection_cap',
            severity: 'warning',
            message: `With SSTP alone the gateway serves at most ${formatNumber(sstpCap)} clients, however large the pool.`,
          });
        }
      }
      parts.push({ protocol: 'all', blocks: [req.cidr], addresses, capacity, derived: false });
    }
  }

  if (req.users !== undefined && req.users > capacity) {
    ev.maybe('p2s-pool-one-address-per-client');
    const needed = req.virtualWan ? undefined : prefixForAddresses(req.users);
    findings.push({
      code: 'pool_too_small_for_users',
      severity: 'critical',
      message:
        `The pool serves ${formatNumber(capacity)} concurrent clients but ${formatNumber(req.users)} users were given; each connected client holds one address.` +
        (needed !== undefined ? ` A /${needed} (${formatNumber(2 ** (32 - needed))} addresses) would hold them.` : ''),
    });
  }

  return {
    cidr: req.cidr,
    addresses,
    first: ipString(bounds.first),
    last: ipString(bounds.last),
    addressClass: cls.cls,
    parts,
    overlaps,
    capacity,
    virtualWan,
    findings,
  };
}

/** The smallest gateway pool (prefix length) that serves `users`, given the SSTP split when SSTP is on. */
export function gatewayPoolPrefixFor(users: number, sstpUsers: number, sstpCap: number, minPrefix: number): number {
  for (let p = minPrefix; p >= 1; p--) {
    const block = 2 ** (32 - p);
    if (sstpUsers === 0) {
      if (block >= users) return p;
      continue;
    }
    const sstpPrefix = prefixForAddresses(sstpCap);
    const sstpShare = p >= sstpPrefix - 1 ? block / 2 : 2 ** (32 - sstpPrefix);
    const ikeShare = block - sstpShare;
    if (Math.min(sstpShare, sstpCap) >= sstpUsers && ikeShare >= users - sstpUsers) return p;
  }
  return 1;
}
