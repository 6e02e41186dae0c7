import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema';

/**
 * The JSON Schema editors use for autocompletion (`scenarios/scenario.schema.json`), generated from
 * the same zod schema that validates on load, so the two cannot disagree.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, title: 'Zhigang scenario' };
}
