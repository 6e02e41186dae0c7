import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { InputError } from '../validation/issue';
import { fileProblem, OutputError } from '../validation/outputError';
import type { RunRecord } from './runRecord';
import { parseRunsText, type RunsRead } from './runsText';

export type { RunsRead } from './runsText';

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
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], dropped: null, damaged: [] };
    throw new InputError([{ file, path: '$', expected: 'a readable file', got: fileProblem(e) }]);
  }
  const read = parseRunsText(text, file);
  // the dropped line is the last: a tail without its newline, or a whole last line with it
  if (repair && read.dropped !== null) truncateSync(file, Buffer.byteLength(text) - Buffer.byteLength(read.dropped) - (text.endsWith('\n') ? 1 : 0));
  return read;
}

/** Appends records to runs.jsonl and their CSV lines to runs.csv, each flushed before the next. */
export class RunsAppender {
  private readonly jsonl: number;
  private readonly csv: number;

  constructor(
    private readonly jsonlFile: string,
    private readonly csvFile: string,
  ) {
    this.jsonl = guarded(jsonlFile, 'the run records', () => openSync(jsonlFile, 'a'));
    this.csv = guarded(csvFile, 'the run table', () => openSync(csvFile, 'a'));
  }

  /** The JSON line first: it is the truth; a CSV that lags behind is rebuilt from it on the next start. */
  append(record: RunRecord, csvLine: string): void {
    const torn = '; its last line may be torn: batch cuts it off when it resumes';
    guarded(this.jsonlFile, 'the run records', () => {
      writeAll(this.jsonl, `${JSON.stringify(record)}\n`);
      fsyncSync(this.jsonl);
    }, torn);
    guarded(this.csvFile, 'the run table', () => {
      writeAll(this.csv, csvLine);
      fsyncSync(this.csv);
    }, '; it is rebuilt from runs.jsonl when batch resumes');
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
  guarded(file, 'the file', () => {
    try {
      writeFileSync(tmp, text);
      const fd = openSync(tmp, 'r+');
      fsyncSync(fd);
      closeSync(fd);
      renameSync(tmp, file);
    } catch (e) {
      rmSync(tmp, { force: true }); // the old file stays whole
      throw e;
    }
  });
}

/** Runs a file operation; its failure becomes one line naming the file and what it means. */
function guarded<T>(file: string, what: string, write: () => T, then = ''): T {
  try {
    return write();
  } catch (e) {
    throw new OutputError(file, what, e, then);
  }
}
