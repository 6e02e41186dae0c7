import { closeSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { OutputError } from '../validation/outputError';

/** Writes a whole output file (a report, a schema); any failure is one line, and a partial file is removed. */
export function writeOutputFile(file: string, text: string, what: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new OutputError(file, what, e, removeQuietly(file, e) ? '; the partial file was removed' : '');
  }
}

/**
 * An output file written in pieces (a trace): opened now, so a path that cannot be written fails
 * before the run starts; a write that fails (a full disk) removes the partial file and fails in one
 * line.
 */
export function openOutputFile(file: string, what: string): { write: (text: string) => void; close: () => void; remove: () => void } {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (e) {
    throw new OutputError(file, what, e);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(text) {
      try {
        const bytes = Buffer.from(text);
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } catch (e) {
        close();
        throw new OutputError(file, what, e, removeQuietly(file, e) ? '; the partial file was removed' : '');
      }
    },
    close,
    remove() {
      close();
      removeQuietly(file, { code: 'EIO' });
    },
  };
}

const removedPartial = (e: unknown) => ['ENOSPC', 'EDQUOT', 'EIO'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * A partial regular file left by a failed write is removed; a file that could not be opened at all,
 * or that is not a regular file (a device such as /dev/full), is left alone.
 */
function removeQuietly(file: string, e: unknown): boolean {
  try {
    if (!removedPartial(e) || !statSync(file).isFile()) return false;
    rmSync(file, { force: true });
    return true;
  } catch {
    return false; // nothing more to do: the message says what failed
  }
}
