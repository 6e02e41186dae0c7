import type { CalibrationReport } from '../calibration/calibrate';
import { bandText, estimateText, verdictText, type Scorecard } from '../calibration/scorecard';
import { formatDuration } from './duration';
import { roadText } from './kpiTable';

const KIND: Record<string, string> = { published: 'published', input: 'input', model: 'model target' };

/** A warm-up, or the range of warm-ups the runs found (MSER-5 finds one per run). */
function warmUpRange(warmUps: readonly number[]): string {
  const lo = Math.min(...warmUps);
  const hi = Math.max(...warmUps);
  return lo === hi ? formatDuration(lo) : `${formatDuration(lo)}–${formatDuration(hi)}`;
}

/** Columns of text, left-aligned: labels, quotes and bands read better so. */
function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** The scorecard's lines as a table, the pass rule, and a last line: all pass, or which fail. */
export function scorecardLines(s: Scorecard): string[] {
  const rows = s.lines.map((l) => [l.label, KIND[l.kind], l.published, bandText(l), estimateText(l), verdictText(l)]);
  const level = Math.round(s.level * 100);
  const header = ['line', 'kind', 'published', 'band', `simulated (mean ± ${level}% CI)`, 'verdict'];
  const rule = `PASS: the mean over the ${s.runs === 1 ? 'run (one seed: no interval)' : `${s.runs} seeds`} lies inside the band, bounds included; * = the ${level}% CI crosses a bound of the band.`;
  const failing = s.lines.filter((l) => !l.pass);
  const last = failing.length === 0 ? `PASS: every line (${s.lines.length} of ${s.lines.length})` : `FAIL: ${failing.length} of ${s.lines.length} lines: ${failing.map((l) => `${l.id} (${estimateText(l)}; band ${bandText(l)})`).join(', ')}`;
  return [textTable(header, rows), '', rule, last];
}

export function calibrationTable(r: CalibrationReport): string {
  const warmUp = warmUpRange(r.warmUpS);
  const measured = warmUpRange(r.warmUpS.map((w) => r.durationS - w));
  const head = `${r.scenario} · targets ${r.scorecard.file} · strategy ${r.strategy} · ${formatDuration(r.durationS)} per run (KPIs over the ${measured} after a ${warmUp} warm-up)${roadText(r.traffic)} · seeds ${r.seeds.join(',')}`;
  return [head, '', ...scorecardLines(r.scorecard)].join('\n');
}
