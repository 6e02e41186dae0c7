import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeLayout } from '../src/layout';
import { scenarioJsonSchema } from '../src/scenario/jsonSchema';
import { readScenarioFile } from '../src/scenario/readScenarioFile';
import { runCli } from './helpers/cli';

describe('bundled scenarios', () => {
  it('tianjin-c-section validates, is fully reachable and has the public counts', () => {
    const { scenario, layout } = readScenarioFile('scenarios/tianjin-c-section.json');
    const s = summarizeLayout(layout);
    expect({ berths: s.berths, quayCranes: s.quayCranes, blocks: s.blocks, yardCranes: s.blocks * scenario.yard.cranesPerBlock }).toEqual({
      berths: 3,
      quayCranes: 12,
      blocks: 21,
      yardCranes: 42,
    });
    expect(scenario.vehicles.count).toBe(92);
    const quay = layout.berths.reduce((sum, b) => sum + b.lengthM, 0);
    expect(quay).toBeGreaterThan(1050);
    expect(quay).toBeLessThan(1150);
    // placed at the real terminal, near 117.79° E, 38.98° N
    expect(Math.abs(layout.originLonLat[0] - 117.79)).toBeLessThan(0.03);
    expect(Math.abs(layout.originLonLat[1] - 38.98)).toBeLessThan(0.03);
    // every key point reaches every other
    const n = layout.travel.ids.length;
    for (let i = 0; i < n * n; i++) expect(Number.isFinite(layout.travel.distanceM[i])).toBe(true);
  });

  it('demo-small validates with 1 berth, 3 cranes, 2 blocks and 12 vehicles', () => {
    const { scenario, layout } = readScenarioFile('scenarios/demo-small.json');
    const s = summarizeLayout(layout);
    expect([s.berths, s.quayCranes, s.blocks, scenario.vehicles.count]).toEqual([1, 3, 2, 12]);
  });

  it('gives every assumed figure of tianjin-c-section a note', () => {
    const raw = JSON.parse(readFileSync('scenarios/tianjin-c-section.json', 'utf8'));
    const bare: string[] = [];
    // Figures that must document themselves: every number and distribution in these sections.
    for (const section of ['quayCranes', 'unlocking', 'vehicles', 'battery', 'charging', 'yard']) {
      for (const [key, value] of Object.entries(raw[section])) {
        if (typeof value === 'number') bare.push(`${section}.${key}`);
        if (value && typeof value === 'object' && !Array.isArray(value) && !('note' in value)) bare.push(`${section}.${key}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('ships the JSON Schema generated from the validating schema', () => {
    const shipped = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('inspect prints the counts of tianjin-c-section', async () => {
    const r = await runCli(['inspect', 'scenarios/tianjin-c-section.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('yard cranes    42 (2 per block)');
    expect(r.out).toContain('yard slots     50400');
    expect(r.out).toContain('key points     79, all mutually reachable'); // 3 unlocking stations, 4 parkings
  });
});
