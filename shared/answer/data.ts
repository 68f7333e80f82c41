/**
 * Each command's `data`, declared beside the command that produces it and collected here, so that the
 * answer union (answer.ts) types every consumer (the site's charts, tests, the CLI's --json readers)
 * against its producer.
 */
import type { BastionData } from '../commands/bastion';
import type { CheckData } from '../check/run';
import type { CompatData } from '../commands/compat';
import type { ExpressRouteData } from '../commands/expressroute';
import type { HelpData } from '../commands/help';
import type { LimitsData } from '../commands/limits';
import type { PoolData } from '../commands/pool';
import type { PortsData } from '../commands/ports';
import type { RoutesData } from '../commands/routes';
import type { ScenarioData } from '../commands/scenario';
import type { SearchData } from '../commands/search';
import type { SizingData } from '../commands/sizing';

export interface AnswerDataByCommand {
  sizing: SizingData;
  compat: CompatData;
  pool: PoolData;
  routes: RoutesData;
  bastion: BastionData;
  expressroute: ExpressRouteData;
  scenario: ScenarioData;
  limits: LimitsData;
  ports: PortsData;
  search: SearchData;
  help: HelpData;
  check: CheckData;
}

export type CommandName = keyof AnswerDataByCommand;
