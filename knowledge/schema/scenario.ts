import * as z from 'zod';
import { IdSchema, SourceRefSchema } from './common';

const ScenarioStepSchema = z.object({
  /** Our own words; numbers are not typed here, they come from `facts`. */
  text: z.string().min(5),
  facts: z.array(IdSchema).default([]),
});

/**
 * A word or phrase people use, never a quantity: a digit may sit inside a name (IKEv2, P2S) but not
 * stand alone ("10 Gbps", "128 users"), because numbers belong to facts and would match any number typed.
 */
const VocabularyTermSchema = z
  .string()
  .min(2)
  .refine((t) => !/(?:^|[^a-z])\d/i.test(t), 'vocabulary holds words, not numbers: name the limit in `facts` instead');

/**
 * How people describe the situation a scenario answers, for `scenario <words>`: the model's prose is
 * written for reading, tickets use other words ("head office", "our own servers", "Palo Alto").
 */
const ScenarioVocabularySchema = z.object({
  /** What users and admins say for this situation, in their words (lowercase, one phrase each). */
  phrases: z.array(VocabularyTermSchema).default([]),
  /** Vendors, other clouds and products the scenario covers, as people name them. */
  names: z.array(VocabularyTermSchema).default([]),
  /** Words that point away from this scenario (a phrase counts when all its words are there). */
  against: z.array(VocabularyTermSchema).default([]),
});

export const ScenarioSchema = z.object({
  id: IdSchema,
  title: z.string().min(5),
  /** One sentence: what the scenario achieves. */
  summary: z.string().min(10),
  whenItFits: z.array(z.string()).min(1),
  whenNot: z.array(z.string()).default([]),
  steps: z.array(ScenarioStepSchema).min(1),
  services: z.array(z.string()).min(1),
  /** Facts (limits) that apply to this scenario. */
  facts: z.array(IdSchema).default([]),
  related: z.array(IdSchema).default([]),
  /** Commands worth asking for this scenario, in the bot's grammar (without the /vpn prefix). */
  commands: z.array(z.string()).default([]),
  vocabulary: ScenarioVocabularySchema.default({ phrases: [], names: [], against: [] }),
  sources: z.array(SourceRefSchema).min(1),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
