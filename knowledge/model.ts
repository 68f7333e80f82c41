import type * as z from 'zod';
import {
  AuthMethodSchema,
  BastionSkuSchema,
  ClientMatrixRowSchema,
  ConflictSchema,
  ErDirectPortSchema,
  ErScaleCircuitStepSchema,
  ErGatewaySkuSchema,
  FactSchema,
  GatewaySkuSchema,
  LifecycleEventSchema,
  ProtocolSchema,
  ScenarioSchema,
  OutOfScopeSchema,
  SourceSchema,
  UserVpnScaleUnitSchema,
  PoolRequirementSchema,
  WanTypeSchema,
  VpnClientSchema,
} from './schema';
import type { Fact, Source } from './schema';

/**
 * The collections a data file may contribute. Each data file exports a `DataModule` with the
 * collections it holds; the loader validates every entry and names the file and id on failure.
 */
export const collections = {
  sources: SourceSchema,
  facts: FactSchema,
  gatewaySkus: GatewaySkuSchema,
  lifecycle: LifecycleEventSchema,
  userVpnScaleUnits: UserVpnScaleUnitSchema,
  poolRequirements: PoolRequirementSchema,
  wanTypes: WanTypeSchema,
  protocols: ProtocolSchema,
  authMethods: AuthMethodSchema,
  clients: VpnClientSchema,
  clientMatrix: ClientMatrixRowSchema,
  bastionSkus: BastionSkuSchema,
  erGateways: ErGatewaySkuSchema,
  erDirectPorts: ErDirectPortSchema,
  erScaleCircuitSteps: ErScaleCircuitStepSchema,
  scenarios: ScenarioSchema,
  outOfScope: OutOfScopeSchema,
  conflicts: ConflictSchema,
} as const;

export type CollectionName = keyof typeof collections;
export type Entry<K extends CollectionName> = z.infer<(typeof collections)[K]>;
export type EntryInput<K extends CollectionName> = z.input<(typeof collections)[K]>;

/** What a data file exports: a file name (for error messages) and some collections. */
export type DataModule = { file: string } & { [K in CollectionName]?: EntryInput<K>[] };

/** The validated, cross-checked, frozen knowledge model. */
export type KnowledgeBase = { readonly [K in CollectionName]: readonly Entry<K>[] } & {
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly factById: ReadonlyMap<string, Fact>;
  /** Which data file each entry came from ("collection:id" → file), for messages; a derived fact has its table row's file (see derivedFrom in load.ts). */
  readonly origin: ReadonlyMap<string, string>;
};

/** A problem found in the data: always names the file, the entry and what is wrong. */
export interface KnowledgeProblem {
  file: string;
  collection: string;
  entry: string;
  message: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      `vpn-advisor: the knowledge model has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file} › ${p.collection} › ${p.entry}: ${p.message}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}
