/** Components available in every MDX page (registered in src/theme/MDXComponents.tsx). */
export { default as FactTable } from './FactTable';
export { default as AllLimits } from './AllLimits';
export { default as KbTable } from './KbTable';
export { default as CapacityChart } from './CapacityChart';
export { default as ConflictCard } from './ConflictCard';
export { default as AnswerView } from './AnswerView';
export { default as CommandUsage } from './CommandUsage';
export { FactValue, LifecycleDate } from './FactValue';
export { ScenarioSteps, ScenarioLimits, ScenarioCommands, RelatedScenarios, ScenarioSources, ScenarioFit, ScenarioIndex } from './Scenario';
