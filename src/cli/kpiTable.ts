import type { TrafficControl } from '../run/provenance';
import type { RunResult } from '../run/runSimulation';
import { quaySummary } from '../kpi/quaySummary';
import { formatDuration } from './duration';

const UNITS: Record<string, string> = {
  moves: 'moves',
  craneRate: 'moves/h',
  berthRate: 'moves/h',
  vesselTurnaroundH: 'h',
  berthWaitH: 'h',
  openCalls: 'calls',
  qcBound: 'moves/h',
  gapToQcBound: '',
  qcWaitShare: '',
  emptyTravelRatio: '',
  energyPerMoveKWh: 'kWh/move',
  chargerUtilisation: '',
  chargerQueueMean: 'vehicles',
  rehandlesPerRetrieval: 'boxes',
  rehandlesPerExportRetrieval: 'boxes',
  rehandlesPerImportRetrieval: 'boxes',
  housekeepingMoves: 'boxes',
  yardOccupancy: '',
  yardCraneUtilisation: '',
  yardCraneInterferenceShare: '',
  trafficDelayShare: '',
  externalTurnTimeMin: 'min',
  truckTurnWithin60Share: '',
};

const SHARES = new Set(['gapToQcBound', 'qcWaitShare', 'emptyTravelRatio', 'chargerUtilisation', 'yardOccupancy', 'yardCraneUtilisation', 'yardCraneInterferenceShare', 'trafficDelayShare', 'truckTurnWithin60Share']);

/** KPIs that count things: printed without decimals. */
const COUNTS = new Set(['moves', 'openCalls', 'housekeepingMoves']);

export const fmt = (v: number | null, digits = 1): string => (v === null ? '–' : v.toFixed(digits));
const pct = (v: number | null): string => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The run's KPIs as readable tables: terminal-wide, per quay crane and per vessel call. */
export function kpiTables(r: RunResult): string {
  const p = r.provenance;
  const head = `${p.scenario} · strategy ${p.strategy} · seed ${p.seed} · ${formatDuration(p.durationS)} (KPIs after a ${warmUpText(p)} warm-up)${roadText(p.traffic)}`;
  const rows: string[][] = [];
  for (const [key, value] of Object.entries(r.kpis)) {
    if (key === 'vehicleStateShares') continue;
    const v = value as number | null;
    rows.push([key, SHARES.has(key) ? pct(v) : fmt(v, COUNTS.has(key) ? 0 : 2), UNITS[key] ?? '']);
  }
  for (const [state, share] of Object.entries(r.kpis.vehicleStateShares)) rows.push([`vehicleStateShares.${state}`, pct(share), '']);
  const cranes = r.perCrane.map((c) => [c.crane, String(c.moves), fmt(c.craneRate), pct(c.gapToQcBound), pct(c.qcWaitShare)]);
  const calls = r.perCall.map((c) => [
    c.call,
    formatHours(c.arrivalS),
    c.berthS === null ? '–' : formatHours(c.berthS),
    c.departS === null ? '–' : formatHours(c.departS),
    c.cranes.join(' '),
    String(c.moves),
    fmt(c.craneRate),
    fmt(c.berthRate),
    c.departS === null ? `${fmt(c.inPortH)} in port, ${c.movesLeft} moves left` : fmt(c.vesselTurnaroundH),
  ]);
  // a warm-up as long as the run leaves nothing measured: say so rather than print a table of dashes
  const nothingMeasured = p.warmUpS >= p.durationS ? [`no KPIs: the warm-up (${formatDuration(p.warmUpS)}) is not shorter than the run; run longer (--duration) or give a shorter --warm-up`, ''] : [];
  return [
    head,
    '',
    ...nothingMeasured,
    table(['KPI', 'value', 'unit'], rows),
    '',
    table(['quay crane', 'moves', 'moves/h', 'gap to QC-bound', 'wait share'], cranes),
    '',
    table(['vessel call', 'arrival h', 'berth h', 'departure h', 'cranes', 'moves', 'crane rate', 'berth rate', 'turnaround h'], calls),
    '',
    quayLines(r),
    '',
    ...trafficLines(r),
    `${r.counts.events.toLocaleString('en-US')} events · ${r.counts.decisions.toLocaleString('en-US')} dispatch decisions · ${r.counts.containers.created.toLocaleString('en-US')} containers · ${r.counts.externalTrucks.toLocaleString('en-US')} external trucks · scenario ${p.scenarioHash.slice(0, 12)} · zhigang ${p.version}`,
  ].join('\n');
}

const formatHours = (s: number) => (s / 3600).toFixed(1);

/** With traffic control: the junction zones and cells of lane vehicles waited for longest, after the warm-up. */
function trafficLines(r: RunResult): string[] {
  if (r.traffic === null) return [];
  const zones = r.traffic.worstZones;
  if (zones.length === 0) return ['traffic: no vehicle waited for another on the road', ''];
  return [table(['where vehicles waited longest (traffic)', 'hours waited'], zones.map((z) => [z.name, z.waitH.toFixed(2)])), ''];
}

/** The quay summary (after the warm-up): cranes at work, cranes per call, berth rate by cranes, dual cycles, berth queue. */
function quayLines(r: RunResult): string {
  const q = quaySummary(r.berthPlan, r.perCall, r.series, r.provenance.warmUpS, r.perCrane.map((c) => c.crane));
  const byCranes = q.berthRateByCranes.map((g) => `${g.cranes} QC ${fmt(g.berthRate)} moves/h (${g.calls} call${g.calls === 1 ? '' : 's'})`).join(', ') || '– (no call departed)';
  const largest = q.largestCalls.map((c) => `${c.call} ${c.moves} moves with ${c.cranes} QC`).join(', ') || '–';
  return [
    `quay cranes that worked: ${q.cranesWorked} of ${q.cranes}`,
    `largest calls: ${largest}`,
    `berth rate by most cranes at once: ${byCranes}`,
    `dual cycles: ${q.dualCycleSaving === null ? 'none (dualCycling off)' : `${pct(q.dualCycleSaving)} fewer crane cycles than moves on the calls that dual-cycled`}`,
    `calls waiting for a berth (mean): ${fmt(q.callsWaitingFirstHalf, 2)} in the first half, ${fmt(q.callsWaitingSecondHalf, 2)} in the second`,
  ].join('\n');
}

/**
 * Said in a heading only when traffic was not modelled (--no-traffic, or a scenario's traffic.control
 * "off"): a result on the idealised road must not pass for one with vehicles sharing the road.
 */
export function roadText(traffic: TrafficControl): string {
  return traffic === 'off' ? ' · traffic off (idealised road)' : '';
}

/** `1 d`, or `38 h (MSER-5)`, or with a warning when the rule could not see the transient end. */
export function warmUpText(p: RunResult['provenance']): string {
  const shown = formatDuration(p.warmUpS);
  if (p.warmUp.rule !== 'mser-5') return shown;
  return p.warmUp.atLimit ? `${shown} (MSER-5, at its limit: the transient may not be over; run longer)` : `${shown} (MSER-5)`;
}
