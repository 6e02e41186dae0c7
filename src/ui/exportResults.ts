import { csvFormat } from 'd3';
import type { KpiResult } from '../kpi/computeKpis';
import type { Kpis, KpiSeries } from '../kpi/kpis';

/** What the app exports: the KPIs as of `timeS` with what produced them. */
export interface ExportedResults extends KpiResult {
  scenario: string;
  strategy: string;
  seed: number;
  timeS: number;
  durationS: number;
  finished: boolean;
}

export const resultsJson = (r: ExportedResults): string => `${JSON.stringify(r, null, 2)}\n`;

/**
 * One row per figure, long format (scope, name, kpi, value), so a spreadsheet or d3.csvParse reads
 * terminal-wide, per-crane, per-call and hourly figures alike; vehicle state shares flatten to
 * `share.STATE`. An hourly figure's scope is `hour` and its name the hour's start in simulated
 * seconds (the JSON's `series.startS`).
 */
export function resultsCsv(r: ExportedResults): string {
  const rows: { scope: string; name: string; kpi: string; value: number | string | null }[] = [];
  const head = { scenario: r.scenario, strategy: r.strategy, seed: r.seed, timeS: r.timeS };
  for (const [kpi, value] of flatKpis(r.kpis)) rows.push({ scope: 'terminal', name: '', kpi, value });
  for (const c of r.perCrane) for (const [kpi, value] of Object.entries(c)) if (kpi !== 'crane') rows.push({ scope: 'quayCrane', name: c.crane, kpi, value: value as number | null });
  for (const c of r.perCall) {
    for (const [kpi, value] of Object.entries(c)) {
      if (kpi === 'call') continue;
      rows.push({ scope: 'vesselCall', name: c.call, kpi, value: Array.isArray(value) ? value.join(' ') : (value as number | null) });
    }
  }
  for (const z of r.traffic?.worstZones ?? []) rows.push({ scope: 'trafficZone', name: z.name, kpi: 'waitH', value: z.waitH });
  for (const [kpi, values] of flatSeries(r.series)) {
    r.series.startS.forEach((startS, k) => rows.push({ scope: 'hour', name: String(startS), kpi, value: values[k] ?? null }));
  }
  return `${csvFormat(rows.map((row) => ({ ...head, ...row, value: row.value ?? '' })), ['scenario', 'strategy', 'seed', 'timeS', 'scope', 'name', 'kpi', 'value'])}\n`;
}

function flatKpis(k: Kpis): [string, number | null][] {
  return Object.entries(k).flatMap(([key, value]): [string, number | null][] =>
    typeof value === 'object' && value !== null ? Object.entries(value).map(([s, v]) => [`share.${s}`, v as number | null]) : [[key, value as number | null]],
  );
}

/** Each hourly series by KPI name, vehicle state shares as `share.STATE` (as flatKpis names them). */
function flatSeries(series: KpiSeries): [string, ArrayLike<number | null>][] {
  return Object.entries(series).flatMap(([key, value]): [string, ArrayLike<number | null>][] => {
    if (key === 'startS') return [];
    return Array.isArray(value) ? [[key, value]] : Object.entries(value as Record<string, (number | null)[]>).map(([s, v]) => [`share.${s}`, v]);
  });
}

/** Offers `text` as a file download. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
