import type { Auth, ClientMatrixRow, Os, Tunnel } from '../../knowledge/schema';
import { AUTHS, OSES, TUNNELS, TUNNEL_LABEL } from '../../knowledge/labels';
import { clientMatrixFactId } from '../../knowledge/derive';
import type { EngineContext, Evidence } from './context';
import { inEffect, upcoming } from './context';

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
  /** Said with the status wherever it is shown, e.g. "can't be enabled since 2026-03-31" for a supported SSTP cell. */
  statusNote?: string;
  /** Ids of the lifecycle events the status and reason state (a retired tunnel type or client). */
  lifecycle: string[];
  row?: ClientMatrixRow;
}

/**
 * Facts the gateway setup of a supported cell depends on, by authentication method: Entra ID names an
 * audience (app ID), and the manually registered one has its own retirement dates, which reach the answer
 * through the facts' `about`.
 */
const SETUP_FACTS: Partial<Record<Auth, readonly string[]>> = {
  entra: ['entra-audience-microsoft-registered', 'entra-audience-manual'],
};

/**
 * What a supported tunnel type owes on the date: "can't be enabled since …" once enabling it has ended,
 * "stopped working on …" once it is retired. Cells, tables and summaries show it next to "supported".
 */
export function tunnelStatusNote(ctx: EngineContext, tunnel: Tunnel): string | undefined {
  const retired = inEffect(ctx, tunnel, 'retired');
  if (retired) return `stopped working on ${retired.date}`;
  const ended = inEffect(ctx, tunnel, 'enable-ends');
  return ended ? `can't be enabled since ${ended.date}` : undefined;
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
          lifecycle: [],
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
          lifecycle: [tunnelRetired.id],
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
        // The period ended because its clients retired: the reason states their retirement.
        lifecycle: retiredClientEvents(ctx, past.clients),
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
        lifecycle: [],
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
      lifecycle: [],
    };
  }
  ev.fact(clientMatrixFactId(current));
  if (current.status === 'supported') for (const id of SETUP_FACTS[auth] ?? []) ev.maybe(id);
  let minOs: string | undefined;
  if (current.minOsFact) {
    const f = ev.fact(current.minOsFact);
    minOs = f.value === null ? 'unknown' : String(f.value);
  }
  // A client retired on the evaluation date drops out of the list.
  // A client that is retired, or not released yet, on the evaluation date drops out of the list.
  const notYet = current.clients.flatMap((id) => upcoming(ctx, id, 'available') ?? []);
  const clients = current.clients
    .filter((id) => !inEffect(ctx, id, 'retired') && !notYet.some((e) => e.subjects.includes(id)))
    .map(clientName);
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
        lifecycle: [tunnelRetired.id],
        row: current,
      };
    }
    if (clients.length === 0 && notYet.length) {
      const first = [...notYet].sort((a, b) => a.date.localeCompare(b.date))[0]!;
      return {
        os,
        auth,
        tunnel,
        status: 'not-yet-available',
        clients: [],
        caveats,
        reason: `${clientName(first.subjects[0]!)} is available from ${first.date}.`,
        lifecycle: [first.id],
        row: current,
      };
    }
    if (clients.length === 0) {
      return {
        os,
        auth,
        tunnel,
        status: 'no-longer-supported',
        clients: [],
        caveats,
        reason: 'Every client listed for this combination has been retired.',
        lifecycle: retiredClientEvents(ctx, current.clients),
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
    // "Supported" is never shown alone for a tunnel type that can no longer be enabled.
    ...(current.status === 'supported' && enableEnded ? { statusNote: tunnelStatusNote(ctx, tunnel) } : {}),
    lifecycle: [],
    row: current,
  };
}

/** The retirements, in effect on the date, of these clients. */
function retiredClientEvents(ctx: EngineContext, clients: readonly string[]): string[] {
  return clients.flatMap((id) => inEffect(ctx, id, 'retired')?.id ?? []);
}
