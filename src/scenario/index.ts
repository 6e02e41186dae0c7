export { scenarioSchema, type Scenario, type ScenarioInput } from './scenarioSchema';
export { loadScenario, type LoadedScenario, type SourceFile, type ReadRelative } from './loadScenario';
export { distribution, nonNegativeDistribution, lowestValue } from './distributionSchema';
export { scenarioJsonSchema } from './jsonSchema';
