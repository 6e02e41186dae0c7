import { readFileSync, statSync } from 'node:fs';

/**
 * Reads an input file the user named (scenario, layout, experiment) as UTF-8 text, or says in a few
 * words why not: only a regular file up to `maxBytes` is read, so a path to /dev/zero, a FIFO or a
 * 10 GB file is refused at once instead of hanging or filling memory.
 */
export function readInputFile(file: string, maxBytes: number): { text: string } | { problem: string } {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { problem: 'a directory' };
    if (!stat.isFile()) return { problem: 'not a regular file (a device, pipe or socket)' };
    if (stat.size > maxBytes) return { problem: `${stat.size.toLocaleString('en-US')} bytes, more than the ${maxBytes.toLocaleString('en-US')} such a file may have` };
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { problem: 'not readable (permission denied)' };
    return { problem: `cannot read: ${code ?? String(e)}` };
  }
}
