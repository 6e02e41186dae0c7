/**
 * The future event list, ordered by (time, priority, insertion): equal times fire by priority, then
 * first in, first out. Priority and insertion number share one float64 key (priority × 2^42 +
 * insertion), exact up to 2^53.
 *
 * It is a two-tier ladder queue (Tang, Goh & Thng, ACM TOMACS 2005) on typed arrays rather than a
 * binary heap: a heap of 1,000 pending events spends ~10 dependent, unpredictable comparisons per
 * event (~90 ns here); this spends a few predictable ones (see `npx zhigang bench kernel`).
 *   bottom — a short sorted run of slots, popped from the front;
 *   rung   — buckets of equal width in time, unsorted; one bucket at a time is sorted into bottom;
 *   top    — unsorted events later than everything in the rung; spread into a new rung when the
 *            rung runs out.
 * Every event in bottom precedes every event in the rung's remaining buckets, which precede every
 * event in top; the bucket index is a non-decreasing function of time, so equal times always share a
 * bucket and their order is settled by the sort.
 */
export const PRIORITY_SPAN = 2 ** 42;
export const MAX_PRIORITY = 2047;

/** Mean events per bucket when a rung is built: small buckets keep the insertion sort cheap. */
const BUCKET_TARGET = 8;
/** A rung has this many times more buckets than it needs for its events on average. */
const BUCKET_SPAN_FACTOR = 4;
/** Buckets up to this size are insertion-sorted; larger ones (clusters of equal times) use sort(). */
const INSERTION_SORT_MAX = 48;

export class EventList<T> {
  // Slot storage. Buckets and top are singly linked lists threaded through `next`, so the order
  // structures are typed arrays of slot numbers: no objects move, no JS arrays grow or shrink.
  private times = new Float64Array(1024);
  private keys = new Float64Array(1024);
  private next = new Int32Array(1024);
  private readonly items: (T | undefined)[] = [];
  private freeSlots = new Int32Array(1024);
  private freeCount = 0;
  private inserted = 0;
  size = 0;
  /** Time of the entry the last pop returned. */
  poppedTime = 0;

  private bottom = new Int32Array(256);
  private bottomHead = 0;
  private bottomTail = 0;

  private bucketHeads = new Int32Array(64).fill(-1);
  private bucketCount = 0;
  private nextBucket = 0;
  private rungStart = 0;
  /** 1 / bucket width: a multiply is several times cheaper than a divide on every push. */
  private rungScale = 1;
  /** Latest time the rung holds; later events go to top. -Infinity while there is no rung. */
  private rungMax = -Infinity;

  private topHead = -1;
  private topSize = 0;

  /** Time of the earliest entry; Infinity when empty. */
  peekTime(): number {
    if (this.bottomHead === this.bottomTail && !this.refill()) return Infinity;
    return this.times[this.bottom[this.bottomHead]];
  }

  push(time: number, priority: number, item: T): void {
    const key = priority * PRIORITY_SPAN + this.inserted++;
    const slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount] : this.newSlot();
    this.times[slot] = time;
    this.keys[slot] = key;
    this.items[slot] = item;
    this.size++;
    if (time > this.rungMax) {
      this.next[slot] = this.topHead;
      this.topHead = slot;
      this.topSize++;
      return;
    }
    const b = this.bucketOf(time);
    if (b >= this.nextBucket) {
      this.next[slot] = this.bucketHeads[b];
      this.bucketHeads[b] = slot;
    } else this.insertIntoBottom(slot, time, key);
  }

  /** Removes and returns the earliest entry. Call only when size > 0. */
  pop(): T {
    if (this.bottomHead === this.bottomTail && !this.refill()) throw new Error('pop from an empty event list');
    const slot = this.bottom[this.bottomHead++];
    this.poppedTime = this.times[slot];
    const item = this.items[slot] as T;
    this.items[slot] = undefined;
    this.freeSlots[this.freeCount++] = slot;
    this.size--;
    return item;
  }

  private bucketOf(time: number): number {
    const b = Math.floor((time - this.rungStart) * this.rungScale);
    return b < this.bucketCount ? b : this.bucketCount - 1;
  }

  /** Fills the empty bottom from the next non-empty bucket, building a new rung from top if needed. */
  private refill(): boolean {
    for (;;) {
      const heads = this.bucketHeads;
      while (this.nextBucket < this.bucketCount) {
        const b = this.nextBucket++;
        const head = heads[b];
        if (head >= 0) {
          heads[b] = -1;
          this.sortIntoBottom(head);
          return true;
        }
      }
      if (this.topSize === 0) return false;
      this.buildRung();
    }
  }

  /**
   * Spreads top into a new rung. The width is sized from the mean distance to the earliest event, so
   * the front buckets (where events are densest when delays are exponential-like) hold about
   * BUCKET_TARGET events; a far tail beyond the rung's buckets stays in top.
   */
  private buildRung(): void {
    const times = this.times;
    const next = this.next;
    const n = this.topSize;
    let min = Infinity;
    let sum = 0;
    for (let s = this.topHead; s >= 0; s = next[s]) {
      const t = times[s];
      if (t < min) min = t;
      sum += t;
    }
    const meanGap = sum / n - min;
    const width = meanGap > 0 ? (BUCKET_TARGET * meanGap) / n : Infinity;
    const count = width === Infinity ? 1 : Math.ceil(n / BUCKET_TARGET) * BUCKET_SPAN_FACTOR;
    if (this.bucketHeads.length < count) this.bucketHeads = new Int32Array(count).fill(-1);
    this.bucketCount = count;
    this.nextBucket = 0;
    this.rungStart = min;
    this.rungScale = 1 / width;
    // The rung takes every event before min + count × width; rungMax is the latest of them, so
    // "time ≤ rungMax" decides rung or top for later pushes as a function of time alone.
    const end = min + count * width;
    let rungMax = min;
    let s = this.topHead;
    this.topHead = -1;
    this.topSize = 0;
    while (s >= 0) {
      const following = next[s];
      const t = times[s];
      if (t < end) {
        const b = this.bucketOf(t);
        next[s] = this.bucketHeads[b];
        this.bucketHeads[b] = s;
        if (t > rungMax) rungMax = t;
      } else {
        next[s] = this.topHead;
        this.topHead = s;
        this.topSize++;
      }
      s = following;
    }
    this.rungMax = rungMax;
  }

  private sortIntoBottom(head: number): void {
    const next = this.next;
    let n = 0;
    for (let s = head; s >= 0; s = next[s]) {
      if (n === this.bottom.length) {
        const grown = new Int32Array(n * 2);
        grown.set(this.bottom);
        this.bottom = grown;
      }
      this.bottom[n++] = s;
    }
    const out = this.bottom;
    const times = this.times;
    const keys = this.keys;
    if (n > INSERTION_SORT_MAX) {
      const sorted = Array.from(out.subarray(0, n)).sort((a, b) => times[a] - times[b] || keys[a] - keys[b]);
      out.set(sorted);
    } else {
      for (let k = 1; k < n; k++) {
        const s = out[k];
        const t = times[s];
        const key = keys[s];
        let j = k;
        while (j > 0) {
          const p = out[j - 1];
          if (times[p] < t || (times[p] === t && keys[p] < key)) break;
          out[j--] = p;
        }
        out[j] = s;
      }
    }
    this.bottomHead = 0;
    this.bottomTail = n;
  }

  /** An event earlier than the rung's next bucket: binary search its place in the sorted bottom. */
  private insertIntoBottom(slot: number, time: number, key: number): void {
    if (this.bottomTail === this.bottom.length) {
      const live = this.bottomTail - this.bottomHead;
      const grown = new Int32Array(Math.max(256, live * 2 + 1));
      grown.set(this.bottom.subarray(this.bottomHead, this.bottomTail));
      this.bottom = grown;
      this.bottomHead = 0;
      this.bottomTail = live;
    }
    const out = this.bottom;
    const times = this.times;
    const keys = this.keys;
    let lo = this.bottomHead;
    let hi = this.bottomTail;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = out[mid];
      if (times[m] < time || (times[m] === time && keys[m] < key)) lo = mid + 1;
      else hi = mid;
    }
    out.copyWithin(lo + 1, lo, this.bottomTail);
    out[lo] = slot;
    this.bottomTail++;
  }

  private newSlot(): number {
    const slot = this.items.length;
    if (slot === this.times.length) {
      const grow = <A extends Float64Array | Int32Array>(a: A): A => {
        const b = new (a.constructor as new (n: number) => A)(slot * 2);
        b.set(a);
        return b;
      };
      this.times = grow(this.times);
      this.keys = grow(this.keys);
      this.next = grow(this.next);
      this.freeSlots = grow(this.freeSlots);
    }
    this.items.push(undefined);
    return slot;
  }
}
