import { z } from 'zod';
import { MEASURES } from './measures';

/**
 * A targets file: the figures a scenario is checked against (`npx zhigang calibrate`), each with
 * where it comes from and the band a simulated mean must lie in. Unknown keys are errors.
 */

const source = z
  .strictObject({
    title: z.string().min(1).max(200).describe('Who published it, e.g. "China Daily (Tianjin), 2022-08"'),
    url: z.string().min(1).max(500).optional().describe('Where it can be read'),
    note: z.string().min(1).max(1000).optional().describe('What exactly it says, and how it is read here'),
  })
  .describe('Where a figure was published');

const band = z
  .strictObject({
    min: z.number().optional().describe('Lowest passing mean, inclusive (omit for no lower bound)'),
    max: z.number().optional().describe('Highest passing mean, inclusive (omit for no upper bound)'),
    note: z.string().min(1).max(1000).optional().describe('Why the band is this wide'),
  })
  .refine((b) => b.min !== undefined || b.max !== undefined, 'a band with "min", "max" or both')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'a band whose "min" is at most its "max"')
  .describe('The band the mean over the seeds must lie in to pass');

const target = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/).describe('Short name of the line, e.g. "berthRate"'),
    label: z.string().min(1).max(80).describe('What the line is, as printed'),
    labelZh: z.string().min(1).max(80).optional().describe('The label in Chinese, for the app'),
    kind: z.enum(['published', 'input', 'model']).describe('"published": a figure from a public source; "input": a published figure the scenario takes as input, checked as such; "model": a model target, not a published figure'),
    measure: z.enum(MEASURES).describe('What is measured: a terminal KPI (docs/kpis.md) or a figure derived from a run (docs/calibration.md)'),
    published: z.string().min(1).max(200).describe('The published figure (or the model target) as text'),
    unit: z.string().max(20).optional().default('').describe('Unit of the band and of the measure, as printed ("%" shows a fraction as a percentage)'),
    band,
    source: source.optional(),
    note: z.string().min(1).max(1000).optional(),
  })
  .refine((t) => t.kind === 'model' || t.source !== undefined, { message: 'a "source" (only a "model" target may have none)', path: ['source'] });

export const targetsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    targets: z
      .array(target)
      .min(1)
      .max(100)
      .superRefine((ts, ctx) => {
        const seen = new Set<string>();
        ts.forEach((t, k) => {
          if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [k, 'id'], message: 'an "id" no other target has', input: t.id });
          seen.add(t.id);
        });
      })
      .describe('One line of the scorecard each'),
  })
  .describe('Zhigang calibration targets: published figures of a terminal and the bands a scenario must meet');

export type TargetsFileData = z.output<typeof targetsSchema>;
export type Target = TargetsFileData['targets'][number];

/** The JSON Schema of targets files (`scenarios/targets.schema.json`), from the validating zod schema. */
export function targetsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(targetsSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, title: 'Zhigang calibration targets' };
}
