import { describeValue, jsonPath, type Issue } from '../validation/issue';
import { issuesFromZod } from '../validation/zodIssues';
import { featureCollectionSchema, featureKinds, featureSchemas, type FeatureKind, type FeatureOf } from './layoutSchema';

/** A validated feature and where it sits in the file, so later checks can point at it. */
export interface Indexed<K extends FeatureKind> {
  index: number;
  feature: FeatureOf<K>;
}

export type FeaturesByKind = { [K in FeatureKind]: Indexed<K>[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the file's shape, feature by feature, choosing each feature's schema by its
 * `properties.kind`. Returns every schema problem at once; `byKind` is only complete when `issues`
 * is empty.
 */
export function parseLayoutGeoJson(input: unknown): { byKind: FeaturesByKind; issues: Issue[] } {
  const byKind = Object.fromEntries(featureKinds.map((k) => [k, []])) as unknown as FeaturesByKind;
  const issues: Issue[] = [];
  const envelope = featureCollectionSchema.safeParse(input, { reportInput: true });
  if (!envelope.success) issues.push(...issuesFromZod(envelope.error.issues, input));
  // beyond the limit the envelope has failed already: reading on would only make the error list long
  const features = isObject(input) && Array.isArray(input.features) ? input.features.slice(0, 20_000) : [];
  features.forEach((f: unknown, index) => {
    const kind = kindOf(f, index, issues);
    if (kind === undefined) return;
    const parsed = featureSchemas[kind].safeParse(f, { reportInput: true });
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error.issues, input, ['features', index]));
    else (byKind[kind] as Indexed<FeatureKind>[]).push({ index, feature: parsed.data });
  });
  return { byKind, issues };
}

function kindOf(f: unknown, index: number, issues: Issue[]): FeatureKind | undefined {
  if (!isObject(f)) {
    issues.push({ path: jsonPath(['features', index]), expected: 'a Feature object', got: describeValue(f) });
    return undefined;
  }
  if (!isObject(f.properties)) {
    const path = jsonPath(['features', index, 'properties']);
    issues.push({ path, expected: 'an object with a "kind"', got: describeValue(f.properties) });
    return undefined;
  }
  const kind = f.properties.kind;
  if (typeof kind === 'string' && (featureKinds as string[]).includes(kind)) return kind as FeatureKind;
  issues.push({
    path: jsonPath(['features', index, 'properties', 'kind']),
    expected: `one of ${featureKinds.map((k) => JSON.stringify(k)).join(', ')}`,
    got: describeValue(kind),
  });
  return undefined;
}
