import { describeThrown } from '../src/dispatch/dispatchError';
import { RunFailure } from '../src/sim';

/** About this many characters of JSON lines go out at a time. */
const CHUNK_CHARS = 1 << 20;

export interface TraceChunks {
  write: (record: Record<string, unknown>) => void;
  /** Sends what is left and waits until every chunk was taken; a chunk the sink refused fails here. */
  flush: () => Promise<void>;
}

/**
 * A run's trace records as JSON lines, sent to `sink` in chunks (a comlink proxy: one message a
 * megabyte instead of one an event). A sink that fails (a full disk) stops the run at the next
 * record, so a run never goes on writing a trace that is lost.
 */
export function traceChunks(sink: (chunk: string) => unknown): TraceChunks {
  let buffer = '';
  let failure: unknown = null;
  let last: Promise<unknown> = Promise.resolve();
  const send = () => {
    const chunk = buffer;
    buffer = '';
    last = Promise.resolve(sink(chunk)).catch((e) => {
      failure ??= e;
    });
  };
  const failed = () => new RunFailure(NaN, `the trace could not be written: ${describeThrown(failure)}`);
  return {
    write(record) {
      if (failure !== null) throw failed();
      buffer += `${JSON.stringify(record)}\n`;
      if (buffer.length >= CHUNK_CHARS) send();
    },
    async flush() {
      if (buffer.length > 0) send();
      await last;
      if (failure !== null) throw failed();
    },
  };
}
