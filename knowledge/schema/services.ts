import * as z from 'zod';
import { IdSchema, LimitSchema, SourceRefSchema, SupportSchema } from './common';

export const BastionSkuSchema = z.object({
  id: IdSchema,
  name: z.string(),
  tier: z.number().int().min(0),
  dedicated: z.boolean(),
  hostScaling: z.boolean(),
  instancesMin: LimitSchema,
  instancesMax: LimitSchema,
  /** Concurrent sessions one instance carries at a "medium workload". */
  rdpPerInstance: LimitSchema,
  sshPerInstance: LimitSchema,
  /** Only for SKUs that are not dedicated (Developer): a flat session cap. */
  maxSessions: LimitSchema.optional(),
  peering: SupportSchema,
  production: z.boolean(),
  source: SourceRefSchema,
  note: z.string().optional(),
});
export type BastionSku = z.infer<typeof BastionSkuSchema>;

export const ErGatewaySkuSchema = z.object({
  id: IdSchema,
  /** e.g. "Standard / ErGw1Az". */
  name: z.string(),
  tier: z.number().int().min(0),
  /** Throughput in Mbps; for the scalable gateway, per scale unit. */
  mbps: LimitSchema,
  packetsPerSecond: LimitSchema,
  supportedVms: LimitSchema,
  flows: LimitSchema,
  routesLearned: LimitSchema,
  maxCircuits: LimitSchema,
  fastPath: SupportSchema,
  vpnCoexistence: SupportSchema,
  /** Scalable gateway: min and max scale units. */
  scaleUnits: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
});
export type ErGatewaySku = z.infer<typeof ErGatewaySkuSchema>;

/** ErGwScale's circuit steps: up to `circuits` circuit connections need at least `minUnits` scale units. */
export const ErScaleCircuitStepSchema = z.object({
  circuits: z.number().int().positive(),
  minUnits: z.number().int().positive(),
  source: SourceRefSchema,
});
export type ErScaleCircuitStep = z.infer<typeof ErScaleCircuitStepSchema>;

export const ErDirectPortSchema = z.object({
  id: IdSchema,
  portGbps: z.number().positive(),
  circuitGbps: z.array(z.number().positive()).min(1),
  subscribedGbps: z.number().positive(),
  source: SourceRefSchema,
});
export type ErDirectPort = z.infer<typeof ErDirectPortSchema>;
