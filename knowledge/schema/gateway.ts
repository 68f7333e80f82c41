import * as z from 'zod';
import { IdSchema, LimitSchema, SourceRefSchema, SupportSchema } from './common';

const SkuFamilySchema = z.enum(['az', 'non-az', 'basic', 'legacy']);
export type SkuFamily = z.infer<typeof SkuFamilySchema>;

/**
 * One VPN Gateway SKU of one generation. VpnGw2AZ Gen1 and VpnGw2AZ Gen2 are different rows:
 * their throughput and VM counts differ.
 */
export const GatewaySkuSchema = z.object({
  id: IdSchema,
  name: z.string().min(3),
  /** null for the legacy SKUs, which predate generations. */
  generation: z.enum(['Gen1', 'Gen2']).nullable(),
  family: SkuFamilySchema,
  /** Size order within the catalogue: Basic 0, VpnGw1 1 … VpnGw5 5. Used to pick "the next size up". */
  tier: z.number().int().min(0),
  s2sTunnels: LimitSchema,
  p2sSstp: LimitSchema,
  p2sIkev2OpenVpn: LimitSchema,
  throughputMbps: LimitSchema,
  bgp: SupportSchema,
  zoneRedundant: SupportSchema,
  supportedVms: LimitSchema,
  p2sProtocols: z.object({ sstp: SupportSchema, ikev2: SupportSchema, openvpn: SupportSchema }),
  p2sAuth: z.object({ certificate: SupportSchema, radius: SupportSchema, entra: SupportSchema }),
  /** Row source; `fieldSources` overrides it per field where a value comes from elsewhere. */
  source: SourceRefSchema,
  fieldSources: z.record(z.string(), SourceRefSchema).optional(),
  /** Where a legacy or non-AZ gateway goes when it must be migrated. */
  migratesTo: IdSchema.optional(),
  note: z.string().optional(),
});
export type GatewaySku = z.infer<typeof GatewaySkuSchema>;
