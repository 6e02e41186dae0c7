import { z } from 'zod';
import { LIMITS } from '../scenario/limits';
import { count, nonNegative, note, positive } from '../scenario/quantity';

/**
 * The experiment file: a base scenario, factors whose values form a grid of configurations, and
 * how many replications each configuration runs. Unknown keys are errors, as in scenarios.
 */

/** A value a factor gives a scenario key: a figure, a name, a switch or a whole object (a distribution). */
export const factorValue = z.union([z.number(), z.string(), z.boolean(), z.record(z.string(), z.unknown()), z.array(z.unknown())]);
export type FactorValue = z.output<typeof factorValue>;

const scenarioPath = z
  .string()
  .regex(/^[A-Za-z$_][A-Za-z0-9$_]*(\.([A-Za-z$_][A-Za-z0-9$_]*|\d+))*$/, 'a dotted path into the scenario, such as vehicles.count or vessels.cranesPerVessel.max')
  .describe('A dotted path into the scenario (array items by number: vessels.mix.weightClasses.0.share); dispatch.strategy and chargers are special');

export const factorSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a name of letters, digits, _ and -, starting with a letter')
    .optional()
    .describe('Name in results and reports (default: the path)'),
  path: z.union([scenarioPath, z.array(scenarioPath).min(1)]).describe('The scenario value(s) set; several paths get the same value (cranesPerVessel min and max together)'),
  values: z.array(factorValue).min(1).describe('The levels of this factor'),
  note: note.optional(),
});

export const experimentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    scenario: z.string().min(1).describe('Base scenario file, relative to this experiment file'),
    seed: z.number().int().nonnegative().max(LIMITS.seed).optional().describe("Root of the replications' seeds (default: the scenario's seed)"),
    replications: count('Replications per configuration; replication r runs with the same seed in every configuration', 10_000),
    durationS: positive('Simulated time per replication, s (default: the scenario\'s run.durationS)', LIMITS.durationS).optional(),
    warmUpS: nonNegative('Initial period excluded from every KPI, s (default: the scenario\'s run.warmUpS)', LIMITS.durationS).optional(),
    factors: z.array(factorSchema).describe('The grid: every combination of the factors\' values is one configuration, the first factor varying slowest'),
    baseline: z.record(z.string(), factorValue).optional().describe('Factor values to compare against; factors left out are matched, so {"strategy": "fcfs"} pairs each configuration with fcfs at its own other values (default: the first value of every factor)'),
    note: note.optional(),
  })
  .describe('A Zhigang experiment: a grid of scenario variants, each replicated under common random numbers');

export type ExperimentInput = z.input<typeof experimentSchema>;
export type ExperimentFileData = z.output<typeof experimentSchema>;

/** The JSON Schema editors use for experiment files (`scenarios/experiments/experiment.schema.json`). */
export function experimentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(experimentSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, title: 'Zhigang experiment' };
}
