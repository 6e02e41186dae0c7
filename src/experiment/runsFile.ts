import { closeSync, fsyncSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
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
 * Reads a runs.jsonl (missing: no records). A last line without its newline, or one that is not a
 * record, was torn by a kill and is dropped; with `repair` the file is cut back to the lines before
 * it. A bad line before the last is damage a kill cannot cause: InputError.
 */
export function readRunsFile(file: string, repair: boolean): RunsRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], dropped: null };
    throw e;
  }
  const lines = text.split('\n');
  const tail = lines.pop()!; // '' when the file ends with its newline
  let dropped: string | null = tail === '' ? null : tail;
  const records: RunRecord[] = [];
  lines.forEach((line, k) => {
    const record = asRecord(line);
    if (record !== null) records.push(record);
    else if (k === lines.length - 1 && dropped === null) dropped = line;
    else throw new InputError([{ file, path: '$', expected: 'one run record (JSON) per line', got: `${JSON.stringify(line.slice(0, 60))} at line ${k + 1}: the file is damaged beyond a torn last line` }]);
  });
  if (repair && dropped !== null) truncateSync(file, Buffer.byteLength(lines.slice(0, records.length).map((l) => `${l}\n`).join('')));
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

/** Appends records to runs.jsonl and their CSV lines to runs.csv, each flushed before the next. */
export class RunsAppender {
  private readonly jsonl: number;
  private readonly csv: number;

  constructor(jsonlFile: string, csvFile: string) {
    this.jsonl = openSync(jsonlFile, 'a');
    this.csv = openSync(csvFile, 'a');
  }

  /** The JSON line first: it is the truth; a CSV that lags behind is rebuilt from it on the next start. */
  append(record: RunRecord, csvLine: string): void {
    writeAll(this.jsonl, `${JSON.stringify(record)}\n`);
    fsyncSync(this.jsonl);
    writeAll(this.csv, csvLine);
    fsyncSync(this.csv);
  }

  close(): void {
    closeSync(this.jsonl);
    closeSync(this.csv);
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/** Replaces a file all at once (write beside it, flush, rename): a reader sees the old or the new, never half. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  const fd = openSync(tmp, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, file);
}
