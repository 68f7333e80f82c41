import type { Tunnel } from '../../knowledge/schema';
import { poolRequirementId } from '../../knowledge/derive';
import type { Finding } from '../answer/answer';
import { formatNumber, plural } from '../format';
import { boundsOf, classifyCidr, ipString, overlapOfCidrs, prefixForAddresses } from './cidr';
import type { EngineContext, Evidence } from './context';

export interface PoolRequest {
  /** Validated, aligned CIDR: the (first) client address pool. */
  cidr: string;
  /** Further pools of the same configuration (Virtual WAN takes several; a VPN gateway's pool can list several prefixes). */
  morePools?: string[];
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

interface PoolBlock {
  cidr: string;
  addresses: number;
  first: string;
  last: string;
  addressClass: string;
}

export interface PoolPlan {
  cidr: string;
  /** Every pool given, the first one included. */
  pools: PoolBlock[];
  addresses: number;
  first: string;
  last: string;
  addressClass: string;
  parts: PoolPart[];
  overlaps: Array<{ avoid: string; first: string; last: string; size: number }>;
  /** Concurrent clients the pool can serve as configured. */
  capacity: number;
  virtualWan?: {
    scaleUnits: number;
    poolsNeeded: number;
    minAddressesPerPool: number;
    suggestedBlocks: string[];
    /** Addresses each gateway instance ends up with (pools are never split, smaller ones combined). */
    instanceAddresses: number[];
  };
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

/** Address class: RFC 1918 is what the docs ask for; shared and public space work only with care. */
function classFindings(cidr: string): { cls: string; findings: Finding[] } {
  const cls = classifyCidr(cidr);
  const findings: Finding[] = [];
  if (cls.cls === 'shared-cgnat') {
    findings.push({
      code: 'pool_shared_address_space',
      severity: 'warning',
      message: `${cidr} is in 100.64.0.0/10, the shared address space carriers use for CGNAT (RFC 6598). It is not RFC 1918 private space: home users behind a carrier NAT may already hold addresses in it, and their traffic to the pool would not route into the tunnel.`,
    });
  } else if (cls.cls === 'public') {
    findings.push({
      code: 'pool_public_address_space',
      severity: 'warning',
      message: `${cidr} is public address space. The pool should be a private range: clients would send traffic for those public addresses into the tunnel instead of to their real owners.`,
    });
  } else if (cls.cls !== 'rfc1918') {
    findings.push({
      code: 'pool_reserved_address_space',
      severity: 'critical',
      message: `${cidr} is ${cls.cls === 'loopback' ? 'loopback' : cls.cls === 'link-local' ? 'link-local' : 'reserved or multicast'} space (${cls.container}); it cannot serve as a client pool.`,
    });
  } else if (cls.partial) {
    findings.push({
      code: 'pool_straddles_private_range',
      severity: 'warning',
      message: `${cidr} is only partly inside ${cls.container}; the rest is public address space.`,
    });
  }
  return { cls: cls.cls, findings };
}

/**
 * How Virtual WAN spreads pools over gateway instances: a pool is never split, and smaller pools are combined
 * onto the instance that has the fewest addresses so far (the documented round-robin), each instance serving
 * at most its connection limit.
 */
function instanceAddresses(poolSizes: readonly number[], instances: number): number[] {
  const load = Array.from({ length: Math.max(1, instances) }, () => 0);
  for (const size of [...poolSizes].sort((a, b) => b - a)) {
    const i = load.indexOf(Math.min(...load));
    load[i] += size;
  }
  return load;
}

export function planAddressPool(req: PoolRequest, ctx: EngineContext, ev: Evidence): PoolPlan {
  const all = [req.cidr, ...(req.morePools ?? [])];
  const findings: Finding[] = [];
  ev.fact('p2s-pool-private-non-overlapping');
  const pools: PoolBlock[] = all.map((cidr) => {
    const b = boundsOf(cidr);
    const c = classFindings(cidr);
    findings.push(...c.findings);
    return { cidr, addresses: b.last - b.first + 1, first: ipString(b.first), last: ipString(b.last), addressClass: c.cls };
  });
  const addresses = pools.reduce((n, x) => n + x.addresses, 0);
  const bounds = boundsOf(req.cidr);
  const p = bounds.prefix;

  // Pools of one configuration must not overlap each other.
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const o = overlapOfCidrs(all[i], all[j]);
      if (o) {
        findings.push({
          code: 'pools_overlap',
          severity: 'critical',
          message: `The pools ${all[i]} and ${all[j]} overlap (${o.first} – ${o.last}); pools of one configuration must not.`,
        });
      }
    }
  }

  // Minimum size (VPN Gateway; Virtual WAN states its own per-pool rule below).
  const minId = req.activeActive ? 'p2s-pool-min-prefix-active-active' : 'p2s-pool-min-prefix-active-passive';
  const minPrefix = ev.num(minId);
  if (!req.virtualWan) {
    for (const pool of all) {
      const q = boundsOf(pool).prefix;
      if (q > minPrefix) {
        findings.push({
          code: 'pool_too_small',
          severity: 'critical',
          message: `A /${q} (${pool}) is smaller than the minimum /${minPrefix} for ${req.activeActive ? 'an active-active' : 'an active-passive'} gateway.`,
        });
      }
    }
    if (req.activeActive) {
      ev.fact('p2s-active-active-third-public-ip');
      findings.push({
        code: 'active_active_p2s_requirements',
        severity: 'info',
        message: `Point-to-site on an active-active gateway needs a pool of at least /${minPrefix} and a third public IP address besides the two the gateway already has.`,
      });
    }
  }

  // Overlaps with the ranges the clients must still reach.
  const overlaps = all.flatMap((pool) =>
    req.avoid
      .map((a) => ({ avoid: a, o: overlapOfCidrs(pool, a) }))
      .filter((x): x is { avoid: string; o: NonNullable<ReturnType<typeof overlapOfCidrs>> } => x.o !== undefined)
      .map(({ avoid, o }) => ({ pool, avoid, ...o })),
  );
  for (const o of overlaps) {
    findings.push({
      code: 'pool_overlaps_range',
      severity: 'critical',
      message: `${o.pool} overlaps ${o.avoid} (${o.first} – ${o.last}, ${formatNumber(o.size)} addresses). Clients could not reach that range through the tunnel; pick a pool outside it.`,
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
      const perInstance = instanceAddresses(
        pools.map((x) => x.addresses),
        poolsNeeded,
      );
      capacity = Math.min(
        gatewayMax,
        perInstance.reduce((n, a) => n + Math.min(a, instanceMax), 0),
      );
      const wanted = Math.min(gatewayMax, req.users ?? gatewayMax);
      const perPool = Math.max(minPerPool, Math.ceil(wanted / poolsNeeded));
      const blockPrefix = prefixForAddresses(poolsNeeded > 1 ? Math.max(perPool, minPerPool) : perPool);
      const fits = 2 ** (32 - blockPrefix) * poolsNeeded <= bounds.last - bounds.first + 1 && blockPrefix >= p;
      const suggestedBlocks =
        poolsNeeded > 1 && all.length < poolsNeeded && fits
          ? Array.from({ length: poolsNeeded }, (_, i) => `${ipString(bounds.first + i * 2 ** (32 - blockPrefix))}/${blockPrefix}`)
          : [];
      virtualWan = {
        scaleUnits: units,
        poolsNeeded,
        minAddressesPerPool: poolsNeeded > 1 ? minPerPool : 0,
        suggestedBlocks,
        instanceAddresses: perInstance,
      };
      for (const pool of pools)
        parts.push({
          protocol: 'all',
          blocks: [pool.cidr],
          addresses: pool.addresses,
          capacity: Math.min(pool.addresses, instanceMax),
          derived: false,
        });
      if (all.length < poolsNeeded) {
        ev.maybe('vwan-pool-oversized-example');
        findings.push({
          code: 'vwan_too_few_pools',
          severity: 'critical',
          message:
            `${plural(units, 'scale unit')} run ${poolsNeeded} gateway instances for each connection configuration, and each instance needs a pool of its own with at least ${formatNumber(minPerPool)} addresses. ` +
            `A pool is never split across instances, so ${all.length === 1 ? `this single ${req.cidr} serves` : `these ${all.length} pools serve`} only ${formatNumber(capacity)} of the ${formatNumber(gatewayMax)} connections the gateway is sized for.` +
            (suggestedBlocks.length
              ? ` Configure ${poolsNeeded} pools instead, e.g. ${suggestedBlocks.join(', ')}.`
              : ` Add pools until there are ${poolsNeeded}, each with at least ${formatNumber(minPerPool)} addresses.`),
        });
      } else if (poolsNeeded > 1 && pools.some((x) => x.addresses < minPerPool)) {
        ev.maybe('vwan-pools-combined-round-robin');
        findings.push({
          code: 'vwan_small_pools_combined',
          severity: 'warning',
          message: `Pools smaller than ${formatNumber(minPerPool)} addresses (${pools
            .filter((x) => x.addresses < minPerPool)
            .map((x) => x.cidr)
            .join(
              ', ',
            )}) are combined onto one instance; the instances end up with ${perInstance.map(formatNumber).join(', ')} addresses, so the gateway serves ${formatNumber(capacity)} of ${formatNumber(gatewayMax)} connections.`,
        });
      } else if (capacity < Math.min(gatewayMax, poolsNeeded * instanceMax)) {
        findings.push({
          code: 'vwan_pool_smaller_than_gateway',
          severity: 'warning',
          message: `The pools hold ${formatNumber(addresses)} addresses but ${plural(units, 'scale unit')} accept ${formatNumber(gatewayMax)} connections: new connections are refused once an instance runs out of addresses.`,
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
    if (hasSstp && hasIkev2 && all.length === 1) {
      ev.fact('p2s-pool-sstp-ikev2-split');
      const split = splitGatewayPoolCidrs(req.cidr, sstpCap);
      const sizeOf = (c: string) => 2 ** (32 - boundsOf(c).prefix);
      const sstpAddr = split.sstp.reduce((n, c) => n + sizeOf(c), 0);
      const ikeAddr = split.ikev2.reduce((n, c) => n + sizeOf(c), 0);
      const sstpCapacity = Math.min(sstpAddr, sstpCap);
      const derived = p < prefixForAddresses(sstpCap) - 1;
      parts.push({ protocol: 'sstp', blocks: split.sstp, addresses: sstpAddr, capacity: sstpCapacity, derived });
      parts.push({ protocol: 'ikev2', blocks: split.ikev2, addresses: ikeAddr, capacity: ikeAddr, derived });
      capacity = sstpCapacity + ikeAddr;
    } else {
      if (hasSstp && hasIkev2) {
        ev.fact('p2s-pool-sstp-ikev2-split');
        findings.push({
          code: 'pool_split_not_documented',
          severity: 'info',
          message:
            'The sources describe how one pool is split between SSTP and IKEv2; how several prefixes are split is not documented, so each is shown whole.',
        });
      }
      if (hasSstp && !hasIkev2 && !req.protocols.includes('openvpn')) {
        capacity = Math.min(addresses, sstpCap);
        if (addresses > sstpCap) {
          findings.push({
            code: 'sstp_connection_cap',
            severity: 'warning',
            message: `With SSTP alone the gateway serves at most ${formatNumber(sstpCap)} clients, however large the pool.`,
          });
        }
      }
      for (const pool of pools)
        parts.push({
          protocol: 'all',
          blocks: [pool.cidr],
          addresses: pool.addresses,
          capacity: Math.min(pool.addresses, capacity),
          derived: false,
        });
    }
  }

  if (req.users !== undefined && req.users > capacity) {
    ev.maybe('p2s-pool-one-address-per-client');
    const needed = req.virtualWan ? undefined : prefixForAddresses(req.users);
    findings.push({
      code: 'pool_too_small_for_users',
      severity: 'critical',
      message:
        `The pool${all.length > 1 ? 's serve' : ' serves'} ${formatNumber(capacity)} concurrent clients but ${formatNumber(req.users)} users were given; each connected client holds one address.` +
        (needed !== undefined ? ` A /${needed} (${formatNumber(2 ** (32 - needed))} addresses) would hold them.` : ''),
    });
  }

  return {
    cidr: req.cidr,
    pools,
    addresses,
    first: pools[0].first,
    last: pools[0].last,
    addressClass: pools[0].addressClass,
    parts,
    overlaps: overlaps.map(({ avoid, first, last, size }) => ({ avoid, first, last, size })),
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
