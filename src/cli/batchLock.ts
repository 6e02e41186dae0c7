import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../validation/issue';

/** The lock's file name in a results directory. */
export const LOCK_FILE = '.batch.lock';

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the results directory for this process: a second `batch` on the same DIR would run every
 * replication again and write each twice. The lock is a file created only if absent; one left by a
 * process that no longer runs on this host (killed) is taken over. Returns the release function.
 */
export function lockResultsDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  const mine: LockContent = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = readLock(file);
    if (held !== null && (held.host !== mine.host || alive(held.pid))) {
      const where = held.host === mine.host ? `process ${held.pid}` : `process ${held.pid} on ${held.host}`;
      throw new InputError([{ file, path: '$', expected: 'no other batch writing to this results directory', got: `${where} has held it since ${held.since}: wait for it to end, or delete ${file} if it is gone` }]);
    }
    rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new InputError([{ file, path: '$', expected: 'a lock this batch can take', got: 'another batch took it at the same moment' }]);
}

function readLock(file: string): LockContent | null {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof c.pid === 'number' && typeof c.host === 'string' ? { pid: c.pid, host: c.host, since: String(c.since) } : null;
  } catch {
    return null; // torn or unreadable: treat as stale
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}
