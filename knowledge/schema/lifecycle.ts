import * as z from 'zod';
import { IdSchema, IsoDateSchema, SourceRefSchema } from './common';

/**
 * A dated change that makes answers depend on the evaluation date (asOf).
 * The engine reads these; it never hard-codes a date.
 */
const LifecycleKindSchema = z.enum([
  /** New resources of this kind can no longer be created from `date`. */
  'creation-ends',
  /** The feature can no longer be enabled on new or existing configurations from `date`. */
  'enable-ends',
  /** Existing connections stop working / the thing is retired from `date`. */
  'retired',
  /** Announced deprecation (configuration changes rejected, support ends). */
  'deprecated',
  /** Available from `date`. */
  'available',
  /** A window during which migration is expected (date … endDate). */
  'migration-window',
]);
export type LifecycleKind = z.infer<typeof LifecycleKindSchema>;

export const LifecycleEventSchema = z.object({
  id: IdSchema,
  title: z.string().min(3),
  kind: LifecycleKindSchema,
  /** Ids of SKUs, protocols, clients or client-matrix rows this event applies to. */
  subjects: z.array(IdSchema).min(1),
  date: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  source: SourceRefSchema,
  conflict: IdSchema.optional(),
  note: z.string().optional(),
});
export type LifecycleEvent = z.infer<typeof LifecycleEventSchema>;
