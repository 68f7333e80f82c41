import * as z from 'zod';
import { isIsoDate } from '../dates';
import { AUTHS, OSES, TOPICS } from '../vocabulary';

/** Stable ids double as page anchors, so they are lowercase kebab-case and never derived from display names. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase kebab-case (a-z, 0-9, single hyphens), e.g. "vpngw4az-gen2"');

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.string().refine(isIsoDate, 'dates are ISO YYYY-MM-DD calendar days');

/**
 * Where a fact comes from: a source id (see data/sources.ts) and the heading of that source
 * (or the reference table's name when the source names no heading). The date is the source's.
 */
export const SourceRefSchema = z.object({
  sourceId: IdSchema,
  section: z.string().min(1),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** A value the sources don't give: never invented, always with the reason. */
const UnknownSchema = z.object({ unknown: z.string().min(10, 'say why the value is unknown') });

/** A numeric limit: a number, "not supported", or unknown with a reason. */
export const LimitSchema = z.union([z.number().nonnegative(), z.literal('not-supported'), UnknownSchema]);
export type Limit = z.infer<typeof LimitSchema>;

/** A yes/no capability, or unknown with a reason. */
export const SupportSchema = z.union([z.boolean(), UnknownSchema]);
export type Support = z.infer<typeof SupportSchema>;

export const FactValueSchema = z.union([z.number(), z.string(), z.boolean()]);

/** The reference page a fact is listed on (its anchor lives there). */
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

export const OsSchema = z.enum(OSES);
export type Os = z.infer<typeof OsSchema>;
export const AuthSchema = z.enum(AUTHS);
export type Auth = z.infer<typeof AuthSchema>;
export const TunnelSchema = z.enum(['sstp', 'ikev2', 'openvpn']);
export type Tunnel = z.infer<typeof TunnelSchema>;
