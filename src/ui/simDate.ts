/**
 * The simulated date and time for a clock display, in the terminal's own offset (the run's ISO
 * start date carries it), never the browser's time zone.
 */
export interface SimDate {
  /** 2026-06-01 */
  date: string;
  /** 08:15:30 */
  time: string;
  /** UTC+08:00 */
  zone: string;
  /** 1-based day of the run */
  day: number;
}

export function simDate(startDate: string, tS: number): SimDate {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})$/.exec(startDate);
  if (m === null) throw new RangeError(`run.startDate must be an ISO date-time with an offset, got ${startDate}`);
  const offset = m[2] === 'Z' ? '+00:00' : m[2];
  // the local wall time as if it were UTC, so Date's UTC fields read it directly
  const local = new Date(Date.parse(`${m[1]}Z`) + Math.floor(tS) * 1000);
  const iso = local.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), zone: `UTC${offset}`, day: Math.floor(tS / 86400) + 1 };
}
