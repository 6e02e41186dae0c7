import { writeFileSync } from 'node:fs';
import { experimentJsonSchema } from '../experiment/experimentSchema';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { parseCommandArgs } from './usage';

/** `zhigang schema [--experiment] [--out FILE]`: the scenario (or experiment) JSON Schema, generated from the validating zod schema. */
export function schemaCommand(args: string[]): number {
  const { values } = parseCommandArgs(args, { out: { type: 'string' }, experiment: { type: 'boolean', default: false } }, false);
  const text = `${JSON.stringify(values.experiment ? experimentJsonSchema() : scenarioJsonSchema(), null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileSync(values.out, text);
    console.log(`wrote ${values.out}`);
  }
  return 0;
}
