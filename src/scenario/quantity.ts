import { z } from 'zod';

/** A free-text note on a figure or section: where it comes from, or why it is assumed. */
export const note = z.string().min(1).describe('Where this figure comes from, or why it is an assumption');

/**
 * A figure written either bare (`5.5`) or with its provenance (`{"value": 5.5, "note": "assumed: …"}`).
 * Both read as the number; the note form is how a scenario documents every assumed value.
 */
export function quantity(base: z.ZodNumber, description: string) {
  return z
    .union([base, z.strictObject({ value: base, note })])
    .transform((q) => (typeof q === 'number' ? q : q.value))
    .describe(description);
}

export const fraction = (description: string) => quantity(z.number().min(0).max(1), description);
export const positive = (description: string, max: number) => quantity(z.number().positive().max(max), description);
export const nonNegative = (description: string, max: number) => quantity(z.number().nonnegative().max(max), description);
export const count = (description: string, max: number, min = 1) => quantity(z.number().int().min(min).max(max), description);

/** A section object: strict keys (unknown keys are errors) plus an optional note. */
export function section<S extends z.ZodRawShape>(shape: S, description: string) {
  return z.strictObject({ ...shape, note: note.optional() }).describe(description);
}
