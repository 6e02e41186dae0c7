import { DURATION_FORMS, durationS } from '../run/duration';
import { UsageError } from './usage';

export { formatDuration } from '../run/duration';

/** `24h`, `7d`, `90m`, `3600s` or plain seconds → seconds; anything else is a UsageError naming the option. */
export function parseDuration(text: string, option = '--duration'): number {
  const seconds = durationS(text);
  if (Number.isNaN(seconds)) throw new UsageError(`${option} expects ${DURATION_FORMS}, got "${text}"`);
  return seconds;
}

/** `--warm-up`: `auto` (MSER-5), `0`, or a duration. */
export function parseWarmUp(text: string): number | 'auto' {
  if (text.trim() === 'auto') return 'auto';
  if (text.trim() === '0') return 0;
  return parseDuration(text, '--warm-up');
}
