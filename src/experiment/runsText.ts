import { InputError } from '../validation/issue';
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
  lines.forEach((line, k) => {
    const record = asRecord(line);
    if (record !== null) records.push(record);
    else if (k === lines.length - 1 && dropped === null) dropped = line;
    else throw new InputError([{ file, path: '$', expected: 'one run record (JSON) per line', got: `${JSON.stringify(line.slice(0, 60))} at line ${k + 1}: the file is damaged beyond a torn last line` }]);
  });
  return { records, dropped };
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
