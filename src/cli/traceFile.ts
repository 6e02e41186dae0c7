import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes records as JSON lines, buffered, so a week's trace does not sit in memory. */
export function openTrace(file: string): { write: (record: Record<string, unknown>) => void; close: () => void } {
  const fd = openSync(file, 'w');
  let buffer = '';
  const flush = () => {
    writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write: (record) => {
      buffer += `${JSON.stringify(record)}\n`;
      if (buffer.length > 1 << 20) flush();
    },
    close: () => {
      flush();
      closeSync(fd);
    },
  };
}
