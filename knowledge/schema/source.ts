import * as z from 'zod';
import { IdSchema, IsoDateSchema } from './common';

/**
 * One version of one document. The same azure-docs path read at two ms.dates is two sources,
 * because facts must say which version they came from.
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['seed', 'azure-docs']),
    /** Seed file name, or `MicrosoftDocs/azure-docs:<path>`. */
    path: z.string().min(1),
    title: z.string().min(1),
    /** ms.date of the version read (or the article date of a seed); null only with `dateNote`. */
    date: IsoDateSchema.nullable(),
    dateNote: z.string().optional(),
    /** The reference reached this version by content search and inferred its path. */
    pathInferred: z.boolean().optional(),
    /** Distinguishes two versions that share a path and a date. */
    variant: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.date === null && !s.dateNote) {
      ctx.addIssue({ code: 'custom', message: 'a source without a date needs a dateNote saying why', path: ['dateNote'] });
    }
    if (s.kind === 'azure-docs' && !s.path.startsWith('MicrosoftDocs/azure-docs:')) {
      ctx.addIssue({ code: 'custom', message: 'azure-docs sources are named MicrosoftDocs/azure-docs:<path>', path: ['path'] });
    }
  });
export type Source = z.infer<typeof SourceSchema>;
