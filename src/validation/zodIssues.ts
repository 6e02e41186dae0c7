import type { z } from 'zod';
import { describeValue, jsonPath, type Issue, type PathSegment } from './issue';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into `expected …, got …` lines. Unions are unwrapped to the branch that
 * matches the value's type, so `{"value": 3}` without its note reports the missing note rather
 * than "invalid input".
 */
export function issuesFromZod(zodIssues: readonly ZodIssue[], root: unknown, prefix: PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) out.push(...convert(zi, root, prefix));
  return out;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathSegment, unknown>)[s];
  }
  return v;
}

function bound(origin: string, op: string, n: unknown): string {
  if (origin === 'array') return `an array with ${op} ${String(n)} items`;
  if (origin === 'string') return `a string of length ${op} ${String(n)}`;
  return `a number ${op} ${String(n)}`;
}

function convert(zi: ZodIssue, root: unknown, prefix: PathSegment[]): Issue[] {
  const segs = [...prefix, ...(zi.path as PathSegment[])];
  const path = jsonPath(segs);
  const got = describeValue(valueAt(root, segs));
  switch (zi.code) {
    case 'invalid_type':
      return [{ path, expected: typeName(zi.expected), got }];
    case 'too_small':
      return [{ path, expected: bound(zi.origin, zi.inclusive ? '≥' : '>', zi.minimum), got }];
    case 'too_big':
      return [{ path, expected: bound(zi.origin, zi.inclusive ? '≤' : '<', zi.maximum), got }];
    case 'unrecognized_keys':
      return zi.keys.map((k) => ({
        path: jsonPath([...segs, k]),
        expected: 'no such key (unknown keys are errors)',
        got: `key ${JSON.stringify(k)}`,
      }));
    case 'invalid_value':
      return [{ path, expected: `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`, got }];
    case 'invalid_union': {
      if ('discriminator' in zi && zi.discriminator !== undefined) {
        const options = (zi as unknown as { options?: unknown[] }).options ?? [];
        return [{ path, expected: `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`, got }];
      }
      return unwrapUnion(zi.errors, root, segs, got);
    }
    case 'custom':
      return [{ path, expected: zi.message, got }];
    default:
      return [{ path, expected: zi.message, got }];
  }
}

function unwrapUnion(branches: ZodIssue[][], root: unknown, segs: PathSegment[], got: string): Issue[] {
  // A branch whose only complaint is the value's own type did not match at all; prefer the one that did.
  const rootTypeMismatch = (b: ZodIssue[]) => b.length === 1 && b[0].code === 'invalid_type' && b[0].path.length === 0;
  const matching = branches.filter((b) => !rootTypeMismatch(b));
  if (matching.length >= 1) return issuesFromZod(matching[0], root, segs);
  const types = [...new Set(branches.map((b) => (b[0] as { expected?: string }).expected ?? 'value'))];
  // A figure may be bare or carry its note: say so rather than "number or object".
  const quantity = types.length === 2 && types.includes('object') && (types.includes('number') || types.includes('int'));
  const expected = quantity ? `${typeName(types.find((t) => t !== 'object')!)} (or {"value": …, "note": "…"})` : types.map(typeName).join(' or ');
  return [{ path: jsonPath(segs), expected, got }];
}

const articles: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

function typeName(t: string): string {
  return articles[t] ?? t;
}
