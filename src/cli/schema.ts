import { targetsJsonSchema } from '../calibration/targetsSchema';
import { experimentJsonSchema } from '../experiment/experimentSchema';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { writeOutputFile } from './outputFile';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang schema [--experiment | --targets] [--out FILE]`: the scenario (experiment, targets) JSON Schema, generated from the validating zod schema. */
export function schemaCommand(args: string[]): number {
  const { values } = parseCommandArgs(args, { out: { type: 'string' }, experiment: { type: 'boolean', default: false }, targets: { type: 'boolean', default: false } }, false);
  if (values.experiment && values.targets) throw new UsageError('--experiment or --targets, not both');
  const schema = values.experiment ? experimentJsonSchema() : values.targets ? targetsJsonSchema() : scenarioJsonSchema();
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeOutputFile(values.out, text, 'the schema');
    console.log(`wrote ${values.out}`);
  }
  return 0;
}
