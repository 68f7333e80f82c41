import { overlapOfCidrs } from './cidr';
import type { Evidence } from './context';

export interface RoutesRequest {
  count: number;
  /** The prefixes counted, when they were listed rather than numbered. */
  prefixes: string[];
}

/** Which clients a route budget applies to, and the fact that states it. */
const CLIENT_LIMITS: ReadonlyArray<{ who: string; factId: string }> = [
  { who: 'Windows IKEv2 (before Windows 10 version 2004)', factId: 'route-limit-windows-ikev2-before-2004' },
  { who: 'Windows IKEv2 (Windows 10 version 2004 and later)', factId: 'route-limit-windows-ikev2' },
  { who: 'IKEv2, non-Windows (limits table)', factId: 'route-limit-ikev2-limits-table-non-windows' },
  { who: 'Virtual WAN IKEv2 (protocol level)', factId: 'route-limit-vwan-ikev2' },
  { who: 'OpenVPN', factId: 'route-limit-openvpn' },
];

interface ClientRouteLimit {
  who: string;
  factId: string;
  max: number;
  ok: boolean;
}

export interface RoutesResult {
  limits: ClientRouteLimit[];
  failing: ClientRouteLimit[];
  /** Pairs of listed prefixes that overlap (counted twice by the client, and a sign of a typo). */
  overlaps: Array<[string, string]>;
  /** The limits table's own Windows figure, which disagrees with the FAQ's (shown, not used). */
  tableWindowsMax?: number;
}

/** The route / traffic-selector budget: which clients connect with this many routes and which fail. */
export function checkRouteBudget(req: RoutesRequest, ev: Evidence): RoutesResult {
  const limits = CLIENT_LIMITS.map((l) => {
    const max = ev.num(l.factId);
    return { ...l, max, ok: req.count <= max };
  });
  const table = ev.maybe('route-limit-ikev2-limits-table-windows');
  ev.maybe('route-limit-scope');
  const overlaps: Array<[string, string]> = [];
  for (let i = 0; i < req.prefixes.length; i++) {
    for (let j = i + 1; j < req.prefixes.length; j++) {
      if (overlapOfCidrs(req.prefixes[i], req.prefixes[j])) overlaps.push([req.prefixes[i], req.prefixes[j]]);
    }
  }
  return {
    limits,
    failing: limits.filter((l) => !l.ok),
    overlaps,
    ...(typeof table?.value === 'number' ? { tableWindowsMax: table.value } : {}),
  };
}
