import type { Protocol, Tunnel } from '../../knowledge/schema';
import { protocolPortsFactId } from '../../knowledge/derive';
import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { meaningful, quote } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import { tunnelStatusNote } from '../rules/compatibility';
import { defineCommand } from './command-spec';

interface PortsRequest {
  tunnel?: Tunnel;
}

function parsePorts(args: Token[]): Result<PortsRequest> {
  const words = meaningful(args).filter((t) => !['port', 'ports', 'firewall', 'open', 'allow', 'outbound'].includes(t.norm));
  if (!words.length) return ok({});
  const n = words[0].norm.replace('ike', 'ikev2').replace('ikev2v2', 'ikev2');
  if (words.length === 1 && (n === 'sstp' || n === 'ikev2' || n === 'openvpn')) return ok({ tunnel: n });
  return fail(
    'unknown_tunnel',
    `${quote(words[0].raw)} is not a point-to-site tunnel type.`,
    'ikev2, openvpn or sstp (or nothing for all)',
    'ports ikev2',
  );
}

/** What `ports` answers with, beside its text. */
export interface PortsData {
  protocols: Array<{ id: string; ports: Protocol['ports'] }>;
}

export const portsCommand = defineCommand<PortsRequest, 'ports'>({
  name: 'ports',
  aliases: ['port', 'firewall'],
  summary: 'What a firewall must allow outbound for each point-to-site tunnel type.',
  usage: 'ports [ikev2|openvpn|sstp]',
  examples: ['ports', 'ports ikev2'],
  parse: (args) => parsePorts(args),
  answer(req, ctx, ev) {
    const protos = ctx.kb.protocols.filter((p) => !req.tunnel || p.id === req.tunnel);
    const openvpn = ctx.kb.protocols.find((p) => p.id === 'openvpn');
    const openvpnPorts = String((openvpn && ctx.kb.factById.get(protocolPortsFactId(openvpn))?.value) ?? 'its web port');
    protos.forEach((p) => {
      ev.fact(protocolPortsFactId(p));
    });
    // IKEv2's ports are the ones guest and home networks drop: what to do then (and which fallback each
    // client has) travels with the answer as facts, with their links to the reference page.
    if (protos.some((p) => p.id === 'ikev2')) {
      for (const id of ['ikev2-blocked-use-openvpn-443', 'ikev2-blocked-fallback-by-client']) ev.maybe(id);
    }
    const traversal = (t: string) =>
      t === 'passes-most' ? 'passes most firewalls and proxies' : 'may be blocked by firewalls and proxies';
    // A tunnel type that can't be enabled any more (or has stopped) says so wherever its ports are listed.
    const note = (p: Protocol) => tunnelStatusNote(ctx, p.id);
    const line = (p: Protocol) =>
      `${p.name}: ${String(ctx.kb.factById.get(protocolPortsFactId(p))?.value)}${note(p) ? ` (${note(p)})` : ''}`;
    return {
      title: req.tunnel ? `Firewall ports for ${protos[0].name}` : 'Firewall ports for point-to-site',
      summary: `${protos.map(line).join('; ')}.`,
      sections: [
        {
          type: 'table',
          title: 'Outbound from the client',
          columns: ['Tunnel', 'Allow', 'Firewalls'],
          rows: protos.map((p) => [
            note(p) ? `${p.name} — ${note(p)}` : p.name,
            String(ctx.kb.factById.get(protocolPortsFactId(p))?.value),
            traversal(p.firewallTraversal),
          ]),
        },
      ],
      findings: protos
        .filter((p) => p.firewallTraversal === 'may-be-blocked')
        .map((p) => ({
          code: 'may_be_blocked',
          severity: 'info' as const,
          message: `${p.name} uses ports that hotel, guest and corporate networks often block; offer OpenVPN over ${openvpnPorts} as a fallback.`,
        })),
      links: [{ title: 'Protocols and ports', url: siteUrl(paths.reference('protocols-and-ports'), ctx.base) }],
      data: { protocols: protos.map((p) => ({ id: p.id, ports: p.ports })) },
    };
  },
});
