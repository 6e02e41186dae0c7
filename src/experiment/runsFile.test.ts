import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpisWith } from '../kpi/testing/kpisFixture';
import type { RunRecord } from './runRecord';
import { readRunsFile, RunsAppender } from './runsFile';

const record = (replication: number): RunRecord => ({
  config: 'fleet=6',
  replication,
  seed: 100 + replication,
  status: 'ok',
  factors: { fleet: 6 },
  kpis: kpisWith({ moves: 10 * replication, craneRate: 20 + replication }),
  provenance: { experimentHash: 'h', scenario: 'S', scenarioHash: 'x', durationS: 3600, warmUpS: 0, version: '0' },
});
const line = (r: RunRecord) => `${JSON.stringify(r)}\n`;
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'zhigang-runs-')), 'runs.jsonl');

describe('runs.jsonl', () => {
  it('drops a last line torn by a kill (no newline) and cuts the file back to the whole lines', () => {
    const file = tempFile();
    const whole = line(record(1)) + line(record(2));
    writeFileSync(file, whole + line(record(3)).slice(0, 57));
    const read = readRunsFile(file, true);
    expect(read.records.map((r) => r.replication)).toEqual([1, 2]);
    expect(read.dropped).toBe(line(record(3)).slice(0, 57));
    expect(readFileSync(file, 'utf8')).toBe(whole);
    // appending goes on after the last whole line
    const appender = new RunsAppender(file, join(file, '..', 'runs.csv'));
    appender.append(record(3), 'csv line\n');
    appender.close();
    expect(readRunsFile(file, true)).toEqual({ records: [record(1), record(2), record(3)], dropped: null, damaged: [] });
    expect(readFileSync(join(file, '..', 'runs.csv'), 'utf8')).toBe('csv line\n');
  });

  it('drops a last line that ends but is not a record, and leaves the file as it is when not repairing', () => {
    const file = tempFile();
    const text = `${line(record(1))}{"config":"fleet=6","replic\n`;
    writeFileSync(file, text);
    expect(readRunsFile(file, false)).toEqual({ records: [record(1)], dropped: '{"config":"fleet=6","replic', damaged: [] });
    expect(readFileSync(file, 'utf8')).toBe(text);
    readRunsFile(file, true);
    expect(readFileSync(file, 'utf8')).toBe(line(record(1)));
  });

  it('refuses damage before the last line, which a kill cannot cause', () => {
    const file = tempFile();
    writeFileSync(file, `${line(record(1))}garbage\n${line(record(2))}`);
    expect(() => readRunsFile(file, true)).toThrow(/runs\.jsonl: \$: expected one run record \(JSON\) per line, got "garbage" at line 2: the file is damaged beyond a torn last line/);
  });

  it('reads a missing file as no records and an empty one likewise', () => {
    const file = tempFile();
    expect(readRunsFile(file, true)).toEqual({ records: [], dropped: null, damaged: [] });
    appendFileSync(file, '');
    expect(readRunsFile(file, true)).toEqual({ records: [], dropped: null, damaged: [] });
  });
});
