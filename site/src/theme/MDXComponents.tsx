import {
  AnswerView,
  CapacityChart,
  CommandUsage,
  ConflictCard,
  FactTable,
  FactValue,
  KbTable,
  LifecycleDate,
  RelatedScenarios,
  ScenarioCommands,
  ScenarioFit,
  ScenarioIndex,
  ScenarioLimits,
  ScenarioSources,
  ScenarioSteps,
} from '@site/src/components/kb';
import MDXComponents from '@theme-original/MDXComponents';

/** The knowledge components, usable in every page without an import; each is named so an unused one shows up in `npm run lint`. */
export default {
  ...MDXComponents,
  FactTable,
  KbTable,
  CapacityChart,
  ConflictCard,
  AnswerView,
  CommandUsage,
  FactValue,
  LifecycleDate,
  ScenarioSteps,
  ScenarioLimits,
  ScenarioCommands,
  RelatedScenarios,
  ScenarioSources,
  ScenarioFit,
  ScenarioIndex,
};
