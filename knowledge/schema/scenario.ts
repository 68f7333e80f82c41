import * as z from 'zod';
import { IdSchema, SourceRefSchema } from './common';

const ScenarioStepSchema = z.object({
  /** Our own words; numbers are not typed here, they come from `facts`. */
  text: z.string().min(5),
  facts: z.array(IdSchema).default([]),
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
  sources: z.array(SourceRefSchema).min(1),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
