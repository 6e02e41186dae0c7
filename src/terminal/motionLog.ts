/**
 * How long recorded motions are kept: a view draws a vehicle's trail over at most the last two hours,
 * and nothing else looks back. Keeping every drive of a month-long run would grow a worker's heap by
 * tens of megabytes for nothing (a trace, when asked for, writes each motion out as it starts).
 */
export const MOTION_HISTORY_S = 3 * 3600;

/**
 * The recent motions of each owner (a vehicle's drives, a yard crane's moves), appended as they
 * start, oldest first. Records that ended more than `keepS` before the newest one started are
 * dropped, but an owner's latest record is always kept: it is the one that may be under way. A
 * record that starts before the owner's previous one ends is noted: one owner does one thing at a
 * time, and the invariants report it at the end of the run.
 */
export class MotionLog<R extends { t0: number; t1: number }> {
  private readonly byOwner: R[][];
  private readonly overlaps: string[] = [];
  private overlapCount = 0;

  constructor(
    owners: number,
    private readonly ownerOf: (record: R) => number,
    private readonly describeOverlap: (record: R, previous: R) => string,
    readonly keepS = MOTION_HISTORY_S,
  ) {
    this.byOwner = Array.from({ length: owners }, () => []);
  }

  push(record: R): void {
    const list = this.byOwner[this.ownerOf(record)];
    const previous = list.at(-1);
    if (previous !== undefined && record.t0 < previous.t1 - 1e-6) {
      if (this.overlaps.length < 10) this.overlaps.push(this.describeOverlap(record, previous));
      this.overlapCount++;
    }
    list.push(record);
    while (list.length > 1 && list[0].t1 < record.t0 - this.keepS) list.shift();
  }

  /** The owner's latest record (under way or the last one finished), or undefined before its first. */
  of(owner: number): R | undefined {
    return this.byOwner[owner].at(-1);
  }

  /** The owner's records kept, oldest first. */
  recent(owner: number): readonly R[] {
    return this.byOwner[owner];
  }

  /** Every record kept, owner by owner. */
  all(): R[] {
    return this.byOwner.flat();
  }

  /** What overlapped (the first ten) and how many times in all. */
  overlapProblems(): string[] {
    return this.overlapCount > this.overlaps.length ? [...this.overlaps, `and ${this.overlapCount - this.overlaps.length} more overlaps`] : [...this.overlaps];
  }
}
