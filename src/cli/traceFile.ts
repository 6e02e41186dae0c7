import { openOutputFile } from './outputFile';

/** Writes records as JSON lines, buffered, so a week's trace does not sit in memory. */
export function openTrace(file: string): { write: (record: Record<string, unknown>) => void; writeChunk: (chunk: string) => void; close: () => void; remove: () => void } {
  const out = openOutputFile(file, 'the trace');
  let buffer = '';
  const flush = () => {
    out.write(buffer);
    buffer = '';
  };
  return {
    write: (record) => {
      buffer += `${JSON.stringify(record)}\n`;
      if (buffer.length > 1 << 20) flush();
    },
    writeChunk: (chunk) => out.write(chunk),
    close: () => {
      flush();
      out.close();
    },
    remove: out.remove,
  };
}
