import { experimentJsonSchema } from '../experiment/experimentSchema';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { writeOutputFile } from './outputFile';
import { parseCommandArgs } from './usage';

/** `zhigang schema [--experiment] [--out FILE]`: the scenario (or experiment) JSON Schema, generated from the validating zod schema. */
export function schemaCommand(args: string[]): number {
  const { values } = parseCommandArgs(args, { out: { type: 'string' }, experiment: { type: 'boolean', default: false } }, false);
  const text = `${JSON.stringify(values.experiment ? experimentJsonSchema() : scenarioJsonSchema(), null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeOutputFile(values.out, text, 'the schema');
    console.log(`wrote ${values.out}`);
  }
  return 0;
}
