import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { microScenario } from '../terminal/testing/microTerminal';
import { resultsCsv, resultsJson, type ExportedResults } from './exportResults';

describe('the exported results', () => {
  const { result } = runSimulation(microScenario(2, 40), { seed: 3 });
  const exported: ExportedResults = { ...result, scenario: 'micro', strategy: 'fcfs', seed: 3, timeS: 7200, durationS: 7200, finished: true };
  const rows = csvParse(resultsCsv(exported));
  const json = JSON.parse(resultsJson(exported)) as ExportedResults;

  it('has the hourly series in the CSV, the same figures as the JSON, hour by hour', () => {
    const hours = json.series.startS;
    expect(hours.length).toBeGreaterThan(0);
    const rate = rows.filter((r) => r.scope === 'hour' && r.kpi === 'craneRate');
    expect(rate.map((r) => Number(r.name))).toEqual(hours);
    expect(rate.map((r) => (r.value === '' ? null : Number(r.value)))).toEqual(json.series.craneRate);
    // state shares flatten as the terminal-wide ones do
    const idle = rows.filter((r) => r.scope === 'hour' && r.kpi === 'share.idle');
    expect(idle.map((r) => (r.value === '' ? null : Number(r.value)))).toEqual(json.series.vehicleStateShares.idle);
    expect(rows.some((r) => r.scope === 'terminal' && r.kpi === 'share.idle')).toBe(true);
  });

  it('has a row per hour for every hourly KPI, and nothing but numbers or blanks as values', () => {
    const hourly = rows.filter((r) => r.scope === 'hour');
    const kpis = new Set(hourly.map((r) => r.kpi));
    expect(kpis.has('startS')).toBe(false);
    expect(hourly.length).toBe(kpis.size * json.series.startS.length);
    expect(hourly.filter((r) => r.value !== '' && !Number.isFinite(Number(r.value)))).toEqual([]);
  });
});
