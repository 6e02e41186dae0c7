import { jsonPath, type Issue } from '../validation/issue';
import type { KeyPoint } from './layout';
import type { TravelTable } from './travelTable';

/**
 * Every key point must reach every other. Unreachable pairs are reported compactly: a greedy cover
 * picks the key point that explains most of the remaining pairs (as a source that reaches nothing,
 * or a target nothing reaches) and names it with one example, so a dead-end lane yields one line
 * rather than one per key point. Ties go to the earlier key point, sources before targets.
 */
export function reachabilityIssues(keyPoints: readonly KeyPoint[], travel: TravelTable): Issue[] {
  const n = keyPoints.length;
  const open = new Uint8Array(n * n);
  let remaining = 0;
  for (let k = 0; k < n * n; k++) {
    if (travel.distanceM[k] === Infinity) {
      open[k] = 1;
      remaining++;
    }
  }
  const issues: Issue[] = [];
  while (remaining > 0) {
    let best = { count: 0, point: 0, asSource: true };
    for (let p = 0; p < n; p++) {
      let out = 0;
      let into = 0;
      for (let q = 0; q < n; q++) {
        out += open[p * n + q];
        into += open[q * n + p];
      }
      if (out > best.count) best = { count: out, point: p, asSource: true };
      if (into > best.count) best = { count: into, point: p, asSource: false };
    }
    const { point, asSource, count } = best;
    let example = -1;
    for (let q = 0; q < n; q++) {
      const k = asSource ? point * n + q : q * n + point;
      if (open[k] === 0) continue;
      if (example < 0) example = q;
      open[k] = 0;
    }
    remaining -= count;
    const more = count > 1 ? ` (and ${count - 1} more key point${count > 2 ? 's' : ''})` : '';
    const here = keyPoints[point].id;
    const there = keyPoints[example].id;
    issues.push({
      path: jsonPath(['features', keyPoints[point].feature]),
      expected: asSource ? `a lane route from ${here} to ${there}${more}` : `a lane route from ${there}${more} to ${here}`,
      got: 'no route',
    });
  }
  return issues;
}
