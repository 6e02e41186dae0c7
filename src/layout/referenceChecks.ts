import { describeValue, jsonPath, type Issue } from '../validation/issue';
import { featureKinds, MAX_YARD_SLOTS, type FeatureKind } from './layoutSchema';
import type { FeaturesByKind, Indexed } from './parseLayoutGeoJson';

/**
 * The checks that need more than one feature: how many of a kind, unique ids, and the references
 * between features (crane → berth, transfer lane → crane, handover lane → block, bay → parking or
 * charger).
 */
export function referenceIssues(f: FeaturesByKind): Issue[] {
  return [...countIssues(f), ...uniqueIdIssues(f), ...crossReferenceIssues(f), ...bayReferenceIssues(f)];
}

const featurePath = (index: number, ...rest: string[]) => jsonPath(['features', index, ...rest]);

function countIssues(f: FeaturesByKind): Issue[] {
  const issues: Issue[] = [];
  if (f.quay.length === 0) issues.push({ path: '$.features', expected: 'exactly one feature of kind "quay"', got: 'none' });
  for (const extra of f.quay.slice(1)) {
    issues.push({
      path: featurePath(extra.index),
      expected: `the only feature of kind "quay" (the first is ${featurePath(f.quay[0].index)})`,
      got: 'a second quay',
    });
  }
  // what a run cannot do without: a vessel needs a berth and a crane, a box a block, a vehicle a
  // parking, a charger and the unlocking station, a truck a gate lane in and one out
  const required: [FeatureKind, string][] = [
    ['quayCraneRail', 'quayCraneRail'],
    ['berth', 'berth'],
    ['quayCrane', 'quayCrane'],
    ['yardBlock', 'yardBlock'],
    ['unlockingStation', 'unlockingStation'],
    ['charger', 'charger'],
    ['parking', 'parking'],
  ];
  for (const [kind, name] of required) {
    if (f[kind].length === 0) issues.push({ path: '$.features', expected: `at least one feature of kind "${name}"`, got: 'none' });
  }
  for (const direction of ['in', 'out'] as const) {
    if (!f.gateLane.some((g) => g.feature.properties.direction === direction))
      issues.push({ path: '$.features', expected: `at least one feature of kind "gateLane" with direction "${direction}"`, got: 'none' });
  }
  const slots = f.yardBlock.reduce((n, b) => n + b.feature.properties.bays * b.feature.properties.rows * b.feature.properties.tiers, 0);
  if (slots > MAX_YARD_SLOTS) issues.push({ path: '$.features', expected: `yard blocks of at most ${MAX_YARD_SLOTS.toLocaleString('en-US')} slots in all`, got: `${slots.toLocaleString('en-US')} slots` });
  return issues;
}

function uniqueIdIssues(f: FeaturesByKind): Issue[] {
  const issues: Issue[] = [];
  // A second quay is already wrong for being a second one, whatever its id.
  for (const kind of featureKinds.filter((k) => k !== 'quay')) {
    const first = new Map<string, number>();
    for (const { index, feature } of f[kind] as Indexed<FeatureKind>[]) {
      const id = feature.properties.id;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, index);
      else {
        issues.push({
          path: featurePath(index, 'properties', 'id'),
          expected: `an id unique among "${kind}" features (also used by ${featurePath(seen)})`,
          got: describeValue(id),
        });
      }
    }
  }
  return issues;
}

function crossReferenceIssues(f: FeaturesByKind): Issue[] {
  const issues: Issue[] = [];
  const ids = (list: Indexed<FeatureKind>[]) => new Set(list.map((x) => x.feature.properties.id));
  const refCheck = (index: number, key: string, value: string, known: Set<string>, kind: FeatureKind) => {
    if (known.has(value)) return;
    issues.push({ path: featurePath(index, 'properties', key), expected: `the id of a ${kind} feature`, got: describeValue(value) });
  };
  const berths = ids(f.berth);
  const cranes = ids(f.quayCrane);
  const blocks = ids(f.yardBlock);
  for (const c of f.quayCrane) refCheck(c.index, 'berth', c.feature.properties.berth, berths, 'berth');
  for (const t of f.transferLane) if (t.feature.properties.crane !== undefined) refCheck(t.index, 'crane', t.feature.properties.crane, cranes, 'quayCrane');
  const shared = f.transferLane.filter((t) => t.feature.properties.crane === undefined);
  if (shared.length > 1) issues.push({ path: featurePath(shared[1].index, 'properties'), expected: 'at most one transferLane without "crane" (the lane all cranes share)', got: `${shared.length} (${shared.map((x) => featurePath(x.index)).join(', ')})` });
  for (const h of f.handoverLane) refCheck(h.index, 'block', h.feature.properties.block, blocks, 'yardBlock');
  for (const c of f.quayCrane) {
    const id = c.feature.properties.id;
    const lanes = f.transferLane.filter((t) => t.feature.properties.crane === id);
    if (lanes.length === 0 && shared.length === 1) continue; // it works from the shared lane
    exactlyOne(issues, c.index, `transferLane with crane ${JSON.stringify(id)}, or one transferLane without "crane" that all cranes share`, lanes);
  }
  for (const b of f.yardBlock) {
    const id = b.feature.properties.id;
    for (const side of ['sea', 'land'] as const) {
      const lanes = f.handoverLane.filter((h) => h.feature.properties.block === id && h.feature.properties.side === side);
      exactlyOne(issues, b.index, `handoverLane with block ${JSON.stringify(id)} and side "${side}"`, lanes);
    }
  }
  return issues;
}

function exactlyOne(issues: Issue[], index: number, what: string, found: Indexed<FeatureKind>[]): void {
  if (found.length === 1) return;
  const got = found.length === 0 ? 'none' : `${found.length} (${found.map((x) => featurePath(x.index)).join(', ')})`;
  issues.push({ path: featurePath(index), expected: `exactly one ${what}`, got });
}

/**
 * Each parkingBay names one parking or charger (ids are unique per kind only, so an id both have is
 * ambiguous); a parking or charger drawn with bays has all of them: `capacity` for a parking, at
 * least `plugs` for a charger (the rest are its queue places). One with none gets synthesised bays.
 */
function bayReferenceIssues(f: FeaturesByKind): Issue[] {
  const issues: Issue[] = [];
  const owners = new Map<string, number[]>();
  for (const o of [...f.parking, ...f.charger]) owners.set(o.feature.properties.id, [...(owners.get(o.feature.properties.id) ?? []), o.index]);
  const bayCount = new Map<number, number>();
  for (const b of f.parkingBay) {
    const name = b.feature.properties.parking;
    const found = owners.get(name) ?? [];
    if (found.length === 1) bayCount.set(found[0], (bayCount.get(found[0]) ?? 0) + 1);
    else {
      const expected = found.length === 0 ? 'the id of a parking or charger feature' : `the id of one parking or charger feature (${found.map((i) => featurePath(i)).join(' and ')} both have it)`;
      issues.push({ path: featurePath(b.index, 'properties', 'parking'), expected, got: describeValue(name) });
    }
  }
  for (const p of f.parking) {
    const n = bayCount.get(p.index) ?? 0;
    const capacity = p.feature.properties.capacity;
    if (n > 0 && n !== capacity) issues.push({ path: featurePath(p.index), expected: `exactly ${capacity} parkingBay features naming it (its capacity), or none`, got: `${n}` });
  }
  for (const c of f.charger) {
    const n = bayCount.get(c.index) ?? 0;
    const plugs = c.feature.properties.plugs;
    if (n > 0 && n < plugs) issues.push({ path: featurePath(c.index), expected: `at least ${plugs} parkingBay features naming it (one per plug; more are queue places), or none`, got: `${n}` });
  }
  return issues;
}
