import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

describe('zhigang run', () => {
  it('prints the KPI tables of demo-small for a seeded day', async () => {
    const { code, out } = await runCli(['run', 'scenarios/demo-small.json', '--duration', '24h']);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 33).join('\n')).toMatchInlineSnapshot(`
      "Demo small terminal · strategy fcfs · seed 1 · 1 d (KPIs after a 1 h warm-up)

      KPI                           value      unit
      moves                           357     moves
      craneRate                     33.33   moves/h
      berthRate                         –   moves/h
      vesselTurnaroundH                 –         h
      berthWaitH                        –         h
      openCalls                         0     calls
      qcBound                       39.71   moves/h
      gapToQcBound                  16.1%
      qcWaitShare                   15.5%
      emptyTravelRatio              43.5%
      energyPerMoveKWh               3.27  kWh/move
      chargerUtilisation             0.0%
      chargerQueueMean               0.00  vehicles
      rehandlesPerRetrieval          0.53     boxes
      rehandlesPerExportRetrieval    0.00     boxes
      housekeepingMoves                 0     boxes
      rehandlesPerImportRetrieval    1.58     boxes
      yardOccupancy                 40.5%
      yardCraneUtilisation          15.2%
      yardCraneInterferenceShare     5.3%
      trafficDelayShare              3.1%
      externalTurnTimeMin            9.12       min
      truckTurnWithin60Share        96.5%
      vehicleStateShares.loaded      4.2%
      vehicleStateShares.empty       2.5%
      vehicleStateShares.waitQuay    7.3%
      vehicleStateShares.waitYard    2.8%
      vehicleStateShares.toCharger   0.0%
      vehicleStateShares.charging    0.0%
      vehicleStateShares.idle       83.3%"
    `);
  });

  it('prints JSON with KPIs, hourly series and provenance, and writes the trace as JSON lines', async () => {
    const trace = join(mkdtempSync(join(tmpdir(), 'zhigang-')), 'trace.jsonl');
    const { code, out } = await runCli(['run', 'scenarios/demo-small.json', '--duration', '6h', '--seed', '3', '--json', '--trace', trace]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.provenance).toMatchObject({ scenario: 'Demo small terminal', seed: 3, strategy: 'fcfs', durationS: 21600, warmUpS: 3600, version: '0.1.0' });
    expect(result.provenance.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.series.startS).toEqual([3600, 7200, 10800, 14400, 18000]);
    expect(result.series.moves.reduce((a: number, b: number) => a + b, 0)).toBe(result.kpis.moves);
    const lines = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ t: 1800, event: 'vesselArrival', call: 'D001', lengthM: 220 });
    expect(lines[1]).toMatchObject({ t: 1800, event: 'vesselBerth', call: 'D001', moves: 400, cranesWanted: 3 });
    // the cranes come to it along the rail, each to a run of its bays
    expect(lines.filter((l) => l.event === 'craneAssign' && l.call === 'D001').map((l) => l.crane)).toEqual(['QC01', 'QC02', 'QC03']);
    // every move after the warm-up is one handover in the trace (and there are some before it)
    const handovers = lines.filter((l) => l.event === 'craneHandover');
    expect(handovers.filter((l) => l.t >= 3600).length).toBeGreaterThanOrEqual(result.kpis.moves);
    expect(handovers.length).toBeGreaterThan(result.kpis.moves);
    // time never runs backwards in the trace
    expect(lines.every((l, i) => i === 0 || l.t >= lines[i - 1].t)).toBe(true);
  });

  it('prints where vehicles waited longest in traffic, as text and as JSON', async () => {
    // tianjin's first call is at work from about four hours in: waits counted from then
    const args = ['run', 'scenarios/tianjin-c-section.json', '--duration', '8h', '--warm-up', '4h'];
    const json = await runCli([...args, '--json']);
    expect(json.code).toBe(0);
    const zones: { name: string; waitH: number }[] = JSON.parse(json.out).traffic.worstZones;
    expect(zones).toHaveLength(5);
    for (const [k, z] of zones.entries()) {
      expect(Object.keys(z)).toEqual(['name', 'waitH']);
      expect(z.name).toMatch(/^(zone \S.*|\S+ \d+–\d+ m)$/);
      expect(z.waitH).toBeGreaterThan(0);
      if (k > 0) expect(z.waitH).toBeLessThanOrEqual(zones[k - 1].waitH);
    }
    const text = await runCli(args);
    const lines = text.out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('where vehicles waited longest (traffic)'));
    expect(lines[head]).toMatch(/hours waited$/);
    expect(lines.slice(head + 1, head + 6)).toEqual(zones.map((z) => expect.stringMatching(new RegExp(`^${z.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +${z.waitH.toFixed(2)}$`))));
    expect(lines[head + 6]).toBe('');
  });

  it('rejects a bad duration, seed or strategy with one line and exit code 2', async () => {
    expect(await runCli(['run', 'scenarios/demo-small.json', '--duration', 'soon'])).toMatchObject({
      code: 2,
      err: 'zhigang run: --duration expects a positive duration of at most 400 days, such as 24h, 7d, 90m or 3600 (seconds), got "soon"',
    });
    expect((await runCli(['run', 'scenarios/demo-small.json', '--duration', '100000d'])).err).toBe('zhigang run: --duration expects a positive duration of at most 400 days, such as 24h, 7d, 90m or 3600 (seconds), got "100000d"');
    expect((await runCli(['run', 'scenarios/demo-small.json', '--seed', '1.5'])).err).toBe('zhigang run: --seed expects a whole number from 0 to 4294967295, got "1.5"');
    expect(await runCli(['run', 'scenarios/demo-small.json', '--strategy', 'magic'])).toMatchObject({
      code: 2,
      err: 'zhigang run: --strategy: unknown strategy "magic" (have: fcfs, nearest, dedicated, pooled-lap, lookahead, dual-cycle, energy-aware, or a path to a module file such as ./my-strategy.js)',
    });
  });
});
