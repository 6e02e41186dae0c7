import { describeThrown, type DispatchError } from '../dispatch/dispatchError';

/** One assignment of a strategy's answer, copied into plain values. */
export interface PlainAssignment {
  vehicle: unknown;
  job: unknown;
  then: unknown;
  charge: unknown;
  /** how a message shows it (made only for a message) */
  readonly shown: string;
}

/**
 * A strategy's answer read once into plain values, so that nothing it returned can throw later
 * (a getter that throws, a Proxy) and every message can show it (a BigInt or a cycle would make
 * JSON.stringify throw). More assignments than vehicles is refused before any is read.
 */
export function readAnswer(answer: unknown, fleet: number, fail: (problem: string) => DispatchError): PlainAssignment[] {
  try {
    if (!Array.isArray(answer)) throw fail(`it returned ${answer === null ? 'null' : typeof answer}, not an array of assignments`);
    const n = answer.length;
    if (n > fleet) throw fail(`it returned ${n} assignments for a fleet of ${fleet}: each vehicle may be named once`);
    const out: PlainAssignment[] = [];
    for (let k = 0; k < n; k++) {
      const a: unknown = answer[k];
      const field = (key: string) => (typeof a === 'object' && a !== null ? (a as Record<string, unknown>)[key] : undefined);
      out.push({
        vehicle: field('vehicle'),
        job: field('job'),
        then: field('then'),
        charge: field('charge'),
        get shown() {
          return shown(a);
        },
      });
    }
    return out;
  } catch (e) {
    if (e instanceof Error && e.name === 'DispatchError') throw e;
    throw fail(`its answer could not be read: reading it threw ${describeThrown(e)}`);
  }
}

/** A value as JSON where it can be, else in words; never throws. */
export function shown(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    if (text === undefined) return typeof value;
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return typeof value === 'object' && value !== null ? 'an object that cannot be shown as JSON (a cycle?)' : typeof value;
  }
}
