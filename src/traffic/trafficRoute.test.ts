import { describe, expect, it } from 'vitest';
import { ReservationTable } from './reservations';
import { handNetwork, lane } from './testing/lanes';
import { trafficAwareRoute } from './trafficRoute';

/*
 * Two ways east from S (0, 0) to T (200, 0): straight along the low road (200 m), or up, along the
 * high road and down again (20 + 200 + 20 = 240 m). Both one-way.
 */
function twoRoads() {
  return handNetwork([
    lane('LOW', false, -50, 0, 0, 0, 200, 0, 250, 0),
    lane('UP', false, 0, 0, 0, 20),
    lane('HIGH', false, 0, 20, 200, 20),
    lane('DOWN', false, 200, 20, 200, 0),
  ]);
}

describe('routing aware of traffic', () => {
  it('takes the short road when it is free, the long one when the short one is held up, and the short again once it clears', () => {
    const h = twoRoads();
    const table = new ReservationTable(h.net.resourceCount);
    const from = h.positionOf(['LOW', -40, 0]);
    const to = h.positionOf(['LOW', 240, 0]);
    const viaHigh = (r: ReturnType<typeof trafficAwareRoute>) => Array.from(r!.points).some((y, k) => k % 2 === 1 && y === 20);
    const free = trafficAwareRoute(h.graph, h.net, table, from, to, 5, 20, 0, 0);
    expect(viaHigh(free)).toBe(false);
    expect(free!.lengthM).toBeCloseTo(280, 9);
    // another vehicle holds the middle of the low road for ten minutes
    const middle = h.resourceAt(h.edgeFrom('LOW', 0, 0), 100);
    table.reserve(middle, 0, 600, 1);
    const around = trafficAwareRoute(h.graph, h.net, table, from, to, 5, 20, 0, 0);
    expect(viaHigh(around)).toBe(true);
    // the route's length is the lanes driven (40 m more), not the time it expects in metres
    expect(around!.lengthM).toBeCloseTo(320, 9);
    const spans = around!.spans;
    let sum = 0;
    for (let k = 0; k < spans.edges.length; k++) sum += spans.toM[k] - spans.fromM[k];
    expect(sum).toBeCloseTo(320, 9);
    // leaving after the hold ends, the short road is the quicker again
    const later = trafficAwareRoute(h.graph, h.net, table, from, to, 5, 20, 0, 600);
    expect(viaHigh(later)).toBe(false);
  });
});
