import * as z from 'zod';
import { IdSchema } from './common';

/**
 * A kind of question vpn-advisor does not answer (prices, other vendors' clients, authoring templates,
 * outages). Search checks a question against these before it guesses, so the answer can say plainly
 * that it is outside the model instead of listing unrelated facts.
 */
export const OutOfScopeSchema = z.object({
  id: IdSchema,
  /** What the question is about, in a few words ("Prices and costs"). */
  topic: z.string().min(3),
  /** Lowercase words or phrases that mark such a question; a phrase matches its words in order. */
  terms: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .'+-]*$/, 'terms are lowercase words or phrases')).min(1),
  /** What to tell the user, in our own words: that it is outside vpn-advisor, and where such answers live. */
  says: z.string().min(20),
});
export type OutOfScope = z.infer<typeof OutOfScopeSchema>;
