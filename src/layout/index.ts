// The layout module's public face: read a layout file into metres, route on its lanes, interpolate drives.
export { buildLayout } from './loadLayout';
export { summarizeLayout, type LayoutSummary } from './summarizeLayout';
export type { Layout, Berth, QuayCrane, YardBlock, PlacedPoint, ParkingBay, GateLane, KeyPoint, KeyPointKind } from './layout';
export type { Lane, LaneGraph, LaneKind, LanePosition } from './laneGraph';
export { localFrame, type LocalFrame, type LonLat, type Metres } from './geo';
export { handoverPosition } from './handover';
export { route, routeWith, laneDistance, type Route, type RouteSpans, type NodeSearch } from './route';
export { lanePoint, projectOntoEdges, positionAlongLane } from './lanePosition';
export { travelTableFrom, type TravelTable } from './travelTable';
export { createPathFinder, searchFrom } from './pathFinder';
export { positionAt, driveAlong, cumulativeLengths, type Drive, type Pose } from './drive';
export { polylineLengthM } from './polyline';
