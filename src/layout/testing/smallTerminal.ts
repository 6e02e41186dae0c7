import type { LonLat } from '../geo';
import { toGeoJson, type GeoJsonFeatureCollection } from '../design/geoJsonOutput';
import type { MetricFeature } from '../design/terminalDesign';
import type { Xy } from '../design/straightLane';

/**
 * A hand-drawn terminal for tests, small enough to compute routes by hand (metres, x east, y north):
 *
 *      (20,74) ◄──── HL-LAND ──── (80,74)        block Y1: x 20..80, y 62..72, 10 bays × 4 rows × 3 tiers
 *        │R3                        ▲R4
 *      (20,60) ◄──── HL-SEA ───── (80,60)        both handover lanes run west: bay 0 is at the east end
 *        │R2                        ▲R1 · CH1 at (90,40) snaps to (80,40)
 *  P1 ⇄ (20,20) ───── TL1 ──────► (80,20)        QC1 at (50,3) on the rail; its transfer point is (50,20)
 *  (0,20)  SPUR, two-way; P1 at (5,25) snaps to (5,20)     U1 (unlocking) at (75,30) snaps to (80,30) on R1
 *  (-10,20) ⇄ (0,20): gate lanes, GI in (east), GO out (west): a loop that adds no shortcut
 *  ════════════ quay y = 0, water below ═══════
 */
export const SMALL_ORIGIN: LonLat = [117.79, 38.98];

const line = (...coordinates: Xy[]) => ({ type: 'LineString' as const, coordinates });
const point = (x: number, y: number) => ({ type: 'Point' as const, coordinates: [x, y] as Xy });
const f = (kind: string, id: string, props: Record<string, unknown>, geometry: MetricFeature['geometry']): MetricFeature => ({
  properties: { kind, id, ...props },
  geometry,
});

export function smallTerminalFeatures(): MetricFeature[] {
  return [
    f('quay', 'Q', {}, line([0, 0], [100, 0])), // 0
    f('berth', 'B1', {}, line([0, 0], [100, 0])), // 1
    f('quayCraneRail', 'R-SEA', {}, line([0, 3], [100, 3])), // 2
    f('quayCrane', 'QC1', { berth: 'B1' }, point(50, 3)), // 3
    f('transferLane', 'TL1', { crane: 'QC1' }, line([20, 20], [80, 20])), // 4
    f('lane', 'R1', {}, line([80, 20], [80, 60])), // 5
    f('yardBlock', 'Y1', { bays: 10, rows: 4, tiers: 3 }, { type: 'Polygon', coordinates: [[[20, 62], [80, 62], [80, 72], [20, 72], [20, 62]]] }), // 6
    f('handoverLane', 'HL-SEA', { block: 'Y1', side: 'sea' }, line([80, 60], [20, 60])), // 7
    f('handoverLane', 'HL-LAND', { block: 'Y1', side: 'land' }, line([80, 74], [20, 74])), // 8
    f('lane', 'R2', {}, line([20, 60], [20, 20])), // 9
    f('lane', 'R3', {}, line([20, 74], [20, 60])), // 10
    f('lane', 'R4', {}, line([80, 60], [80, 74])), // 11
    f('lane', 'SPUR', { twoWay: true }, line([20, 20], [0, 20])), // 12
    f('charger', 'CH1', { plugs: 2 }, point(90, 40)), // 13
    f('parking', 'P1', { capacity: 4 }, point(5, 25)), // 14
    f('unlockingStation', 'U1', {}, point(75, 30)), // 15
    f('gateLane', 'GI', { direction: 'in' }, line([-10, 20], [0, 20])), // 16
    f('gateLane', 'GO', { direction: 'out' }, line([0, 20], [-10, 20])), // 17
  ];
}

/**
 * The terminal as GeoJSON. Files hold lon/lat rounded to 7 decimals, which moves each vertex by up
 * to 6 mm; `round: false` keeps full precision, where turf's round trip is exact to ~1e-9 m.
 */
export function smallTerminal(options: { round?: boolean; features?: MetricFeature[] } = {}): GeoJsonFeatureCollection {
  return toGeoJson(options.features ?? smallTerminalFeatures(), SMALL_ORIGIN, options.round ?? true);
}
