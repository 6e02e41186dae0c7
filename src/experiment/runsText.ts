import { InputError } from '../validation/issue';
import type { Kpis } from '../kpi/kpis';
import { flatKpis } from './kpiColumns';
import type { RunRecord } from './runRecord';

/**
 * runs.jsonl, the source of truth of a results directory: one record a line, each line appended
 * and flushed to disk as its replication finishes, so that a kill at any moment (SIGKILL, a lost
 * node) loses only what was in flight, plus at most a torn last line, which reading detects.
 */
export interface RunsRead {
  records: RunRecord[];
  /** the torn or unreadable last line that was dropped, if any */
  dropped: string | null;
  /**
   * records of finished replications whose KPIs are missing or not numbers (edited by hand, or
   * written by a version without some KPI), each described in a line: not counted as done, so
   * their replications run again instead of leaving the statistics with a smaller n unseen
   */
  damaged: string[];
}

/**
 * The records of a runs.jsonl text (`file` names it in errors). A last line without its newline, or
 * one that is not a record, was torn by a kill and is dropped; a bad line before the last is damage
 * a kill cannot cause: InputError. No file system here, so the browser app reads results the same way.
 */
export function parseRunsText(text: string, file: string): RunsRead {
  const lines = text.split('\n');
  const tail = lines.pop()!; // '' when the text ends with its newline
  let dropped: string | null = tail === '' ? null : tail;
  const records: RunRecord[] = [];
  const damaged: string[] = [];
  lines.forEach((line, k) => {
    const record = asRecord(line);
    const problem = record === null ? null : kpiProblem(record);
    if (record !== null && problem === null) records.push(record);
    else if (record !== null) damaged.push(`line ${k + 1} (${record.config} #${record.replication}): ${problem}`);
    else if (k === lines.length - 1 && dropped === null) dropped = line;
    else throw new InputError([{ file, path: '$', expected: 'one run record (JSON) per line', got: `${JSON.stringify(line.slice(0, 60))} at line ${k + 1}: the file is damaged beyond a torn last line` }]);
  });
  return { records, dropped, damaged };
}

/** Why a finished replication's KPIs cannot be counted, or null: each KPI a finite number or null. */
function kpiProblem(r: RunRecord): string | null {
  if (r.status !== 'ok') return null;
  const kpis = r.kpis as unknown;
  if (typeof kpis !== 'object' || kpis === null || Array.isArray(kpis)) return `its kpis are ${kpis === undefined ? 'missing' : JSON.stringify(kpis)?.slice(0, 20)}, not an object of numbers`;
  let flat: Record<string, unknown>;
  try {
    flat = flatKpis(kpis as Kpis);
  } catch {
    return 'its kpis.vehicleStateShares is not an object of numbers';
  }
  for (const [name, v] of Object.entries(flat)) {
    if (v === undefined) return `kpis.${name} is missing`;
    if (v !== null && !(typeof v === 'number' && Number.isFinite(v))) return `kpis.${name} is ${JSON.stringify(v)?.slice(0, 20)}, not a number`;
  }
  return null;
}

function asRecord(line: string): RunRecord | null {
  try {
    const r = JSON.parse(line) as Partial<RunRecord> | null;
    const shaped = typeof r?.config === 'string' && typeof r.replication === 'number' && (r.status === 'ok' || r.status === 'failed') && typeof r.provenance?.experimentHash === 'string';
    return shaped ? (r as RunRecord) : null;
  } catch {
    return null;
  }
}
