import * as z from 'zod';
import { AuthSchema, IdSchema, IsoDateSchema, OsSchema, SourceRefSchema, TunnelSchema } from './common';

const PortSchema = z.object({
  transport: z.enum(['TCP', 'UDP', 'IP']),
  /** Port number, or IP protocol number when transport is IP (50 = ESP). */
  number: z.number().int().min(0).max(65535),
  purpose: z.string(),
});

export const ProtocolSchema = z.object({
  id: TunnelSchema,
  name: z.string(),
  summary: z.string(),
  ports: z.array(PortSchema).min(1),
  /** How well it passes firewalls and proxies that only allow web traffic. */
  firewallTraversal: z.enum(['passes-most', 'may-be-blocked']),
  platforms: z.array(OsSchema).min(1),
  auth: z.array(AuthSchema).min(1),
  coexistsWith: z.array(TunnelSchema),
  ipv6: z.boolean(),
  source: SourceRefSchema,
  note: z.string().optional(),
});
export type Protocol = z.infer<typeof ProtocolSchema>;

export const AuthMethodSchema = z.object({
  id: AuthSchema,
  name: z.string(),
  /** Other words users type for it ("Azure AD", "AAD"). */
  aliases: z.array(z.string()),
  tunnels: z.array(TunnelSchema).min(1),
  summary: z.string(),
  source: SourceRefSchema,
});

export const VpnClientSchema = z.object({
  id: IdSchema,
  name: z.string(),
  os: z.array(OsSchema).min(1),
  tunnels: z.array(TunnelSchema).min(1),
  source: SourceRefSchema,
  note: z.string().optional(),
});

/**
 * One cell of the client matrix: OS × authentication × tunnel type.
 * `availableUntil` / `availableFrom` make the answer depend on the evaluation date
 * (e.g. Entra ID on Linux through the retired Azure VPN Client for Linux).
 */
export const ClientMatrixRowSchema = z
  .object({
    id: IdSchema,
    os: OsSchema,
    auth: AuthSchema,
    tunnel: TunnelSchema,
    status: z.enum(['supported', 'not-supported', 'not-documented']),
    clients: z.array(IdSchema),
    /** Minimum OS version as the source states it; a fact id so that it carries its own source. */
    minOsFact: IdSchema.optional(),
    caveats: z.array(z.string()).default([]),
    /** Why it is not supported / what the sources leave open. */
    reason: z.string().optional(),
    /** What to use instead when not supported. */
    instead: z.string().optional(),
    availableFrom: IsoDateSchema.optional(),
    availableUntil: IsoDateSchema.optional(),
    source: SourceRefSchema,
  })
  .superRefine((r, ctx) => {
    if (r.status === 'supported' && r.clients.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'a supported row names at least one VPN client', path: ['clients'] });
    }
    if (r.status !== 'supported' && !r.reason) {
      ctx.addIssue({ code: 'custom', message: 'a row that is not supported or not documented says why (reason)', path: ['reason'] });
    }
  });
export type ClientMatrixRow = z.infer<typeof ClientMatrixRowSchema>;
