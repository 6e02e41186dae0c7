import { describe, expect, it } from 'vitest';
import type { MetricFeature } from './design/terminalDesign';
import { buildLayout } from './loadLayout';
import { smallTerminal, smallTerminalFeatures } from './testing/smallTerminal';

// Feature indexes in testing/smallTerminal.ts: 13 CH1 (2 plugs, at (90,40) beside R1), 14 P1 (capacity 4, at (5,25) beside SPUR).
const bay = (parking: string, x: number, y: number, headingDeg = -90): MetricFeature => ({
  properties: { kind: 'parkingBay', id: `${parking}-${x}-${y}`, parking, headingDeg },
  geometry: { type: 'Point', coordinates: [x, y] },
});
/** P1's 4 bays in a row north of the spur, 4 m apart: a valid set. */
const p1Bays = () => [bay('P1', 2, 32), bay('P1', 6, 32), bay('P1', 10, 32), bay('P1', 14, 32)];

/** The small terminal with features added (unrounded, so distances in messages are exact). */
function load(...extra: MetricFeature[]) {
  return buildLayout(smallTerminal({ features: [...smallTerminalFeatures(), ...extra], round: false }), 'bays.layout.geojson');
}
const issuesOf = (...extra: MetricFeature[]) => {
  const { layout, issues } = load(...extra);
  expect(layout).toBeNull();
  return issues;
};

describe('parkingBay features', () => {
  it('are kept per parking or charger in file order, in metres, facing counter-clockwise from east', () => {
    const { layout, issues } = load(...p1Bays(), bay('CH1', 93, 36, 0), bay('CH1', 93, 44, 270), bay('CH1', 93, 52, -180));
    expect(issues).toEqual([]);
    const p1 = layout!.parkings[0].bays;
    expect(p1.map((b) => [b.x, b.y].map((v) => Math.round(v * 1000) / 1000))).toEqual([[2, 32], [6, 32], [10, 32], [14, 32]]);
    expect(p1.every((b) => b.headingRad === -Math.PI / 2)).toBe(true);
    expect(layout!.chargers[0].bays.map((b) => b.headingRad)).toEqual([0, -Math.PI / 2, Math.PI]);
  });

  it('must name a parking or charger, and only one of them', () => {
    const twin = { properties: { kind: 'parking', id: 'CH1', capacity: 1 }, geometry: { type: 'Point' as const, coordinates: [85, 50] as [number, number] } };
    expect(issuesOf(bay('P9', 2, 32), twin, bay('CH1', 93, 36))).toEqual([
      { path: '$.features[18].properties.parking', expected: 'the id of a parking or charger feature', got: 'string "P9"' },
      { path: '$.features[20].properties.parking', expected: 'the id of one parking or charger feature ($.features[19] and $.features[13] both have it)', got: 'string "CH1"' },
    ]);
  });

  it('of a parking number exactly its capacity, of a charger at least its plugs', () => {
    expect(issuesOf(...p1Bays().slice(1), bay('CH1', 93, 36))).toEqual([
      { path: '$.features[14]', expected: 'exactly 4 parkingBay features naming it (its capacity), or none', got: '3' },
      { path: '$.features[13]', expected: 'at least 2 parkingBay features naming it (one per plug; more are queue places), or none', got: '1' },
    ]);
    expect(issuesOf(...p1Bays(), bay('P1', 18, 32))[0]).toMatchObject({ path: '$.features[14]', got: '5' });
  });

  it('must keep 3.5 m apart: the overlap names both bays', () => {
    const bays = p1Bays();
    bays[3].geometry = { type: 'Point', coordinates: [7.5, 34] };
    expect(issuesOf(...bays)).toEqual([
      { path: '$.features[21].geometry.coordinates', expected: 'a bay at least 3.5 m from every other bay', got: '2.50 m from the bay $.features[19]' },
    ]);
  });

  it('face a heading within one turn either way', () => {
    expect(issuesOf(bay('CH1', 93, 36, 400), bay('CH1', 93, 44))).toEqual([
      { path: '$.features[18].properties.headingDeg', expected: 'a number ≤ 360', got: '400' },
    ]);
  });
});

describe('a layout without parkingBay features (the format before bays)', () => {
  it('gets a row of bays beside each parking and charger: 4 m apart, 13 m off its lane on its side, facing the lane', () => {
    const { layout, issues } = buildLayout(smallTerminal({ round: false }), 'old.layout.geojson');
    expect(issues).toEqual([]);
    const rounded = (bays: { x: number; y: number; headingRad: number }[]) => bays.map((b) => [b.x, b.y, b.headingRad].map((v) => Math.round(v * 1e4) / 1e4));
    // P1 snaps to (5,20) on the spur, drawn westward; the point is north of it
    expect(rounded(layout!.parkings[0].bays)).toEqual([11, 7, 3, -1].map((x) => [x, 33, -1.5708]));
    // CH1 snaps to (80,40) on R1, drawn northward; the point is east of it: 2 plugs + 4 queue bays
    expect(rounded(layout!.chargers[0].bays)).toEqual([30, 34, 38, 42, 46, 50].map((y) => [93, y, 3.1416]));
    expect(layout!.chargers[0].bays[0].headingRad).toBe(Math.PI);
  });

  it('checks synthesised bays for overlap among themselves, once per pair of parkings', () => {
    const p2 = { properties: { kind: 'parking', id: 'P2', capacity: 4 }, geometry: { type: 'Point' as const, coordinates: [7, 25] as [number, number] } };
    expect(issuesOf(p2)).toEqual([
      {
        path: '$.features[18]',
        expected: 'synthesised bays (no parkingBay names it) at least 3.5 m from every other synthesised bay',
        got: "its bay 0 2.00 m from $.features[14]'s bay 0",
      },
    ]);
    // drawn bays for P1 take it out of the synthesised ones: its drawn row is not checked against P2's
    expect(load(p2, ...p1Bays()).issues).toEqual([]);
  });
});
