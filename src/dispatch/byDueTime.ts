import type { JobView } from './strategy';

/** Jobs in the order the cranes need them: due time, then sequence, then id (a stable total order). */
export function byDueTime(a: JobView, b: JobView): number {
  return a.dueS - b.dueS || a.sequence - b.sequence || a.id - b.id;
}
