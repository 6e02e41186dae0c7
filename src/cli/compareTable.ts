import type { ComparisonReport } from '../compare/comparison';
import { excludesZero, type Estimate } from '../compare/statistics';
import type { SweepReport } from '../compare/sweep';
import { formatDuration } from './duration';
import { roadText, table } from './kpiTable';

export const num = (e: Estimate | null, digits = 1) => (e === null ? '–' : e.halfWidth === null ? e.mean.toFixed(digits) : `${e.mean.toFixed(digits)} ± ${e.halfWidth.toFixed(digits)}`);
export const pct = (e: Estimate | null) => (e === null ? '–' : e.halfWidth === null ? `${(100 * e.mean).toFixed(1)}%` : `${(100 * e.mean).toFixed(1)} ± ${(100 * e.halfWidth).toFixed(1)}%`);
const share = (e: Estimate | null) => (e === null ? '–' : (100 * e.mean).toFixed(0));
export const signed = (e: Estimate | null) => {
  if (e === null) return '–';
  // a mean that rounds to zero reads as 0.00, not -0.00
  const mean = e.mean.toFixed(2) === '-0.00' ? '0.00' : e.mean.toFixed(2);
  const text = `${mean.startsWith('-') ? '' : '+'}${mean}${e.halfWidth === null ? '' : ` ± ${e.halfWidth.toFixed(2)}`}`;
  return excludesZero(e) ? `${text} *` : text;
};

/** The comparison as a table: one row per strategy, means ± 95% CI half-widths over the seeds. */
export function comparisonTable(r: ComparisonReport): string {
  const head = `${r.scenario} · ${formatDuration(r.durationS)} per run (KPIs after a ${formatDuration(r.warmUpS)} warm-up)${roadText(r.traffic)} · seeds ${r.seeds.join(',')} · mean ± ${Math.round(r.level * 100)}% CI`;
  const rows = r.strategies.map((s) => [
    s.strategy,
    num(s.kpis.craneRate),
    pct(s.kpis.gapToQcBound),
    pct(s.kpis.qcWaitShare),
    pct(s.kpis.emptyTravelRatio),
    num(s.kpis.energyPerMoveKWh, 2),
    (['loaded', 'empty', 'waitQuay', 'waitYard', 'charging', 'idle'] as const).map((k) => share(s.vehicleStateShares[k])).join('/'),
    s.vsBaseline === null ? '(baseline)' : signed(s.vsBaseline.craneRate),
  ]);
  const header = ['strategy', 'crane rate (moves/h)', 'gap to QC-bound', 'QC wait', 'empty travel', 'kWh/move', 'loaded/empty/waitQ/waitY/chg/idle %', `Δ rate vs ${r.baseline}`];
  const note = `Δ: paired difference over the same seeds (common random numbers); * = the ${Math.round(r.level * 100)}% CI excludes 0.`;
  return [head, '', table(header, rows), '', note].join('\n');
}

/** Crane rate by fleet size, one column per strategy, and the fleet each needs. */
export function sweepTable(r: SweepReport): string {
  const head = `${r.scenario} · ${formatDuration(r.durationS)} per run${roadText(r.traffic)} · seeds ${r.seeds.join(',')} · crane rate (moves/h), mean ± 95% CI, and % of QC-bound`;
  const rows = r.fleets.map((fleet, f) => [String(fleet), ...r.strategies.map((s) => `${num(s.points[f].craneRate)} (${s.points[f].shareOfBound === null ? '–' : (100 * s.points[f].shareOfBound!).toFixed(0)}%)`)]);
  const needed = ['fleet needed', ...r.strategies.map((s) => (s.fleetNeeded === null ? `> ${r.fleets[r.fleets.length - 1]}` : String(s.fleetNeeded)))];
  return [head, '', table(['fleet', ...r.strategies.map((s) => s.strategy)], [...rows, needed]), '', 'fleet needed: the smallest fleet swept whose crane rate reaches 95% of QC-bound.'].join('\n');
}
