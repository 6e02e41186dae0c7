import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { parseCommandArgs } from './usage';

/** `zhigang schema [--out FILE]`: the scenario JSON Schema, generated from the validating zod schema. */
export function schemaCommand(args: string[]): number {
  const { values } = parseCommandArgs(args, { out: { type: 'string' } }, false);
  const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileSync(values.out, text);
    console.log(`wrote ${values.out}`);
  }
  return 0;
}
