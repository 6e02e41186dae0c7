import { jsonPath, type Issue } from '../validation/issue';
import { attachBays } from './bays';
import { localFrame, type LocalFrame } from './geo';
import { collectKeyPoints } from './keyPoints';
import { buildLaneGraph, type LaneInput, type LaneKind } from './laneGraph';
import type { GateLane, Layout, PlacedPoint } from './layout';
import { positionAlongLane } from './lanePosition';
import { parseLayoutGeoJson, type FeaturesByKind } from './parseLayoutGeoJson';
import { metricLine, polylineLengthM } from './polyline';
import { placeQuayCranes } from './quayCranes';
import { reachabilityIssues } from './reachability';
import { referenceIssues } from './referenceChecks';
import { snapPoint } from './snappedPoints';
import { buildTravelTable } from './travelTable';
import { buildYardBlocks } from './yardBlocks';

/**
 * Reads a layout GeoJSON (docs/layout-format.md) into metres. Never throws on bad input: it reports
 * every problem it can find, the file's shape first and, once that holds, references, geometry,
 * snapping and reachability together. `layout` is non-null exactly when `issues` is empty.
 * `file` is only recorded, for provenance.
 */
export function buildLayout(geojson: unknown, file: string): { layout: Layout | null; issues: Issue[] } {
  const parsed = parseLayoutGeoJson(geojson);
  if (parsed.issues.length > 0) return { layout: null, issues: parsed.issues };
  const f = parsed.byKind;
  const issues = referenceIssues(f);
  const frame = localFrame(originOf(f));
  const far = extentIssues(f, frame);
  // one point a continent away makes every drive absurd: stop before building roads on it
  if (far.length > 0) return { layout: null, issues: [...issues, ...far] };
  const line = (c: readonly (readonly number[])[]) => metricLine(frame, c);

  const { graph, lanes } = buildLaneGraph(laneInputs(f, frame));
  for (const lane of lanes) {
    if (lane.edges.length > 0) continue;
    issues.push({
      path: jsonPath(['features', lane.feature, 'geometry', 'coordinates']),
      expected: 'a lane at least 0.5 m long (vertices closer than 0.5 m are one node)',
      got: `${polylineLengthM(lane.line).toFixed(2)} m`,
    });
  }
  const laneByFeature = new Map(lanes.map((l, i) => [l.feature, i]));
  const onlyLane = (found: { index: number }[]) => (found.length === 1 ? laneByFeature.get(found[0].index)! : -1);
  const sharedTransfer = f.transferLane.filter((t) => t.feature.properties.crane === undefined);
  const transferLaneOf = (crane: string) => {
    const own = f.transferLane.filter((t) => t.feature.properties.crane === crane);
    return onlyLane(own.length > 0 ? own : sharedTransfer);
  };
  const handoverLaneOf = (block: string, side: 'sea' | 'land') =>
    onlyLane(f.handoverLane.filter((h) => h.feature.properties.block === block && h.feature.properties.side === side));

  const rails = f.quayCraneRail.map((r) => ({ id: r.feature.properties.id, line: line(r.feature.geometry.coordinates) }));
  const railLines = rails.map((r) => r.line);
  const quayCranes = placeQuayCranes(f.quayCrane, frame, railLines, transferLaneOf, graph, lanes, issues);
  const blocks = buildYardBlocks(f.yardBlock, frame, handoverLaneOf, lanes, issues);
  const snap = (index: number, feature: { properties: { id: string }; geometry: { coordinates: [number, number] } }) =>
    snapPoint(index, feature.properties.id, feature.geometry.coordinates, frame, graph, issues);
  const unlockingStations: PlacedPoint[] = f.unlockingStation.flatMap(({ index, feature }) => snap(index, feature) ?? []);
  const chargerPoints = f.charger.flatMap(({ index, feature }) => {
    const p = snap(index, feature);
    return p === null ? [] : [{ ...p, plugs: feature.properties.plugs }];
  });
  const parkingPoints = f.parking.flatMap(({ index, feature }) => {
    const p = snap(index, feature);
    return p === null ? [] : [{ ...p, capacity: feature.properties.capacity }];
  });
  const { chargers, parkings } = attachBays(f.parkingBay, chargerPoints, parkingPoints, frame, graph, issues);
  const gateLanes: GateLane[] = f.gateLane.flatMap(({ index, feature }) => {
    const lane = laneByFeature.get(index)!;
    if (lanes[lane].edges.length === 0) return [];
    const at = positionAlongLane(graph, lanes[lane], lanes[lane].lengthM / 2);
    return [{ id: feature.properties.id, feature: index, direction: feature.properties.direction, lane, at }];
  });

  const parts = { quayCranes, blocks, unlockingStations, chargers, parkings, gateLanes };
  const keyPoints = collectKeyPoints(graph, lanes, parts);
  const travel = buildTravelTable(graph, keyPoints);
  issues.push(...reachabilityIssues(keyPoints, travel));
  if (issues.length > 0) return { layout: null, issues };

  const quay = f.quay[0].feature;
  const layout: Layout = {
    file,
    originLonLat: frame.originLonLat,
    quay: { id: quay.properties.id, line: line(quay.geometry.coordinates) },
    berths: f.berth.map(({ feature }) => {
      const l = line(feature.geometry.coordinates);
      return { id: feature.properties.id, line: l, lengthM: polylineLengthM(l) };
    }),
    quayCraneRails: rails,
    sharedTransferLane: sharedTransfer.length === 1 ? (laneByFeature.get(sharedTransfer[0].index) ?? -1) : -1,
    ...parts,
    lanes,
    graph,
    keyPoints,
    travel,
  };
  return { layout, issues: [] };
}

/** How far from the quay's first point a layout may reach: a terminal, with its gate roads, is a few km across. */
export const MAX_EXTENT_M = 20_000;

/** Each feature with a point farther than MAX_EXTENT_M from the origin, once, with the farthest point. */
function extentIssues(f: FeaturesByKind, frame: LocalFrame): Issue[] {
  const issues: { index: number; issue: Issue }[] = [];
  for (const list of Object.values(f)) {
    for (const { index, feature } of list) {
      const g = feature.geometry;
      const points: readonly (readonly number[])[] = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates[0];
      let farthest = 0;
      for (const p of points) farthest = Math.max(farthest, Math.hypot(...frame.toMetres(p)));
      if (farthest > MAX_EXTENT_M)
        issues.push({ index, issue: { path: jsonPath(['features', index, 'geometry', 'coordinates']), expected: `points within ${MAX_EXTENT_M / 1000} km of the quay's first point (a terminal)`, got: `a point ${(farthest / 1000).toFixed(0)} km away` } });
    }
  }
  return issues.sort((a, b) => a.index - b.index).map((x) => x.issue);
}

/** The quay's first point; without a quay (already an issue) any point keeps the other checks going. */
function originOf(f: FeaturesByKind): readonly number[] {
  if (f.quay.length > 0) return f.quay[0].feature.geometry.coordinates[0];
  for (const list of Object.values(f)) {
    for (const { feature } of list) {
      const g = feature.geometry;
      if (g.type === 'Point') return g.coordinates;
      if (g.type === 'LineString') return g.coordinates[0];
      return g.coordinates[0][0];
    }
  }
  return [0, 0];
}

const laneKinds: LaneKind[] = ['lane', 'transferLane', 'handoverLane', 'gateLane'];

/** Every lane-like feature, in file order: that order fixes node and edge numbering. */
function laneInputs(f: FeaturesByKind, frame: LocalFrame): LaneInput[] {
  const inputs = laneKinds.flatMap((kind) =>
    f[kind].map(({ index, feature }) => ({
      id: feature.properties.id,
      kind,
      feature: index,
      twoWay: 'twoWay' in feature.properties && feature.properties.twoWay === true,
      line: metricLine(frame, feature.geometry.coordinates),
    })),
  );
  return inputs.sort((a, b) => a.feature - b.feature);
}
