import { LIMITS } from '../scenario/limits';

const UNIT_S: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** The longest run, as in the scenario's limits. */
export const MAX_DURATION_S = LIMITS.durationS;

/** `24h`, `7d`, `90m`, `3600s` or plain seconds → seconds; NaN for anything else, not positive or over 400 days. */
export function durationS(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text.trim());
  const seconds = m === null ? NaN : Number(m[1]) * UNIT_S[m[2] || 's'];
  return seconds > 0 && seconds <= MAX_DURATION_S ? seconds : NaN;
}

/** What durationS accepts, for messages. */
export const DURATION_FORMS = 'a positive duration of at most 400 days, such as 24h, 7d, 90m or 3600 (seconds)';

/** Seconds → `7 d`, `24 h`, `90 min` or `45 s`, whichever reads exactly. */
export function formatDuration(s: number): string {
  if (s % 86400 === 0) return `${s / 86400} d`;
  if (s % 3600 === 0) return `${s / 3600} h`;
  if (s % 60 === 0) return `${s / 60} min`;
  return `${s} s`;
}

/** Seconds → the shortest text durationS reads back: `7d`, `24h`, `90m`, `45`. */
export function durationText(s: number): string {
  if (s % 86400 === 0) return `${s / 86400}d`;
  if (s % 3600 === 0) return `${s / 3600}h`;
  if (s % 60 === 0) return `${s / 60}m`;
  return `${s}`;
}
