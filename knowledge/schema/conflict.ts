import * as z from 'zod';
import { IdSchema, SourceRefSchema } from './common';

const ConflictValueSchema = z.object({
  /** The value as that source states it, in short. */
  value: z.string().min(1),
  sources: z.array(SourceRefSchema).min(1),
});

/**
 * One entry per numbered row of the reference's version-conflicts list.
 * `current` is the index into `values` of the value answers use; unresolved entries are shown with both values.
 */
export const ConflictSchema = z
  .object({
    id: IdSchema,
    /** The row number in the reference's conflict list. */
    number: z.number().int().positive(),
    topic: z.string().min(3),
    values: z.array(ConflictValueSchema).min(2),
    verdict: z.discriminatedUnion('status', [
      z.object({ status: z.literal('resolved'), current: z.number().int().min(0), reason: z.string().min(10) }),
      z.object({ status: z.literal('unresolved'), reason: z.string().min(10) }),
    ]),
    facts: z.array(IdSchema).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.verdict.status === 'resolved' && c.verdict.current >= c.values.length) {
      ctx.addIssue({
        code: 'custom',
        message: `verdict.current ${c.verdict.current} is not an index of values`,
        path: ['verdict', 'current'],
      });
    }
  });
export type Conflict = z.infer<typeof ConflictSchema>;
