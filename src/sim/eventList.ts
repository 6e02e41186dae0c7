/**
 * The future event list: a binary min-heap ordered by (time, priority, insertion), kept in typed
 * arrays so that ordering work touches no objects. Priority and insertion number share one float64
 * key (priority × 2^42 + insertion), exact up to 2^53, so a tie on time costs one more comparison.
 * Pops use Floyd's bottom-up sift: the hole walks to a leaf with one (branch-free) comparison per
 * level and the last element climbs back, about half the comparisons of a textbook sift-down.
 */
export const PRIORITY_SPAN = 2 ** 42;
export const MAX_PRIORITY = 2047;

export class EventHeap<T> {
  /** Times, with +Infinity past the last entry: a sentinel that spares the sift a bounds test. */
  private times: Float64Array;
  private keys: Float64Array;
  private items: (T | undefined)[];
  private inserted = 0;
  /** The top entry has been taken but its slot not yet refilled (see takeTop). */
  private holeAtTop = false;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.times = new Float64Array(initialCapacity + 2).fill(Infinity);
    this.keys = new Float64Array(initialCapacity + 2);
    this.items = new Array<T | undefined>(initialCapacity + 2);
  }

  /** Time of the earliest entry; Infinity when empty. */
  peekTime(): number {
    if (this.holeAtTop) return this.times[1] < this.times[2] ? this.times[1] : this.times[2];
    return this.times[0];
  }

  /**
   * Takes the earliest entry but leaves its slot open: when the event's handling schedules the next
   * event (a process holding again: the common case), `push` drops it into the open slot and sifts
   * once, instead of a pop's sift plus a push's sift. `closeHole` finishes the pop otherwise.
   */
  takeTop(): T {
    const top = this.items[0] as T;
    this.items[0] = undefined;
    this.holeAtTop = true;
    return top;
  }

  closeHole(): void {
    if (!this.holeAtTop) return;
    this.holeAtTop = false;
    const n = --this.size;
    const lastTime = this.times[n];
    const lastKey = this.keys[n];
    const lastItem = this.items[n];
    this.items[n] = undefined;
    this.times[n] = Infinity;
    if (n > 0) this.siftFromTop(lastTime, lastKey, lastItem as T, n);
  }

  push(time: number, priority: number, item: T): void {
    const key = priority * PRIORITY_SPAN + this.inserted++;
    if (this.holeAtTop) {
      this.holeAtTop = false;
      this.siftFromTop(time, key, item, this.size);
      return;
    }
    if (this.size + 2 >= this.times.length) this.grow();
    const times = this.times;
    const keys = this.keys;
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && keys[p] < key)) break;
      times[i] = pt;
      keys[i] = keys[p];
      items[i] = items[p];
      i = p;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  /** Removes and returns the earliest entry. Call only when size > 0. */
  pop(): T {
    const top = this.takeTop();
    this.closeHole();
    return top;
  }

  /** Places (time, key, item) into the open slot 0 of a heap of n entries: Floyd's bottom-up sift. */
  private siftFromTop(time: number, key: number, item: T, n: number): void {
    const times = this.times;
    const keys = this.keys;
    const items = this.items;
    let i = 0;
    let c = 1;
    while (c < n) {
      // Pick the smaller child without a branch: which child wins is a coin toss the CPU would
      // mispredict half the time; as arithmetic (setcc) it costs a few cycles.
      const r = c + 1;
      const tr = times[r];
      const tc = times[c];
      let right = +(tr < tc);
      if (tr === tc) right = +(keys[r] < keys[c]); // rare, so well predicted
      c += right;
      times[i] = times[c];
      keys[i] = keys[c];
      items[i] = items[c];
      i = c;
      c = 2 * i + 1;
    }
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && keys[p] < key)) break;
      times[i] = pt;
      keys[i] = keys[p];
      items[i] = items[p];
      i = p;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  private grow(): void {
    const cap = this.times.length * 2;
    const times = new Float64Array(cap).fill(Infinity);
    const keys = new Float64Array(cap);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
    this.items.length = cap;
  }
}
