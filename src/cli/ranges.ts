import { UsageError } from './usage';

const MAX_VALUES = 10_000;

/**
 * Integers from a command-line list: `1-10`, `24-120:12` (from-to:step), `1,3,7`, or a mix
 * (`1-3,8`). Duplicates are refused: a seed or fleet twice would weigh one point double.
 */
export function parseIntegers(text: string, option: string, min = 0, max = 2 ** 32 - 1): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*(?::\s*(\d+)\s*)?)?$/.exec(part);
    if (m === null) throw new UsageError(`${option} expects integers like 1-10, 24-120:12 or 1,3,7; got "${text}"`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    const step = m[3] === undefined ? 1 : Number(m[3]);
    if (to < from || step < 1) throw new UsageError(`${option}: "${part.trim()}" is an empty range`);
    if ((to - from) / step + out.length >= MAX_VALUES) throw new UsageError(`${option}: more than ${MAX_VALUES} values is more than a run should take`);
    for (let v = from; v <= to; v += step) out.push(v);
  }
  for (const v of out) if (v < min || v > max || !Number.isSafeInteger(v)) throw new UsageError(`${option}: ${v} is out of range (${min} to ${max})`);
  const seen = new Set<number>();
  for (const v of out) {
    if (seen.has(v)) throw new UsageError(`${option}: ${v} is listed twice`);
    seen.add(v);
  }
  return out;
}
