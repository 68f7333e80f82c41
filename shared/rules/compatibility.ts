import type { Auth, ClientMatrixRow, Os, Tunnel } from '../../knowledge/schema';
import { AUTHS, OSES, TUNNELS, TUNNEL_LABEL } from '../../knowledge/labels';
import { clientMatrixFactId } from '../../knowledge/derive';
import type { EngineContext, Evidence } from './context';
import { inEffect } from './context';

export interface CompatRequest {
  os?: Os;
  auth?: Auth;
  tunnel?: Tunnel;
}

type CellStatus = 'supported' | 'not-supported' | 'not-documented' | 'no-longer-supported' | 'not-yet-available';

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
  const tunnelName = (t: Tunnel) => TUNNEL_LABEL[t];
  // The tunnel type's own lifecycle (SSTP today) applies to every cell that uses it.
  const tunnelRetired = inEffect(ctx, tunnel, 'retired');
  const alternatives = () =>
    TUNNELS.filter((t) => t !== tunnel && !inEffect(ctx, t, 'retired'))
      .map(tunnelName)
      .join(' or ');
  if (!current) {
    const past = rows
      .filter((r) => r.availableUntil && r.availableUntil <= ctx.asOf)
      .sort((a, b) => b.availableUntil!.localeCompare(a.availableUntil!))[0];
    if (past) {
      ev.fact(clientMatrixFactId(past));
      if (past.status !== 'supported')
        return {
          os,
          auth,
          tunnel,
          status: past.status,
          clients: [],
          caveats: past.caveats,
          reason: past.reason,
          instead: past.instead,
          row: past,
        };
      if (tunnelRetired) {
        return {
          os,
          auth,
          tunnel,
          status: 'no-longer-supported',
          clients: [],
          caveats: past.caveats,
          reason: `${tunnelName(tunnel)} stopped working on ${tunnelRetired.date}.`,
          instead: alternatives(),
          row: past,
        };
      }
      const worked = `Worked with ${past.clients.map(clientName).join(', ')} until ${past.availableUntil}`;
      return {
        os,
        auth,
        tunnel,
        status: 'no-longer-supported',
        clients: [],
        caveats: past.caveats,
        reason: past.instead ? `${worked}.` : `${worked}; no documented replacement.`,
        instead: past.instead,
        row: past,
      };
    }
    const future = rows.find((r) => r.availableFrom && r.availableFrom > ctx.asOf);
    if (future) {
      ev.fact(clientMatrixFactId(future));
      return {
        os,
        auth,
        tunnel,
        status: 'not-yet-available',
        clients: [],
        caveats: [],
        reason: `Available from ${future.availableFrom}.`,
        row: future,
      };
    }
    return {
      os,
      auth,
      tunnel,
      status: 'not-documented',
      clients: [],
      caveats: [],
      reason: 'The sources vpn-advisor holds say nothing about this combination.',
    };
  }
  ev.fact(clientMatrixFactId(current));
  let minOs: string | undefined;
  if (current.minOsFact) {
    const f = ev.fact(current.minOsFact);
    minOs = f.value === null ? 'unknown' : String(f.value);
  }
  // A client retired on the evaluation date drops out of the list.
  const clients = current.clients.filter((id) => !inEffect(ctx, id, 'retired')).map(clientName);
  const caveats = [...current.caveats];
  const enableEnded = inEffect(ctx, tunnel, 'enable-ends');
  if (current.status === 'supported') {
    if (tunnelRetired) {
      return {
        os,
        auth,
        tunnel,
        status: 'no-longer-supported',
        clients: [],
        caveats,
        reason: `${tunnelName(tunnel)} stopped working on ${tunnelRetired.date}.`,
        instead: alternatives(),
        row: current,
      };
    }
    if (enableEnded)
      caveats.unshift(
        `${tunnelName(tunnel)} can't be enabled on a gateway since ${enableEnded.date}; it only keeps working where it is already on.`,
      );
    if (clients.length === 0) {
      return {
        os,
        auth,
        tunnel,
        status: 'no-longer-supported',
        clients: [],
        caveats,
        reason: 'Every client listed for this combination has been retired.',
        row: current,
      };
    }
  } else if (enableEnded || tunnelRetired) {
    caveats.push(
      `${tunnelName(tunnel)} itself ${tunnelRetired ? `stopped working on ${tunnelRetired.date}` : `can't be enabled on a gateway since ${enableEnded!.date}`}.`,
    );
  }
  return {
    os,
    auth,
    tunnel,
    status: current.status,
    clients,
    minOs,
    caveats,
    reason: current.reason,
    instead: current.instead,
    row: current,
  };
}
