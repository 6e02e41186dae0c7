import { describe, expect, it } from 'vitest';
import type { MetricFeature } from './design/terminalDesign';
import { buildLayout } from './loadLayout';
import { smallTerminal, smallTerminalFeatures } from './testing/smallTerminal';

// Feature indexes in testing/smallTerminal.ts: 3 QC1, 4 TL1, 6 Y1, 8 HL-LAND, 13 CH1, 14 P1.
type Json = { features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[] };

/** The small terminal as a file would hold it, after `edit`. */
function fileWith(edit: (fc: Json) => void): unknown {
  const fc = smallTerminal() as unknown as Json;
  edit(fc);
  return fc;
}

/** The small terminal drawn with some features changed or added (in metres). */
function drawnWith(edit: (features: MetricFeature[]) => void): unknown {
  const features = smallTerminalFeatures();
  edit(features);
  return smallTerminal({ features });
}

const issuesOf = (input: unknown) => {
  const { layout, issues } = buildLayout(input, 'bad.layout.geojson');
  expect(layout).toBeNull();
  return issues;
};

describe('buildLayout on the small terminal', () => {
  it('accepts it whole', () => {
    const { layout, issues } = buildLayout(smallTerminal(), 'small.layout.geojson');
    expect(issues).toEqual([]);
    expect(layout?.file).toBe('small.layout.geojson');
    expect(layout?.keyPoints.map((k) => k.id)).toEqual(['transfer:QC1', 'handover:Y1:sea', 'handover:Y1:land', 'unlocking:U1', 'charger:CH1', 'parking:P1', 'gate:GI', 'gate:GO']);
  });
});

describe('buildLayout reports bad input as issues, never throwing', () => {
  it('names an unknown kind with the kinds it knows', () => {
    expect(issuesOf(fileWith((fc) => (fc.features[13].properties.kind = 'chargingStation')))).toEqual([
      {
        path: '$.features[13].properties.kind',
        expected:
          'one of "quay", "berth", "quayCraneRail", "quayCrane", "transferLane", "unlockingStation", "yardBlock", "handoverLane", "charger", "parking", "parkingBay", "gateLane", "lane"',
        got: 'string "chargingStation"',
      },
    ]);
  });

  it('rejects an unknown property', () => {
    expect(issuesOf(fileWith((fc) => (fc.features[13].properties.colour = 'red')))).toEqual([
      { path: '$.features[13].properties.colour', expected: 'no such key (unknown keys are errors)', got: 'key "colour"' },
    ]);
  });

  it('rejects wrong types and counts that are not whole and positive', () => {
    expect(issuesOf(fileWith((fc) => (fc.features[13].properties.plugs = '2')))).toEqual([
      { path: '$.features[13].properties.plugs', expected: 'a number', got: 'string "2"' },
    ]);
    expect(issuesOf(fileWith((fc) => (fc.features[6].properties.bays = 0)))).toEqual([
      { path: '$.features[6].properties.bays', expected: 'a number ≥ 1', got: '0' },
    ]);
    expect(issuesOf(fileWith((fc) => (fc.features[14].properties.capacity = 2.5)))).toEqual([
      { path: '$.features[14].properties.capacity', expected: 'an integer', got: '2.5' },
    ]);
    expect(issuesOf(fileWith((fc) => (fc.features[4].geometry.coordinates = [[117.79, 38.98]])))).toEqual([
      { path: '$.features[4].geometry.coordinates', expected: 'an array with ≥ 2 items', got: 'an array of 1' },
    ]);
  });

  it('reports the envelope and every broken feature at once', () => {
    expect(issuesOf({ type: 'FeatureCollection', features: [3, { properties: 2 }], name: 'x' })).toEqual([
      { path: '$.name', expected: 'no such key (unknown keys are errors)', got: 'key "name"' },
      { path: '$.features[0]', expected: 'a Feature object', got: '3' },
      { path: '$.features[1].properties', expected: 'an object with a "kind"', got: '2' },
    ]);
    expect(issuesOf(null)).toEqual([{ path: '$', expected: 'an object', got: 'null' }]);
  });

  it('reports a missing crane reference, and the crane left without a transfer lane', () => {
    expect(issuesOf(fileWith((fc) => (fc.features[4].properties.crane = 'QC9')))).toEqual([
      { path: '$.features[4].properties.crane', expected: 'the id of a quayCrane feature', got: 'string "QC9"' },
      { path: '$.features[3]', expected: 'exactly one transferLane with crane "QC1", or one transferLane without "crane" that all cranes share', got: 'none' },
    ]);
  });

  it('reports a point too far from every lane and a crane off its rail together', () => {
    const input = drawnWith((fs) => {
      fs[13].geometry = { type: 'Point', coordinates: [120, 40] };
      fs[3].geometry = { type: 'Point', coordinates: [50, 12] };
    });
    expect(issuesOf(input)).toEqual([
      { path: '$.features[3].geometry.coordinates', expected: 'a point within 5 m of a quayCraneRail', got: '9.0 m from the nearest' },
      { path: '$.features[13].geometry.coordinates', expected: 'a point within 15 m of a lane', got: '40.0 m from the nearest lane' },
    ]);
  });

  it('reports a duplicate id and a second quay', () => {
    const input = drawnWith((fs) => {
      fs.push({ ...fs[13], geometry: { type: 'Point', coordinates: [75, 40] } }); // west of R1: its synthesised bays clear CH1's
      fs.push(fs[0]);
    });
    expect(issuesOf(input)).toEqual([
      { path: '$.features[19]', expected: 'the only feature of kind "quay" (the first is $.features[0])', got: 'a second quay' },
      { path: '$.features[18].properties.id', expected: 'an id unique among "charger" features (also used by $.features[13])', got: 'string "CH1"' },
    ]);
  });

  it('checks block geometry against its handover lanes', () => {
    const skewed = drawnWith((fs) => (fs[6].geometry = { type: 'Polygon', coordinates: [[[20, 62], [80, 62], [80, 72], [25, 72], [20, 62]]] }));
    expect(issuesOf(skewed)).toEqual([
      { path: '$.features[6].geometry.coordinates', expected: 'a rectangle (4 corners at right angles)', got: 'another shape' },
    ]);
    const reversed = drawnWith((fs) => (fs[8].geometry = { type: 'LineString', coordinates: [[20, 74], [80, 74]] }));
    expect(issuesOf(reversed)).toEqual([
      {
        path: '$.features[8].geometry.coordinates',
        expected: "a lane running the same way as its block's sea-side handover lane (bays count from that lane's start)",
        got: 'a lane running the opposite way',
      },
    ]);
  });

  it('reports a lane too short to be an edge, and builds nothing on it', () => {
    const input = drawnWith((fs) => (fs[8].geometry = { type: 'LineString', coordinates: [[80, 74], [79.8, 74]] }));
    expect(issuesOf(input)).toEqual([
      {
        path: '$.features[8].geometry.coordinates',
        expected: 'a lane at least 0.5 m long (vertices closer than 0.5 m are one node)',
        got: '0.20 m',
      },
    ]);
  });

  it('names a key point that can reach no other, once, with one example', () => {
    const input = drawnWith((fs) => {
      fs.push({ properties: { kind: 'lane', id: 'DEAD-END' }, geometry: { type: 'LineString', coordinates: [[20, 20], [0, 0]] } });
      fs.push({ properties: { kind: 'parking', id: 'P9', capacity: 2 }, geometry: { type: 'Point', coordinates: [2, 4] } });
    });
    expect(issuesOf(input)).toEqual([
      { path: '$.features[19]', expected: 'a lane route from parking:P9 to transfer:QC1 (and 7 more key points)', got: 'no route' },
    ]);
  });

  it('names a key point no other can reach', () => {
    const input = drawnWith((fs) => {
      fs.push({ properties: { kind: 'lane', id: 'ON-RAMP' }, geometry: { type: 'LineString', coordinates: [[0, 0], [20, 20]] } });
      fs.push({ properties: { kind: 'parking', id: 'P8', capacity: 2 }, geometry: { type: 'Point', coordinates: [2, 4] } });
    });
    expect(issuesOf(input)).toEqual([
      { path: '$.features[19]', expected: 'a lane route from transfer:QC1 (and 7 more key points) to parking:P8', got: 'no route' },
    ]);
  });
});
