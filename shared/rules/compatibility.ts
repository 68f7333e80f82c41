import type { Auth, ClientMatrixRow, Os, Tunnel } from '../../knowledge/schema';
import type { EngineContext, Evidence } from './context';
import { inEffect } from './context';

export interface CompatRequest {
  os?: Os;
  auth?: Auth;
  tunnel?: Tunnel;
}

export type CellStatus = 'supported' | 'not-supported' | 'not-documented' | 'no-longer-supported' | 'not-yet-available';

export interface CompatCell {
  os: Os;
  auth: Auth;
  tunnel: Tunnel;
  status: CellStatus;
  clients: string[];
  minOs?: string;
  caveats: string[];
  reason?: string;
  instead?: string;
  row?: ClientMatrixRow;
}

export const OSES: readonly Os[] = ['windows', 'macos', 'linux', 'ios', 'android'];
export const AUTHS: readonly Auth[] = ['certificate', 'entra', 'radius'];
export const TUNNELS: readonly Tunnel[] = ['ikev2', 'openvpn', 'sstp'];

/**
 * Looks each OS × auth × tunnel cell up in the client matrix as of the evaluation date.
 * A cell with no row is "not documented": the sources are silent and we don't guess.
 */
export function lookupCompatibility(req: CompatRequest, ctx: EngineContext, ev: Evidence): CompatCell[] {
  const cells: CompatCell[] = [];
  for (const os of req.os ? [req.os] : OSES) {
    for (const auth of req.auth ? [req.auth] : AUTHS) {
      for (const tunnel of req.tunnel ? [req.tunnel] : TUNNELS) {
        cells.push(lookupCell(os, auth, tunnel, ctx, ev));
      }
    }
  }
  return cells;
}

function lookupCell(os: Os, auth: Auth, tunnel: Tunnel, ctx: EngineContext, ev: Evidence): CompatCell {
  const rows = ctx.kb.clientMatrix.filter((r) => r.os === os && r.auth === auth && r.tunnel === tunnel);
  const current = rows.find((r) => (!r.availableFrom || r.availableFrom <= ctx.asOf) && (!r.availableUntil || ctx.asOf < r.availableUntil));
  const clientName = (id: string) => ctx.kb.clients.find((c) => c.id === id)?.name ?? id;
  if (!current) {
    const past = rows.filter((r) => r.availableUntil && r.availableUntil <= ctx.asOf).sort((a, b) => b.availableUntil!.localeCompare(a.availableUntil!))[0];
    if (past) {
      return { os, auth, tunnel, status: 'no-longer-supported', clients: [], caveats: past.caveats, reason: `Worked with ${past.clients.map(clientName).join(', ')} until ${past.availableUntil}; no documented replacement.`, row: past };
    }
    const future = rows.find((r) => r.availableFrom && r.availableFrom > ctx.asOf);
    if (future) return { os, auth, tunnel, status: 'not-yet-available', clients: [], caveats: [], reason: `Available from ${future.availableFrom}.`, row: future };
    return { os, auth, tunnel, status: 'not-documented', clients: [], caveats: [], reason: 'The sources vpn-advisor holds say nothing about this combination.' };
  }
  let minOs: string | undefined;
  if (current.minOsFact) {
    const f = ev.fact(current.minOsFact);
    minOs = f.value === null ? 'unknown' : String(f.value);
  }
  // A client retired on the evaluation date drops out of the list.
  const clients = current.clients.filter((id) => !inEffect(ctx, id, 'retired')).map(clientName);
  const caveats = [...current.caveats];
  if (tunnel === 'sstp') {
    const ended = inEffect(ctx, 'sstp', 'enable-ends');
    const retired = inEffect(ctx, 'sstp', 'retired');
    if (retired) return { os, auth, tunnel, status: 'no-longer-supported', clients: [], caveats, reason: `SSTP stopped working on ${retired.date}.`, instead: 'IKEv2 or OpenVPN', row: current };
    if (ended) caveats.unshift(`SSTP can't be enabled on a gateway since ${ended.date}; it only keeps working where it is already on.`);
  }
  if (current.status === 'supported' && clients.length === 0) {
    return { os, auth, tunnel, status: 'no-longer-supported', clients: [], caveats, reason: 'Every client listed for this combination has been retired.', row: current };
  }
  return { os, auth, tunnel, status: current.status, clients, minOs, caveats, reason: current.reason, instead: current.instead, row: current };
}
