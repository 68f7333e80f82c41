import * as z from 'zod';
import { FactValueSchema, IdSchema, IsoDateSchema, SourceRefSchema, TopicSchema } from './common';

/**
 * The atomic unit everything else cites: one value, one source, one anchor.
 * Table rows (SKUs, scale units, matrix rows) are expanded into facts by the loader;
 * free-standing limits and rules are written as facts directly.
 */
export const FactSchema = z
  .object({
    id: IdSchema,
    topic: TopicSchema,
    /** Short label, e.g. "Point-to-site users per Virtual WAN hub". */
    title: z.string().min(3),
    /** null means unknown; then `unknown` says why. */
    value: FactValueSchema.nullable(),
    unit: z.string().optional(),
    unknown: z.string().optional(),
    source: SourceRefSchema,
    /** Plain-language detail in our own words. */
    note: z.string().optional(),
    /** `superseded` values are history: kept with their source and date, never used for answers. */
    status: z.enum(['current', 'superseded']).default('current'),
    supersededBy: IdSchema.optional(),
    /** The date the value took or takes effect, when it is a lifecycle fact. */
    effective: IsoDateSchema.optional(),
    /**
     * The things this fact is about (SKU, tunnel type, client, auth method, … ids, as lifecycle events name
     * them), so that an answer using the fact carries those things' dated lifecycle events.
     */
    about: z.array(IdSchema).optional(),
    /** Id of the conflict entry that discusses this value. */
    conflict: IdSchema.optional(),
    /** Extra search words (synonyms live in shared/search; these are field terms). */
    tags: z.array(z.string()).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.value === null && !f.unknown) {
      ctx.addIssue({ code: 'custom', message: 'an unknown value (null) needs `unknown` with the reason', path: ['unknown'] });
    }
    if (f.status === 'superseded' && !f.supersededBy) {
      ctx.addIssue({ code: 'custom', message: 'a superseded fact names the fact that replaced it (supersededBy)', path: ['supersededBy'] });
    }
  });
export type Fact = z.infer<typeof FactSchema>;
export type FactInput = z.input<typeof FactSchema>;
