import * as z from 'zod';
import { IdSchema, SourceRefSchema } from './common';

/** One row of the User VPN (point-to-site) scale-unit table. */
export const UserVpnScaleUnitSchema = z.object({
  units: z.number().int().positive(),
  /** Gateway instances as the FAQ counts them (two per highly available pair). */
  instances: z.number().int().positive(),
  connections: z.number().int().positive(),
  throughputGbps: z.number().positive(),
  source: SourceRefSchema,
});
export type UserVpnScaleUnit = z.infer<typeof UserVpnScaleUnitSchema>;

/** One row of the client-address-pool table: pools needed per connection configuration. */
export const PoolRequirementSchema = z.object({
  unitsFrom: z.number().int().positive(),
  unitsTo: z.number().int().positive(),
  /** Instances as the address-pool article counts them (one per 10,000 users). */
  instances: z.number().int().positive(),
  maxClients: z.number().int().positive(),
  minPools: z.number().int().positive(),
  source: SourceRefSchema,
});
export type PoolRequirement = z.infer<typeof PoolRequirementSchema>;

/** Basic vs Standard virtual WAN. */
export const WanTypeSchema = z.object({
  id: IdSchema,
  name: z.string(),
  hubType: z.string(),
  configurations: z.array(z.string()).min(1),
  source: SourceRefSchema,
});
