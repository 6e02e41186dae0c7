import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutFiles } from './design/layoutFiles';
import { buildLayout } from './loadLayout';
import { distanceToPolylineM } from './polyline';
import { summarizeLayout } from './summarizeLayout';

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
const load = (file: string) => buildLayout(JSON.parse(read(file)), file);

describe('the committed layout files', () => {
  for (const { file, text } of layoutFiles()) {
    it(`${file} is what the generator writes (run: npx tsx src/layout/design/writeLayouts.ts)`, () => {
      expect(JSON.parse(read(file))).toEqual(JSON.parse(text()));
    });
  }
});

describe('the bays of the committed layouts', () => {
  for (const { file } of layoutFiles()) {
    const { layout } = load(file);
    const bays = [...layout!.parkings, ...layout!.chargers].flatMap((p) => p.bays.map((b) => ({ ...b, of: p.id })));

    it(`${file}: every parking has its capacity in bays, every charger its plugs and more, all drawn in the file`, () => {
      expect(layout!.parkings.every((p) => p.bays.length === p.capacity)).toBe(true);
      expect(layout!.chargers.every((c) => c.bays.length >= c.plugs)).toBe(true);
      const drawn = JSON.parse(read(file)).features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'parkingBay');
      expect(drawn.length).toBe(bays.length); // none synthesised
    });

    it(`${file}: no two bays closer than 3.5 m, of the same parking or charger or not`, () => {
      const close = bays.flatMap((a, i) => bays.slice(0, i).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 3.5).map((b) => `${a.of} ${b.of}`));
      expect(close).toEqual([]);
    });

    it(`${file}: every bay off the road, at least 3 m from every lane's centreline`, () => {
      const onRoad = bays.filter((b) => layout!.lanes.some((l) => distanceToPolylineM(l.line, b.x, b.y) < 3)).map((b) => b.of);
      expect(onRoad).toEqual([]);
    });
  }
});

describe('Tianjin C-section', () => {
  const { layout, issues } = load('scenarios/tianjin-c-section.layout.geojson');

  it('loads without issues: every key point reaches every other', () => {
    expect(issues).toEqual([]);
    expect(layout!.travel.distanceM.every((d) => Number.isFinite(d))).toBe(true);
  });

  it('has the terminal’s counts', () => {
    expect(summarizeLayout(layout!)).toEqual({
      berths: 3,
      quayCranes: 12,
      blocks: 21,
      slots: 50_400, // 21 × 48 bays × 10 rows × 5 tiers
      chargers: 8,
      plugs: 32,
      parkings: 4,
      gateLanes: 10,
      lanes: 163, // with one transfer lane along the quay and its 17 entry and 18 exit ramps
      graphNodes: 354,
      graphEdges: 559,
      keyPoints: 79, // 12 transfer + 42 handover + 3 unlocking + 8 chargers + 4 parkings + 10 gate lanes
    });
    expect(layout!.gateLanes.filter((g) => g.direction === 'in').length).toBe(6);
    expect(layout!.parkings.map((p) => p.capacity)).toEqual([100, 100, 100, 100]); // room for a fleet of 400
  });

  // Coordinates are stored to 7 decimals, ≤ 6 mm per vertex: hence centimetre tolerances below.
  it('has 1,100 m of quay in three equal berths, water to the south', () => {
    expect(layout!.berths.map((b) => Math.abs(b.lengthM - 1100 / 3) < 0.02)).toEqual([true, true, true]);
    expect(layout!.quayCranes.every((c) => c.y > 0 && c.y < 5)).toBe(true);
    expect(layout!.blocks.every((b) => b.bayAxis.startY > 60)).toBe(true);
  });

  it('stops vehicles under each crane, and lays bays of 6.5 m and rows of 2.8 m', () => {
    for (const c of layout!.quayCranes) {
      const k = layout!.keyPoints.find((p) => p.id === `transfer:${c.id}`)!;
      expect(Math.abs(k.x - c.x)).toBeLessThan(0.02);
      expect(Math.abs(k.y - 18)).toBeLessThan(0.02);
    }
    for (const b of layout!.blocks) {
      expect(Math.abs(b.bayAxis.bayLengthM - 6.5)).toBeLessThan(0.001);
      expect(Math.abs(b.rowAxis.rowWidthM - 2.8)).toBeLessThan(0.001);
      expect(b.bayAxis.dirX).toBeCloseTo(1, 6); // bays count eastward, with the handover lanes
    }
  });
});

describe('demo-small', () => {
  it('loads without issues and has the small terminal’s counts', () => {
    const { layout, issues } = load('scenarios/demo-small.layout.geojson');
    expect(issues).toEqual([]);
    expect(summarizeLayout(layout!)).toMatchObject({
      berths: 1,
      quayCranes: 3,
      blocks: 2,
      slots: 2_400, // 2 × 30 bays × 8 rows × 5 tiers
      chargers: 2,
      plugs: 4,
      parkings: 1,
      gateLanes: 2,
      keyPoints: 13,
    });
    expect(Math.abs(layout!.berths[0].lengthM - 350)).toBeLessThan(0.02);
    expect(layout!.parkings[0].capacity).toBeGreaterThanOrEqual(24); // test/liveness's largest fleet
  });
});
