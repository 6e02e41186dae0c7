import { SimEvent } from './event';
import type { Simulation } from './simulation';

export type ItemFilter<T> = (item: T) => boolean;

/** A pending `store.get()`: fires with the item taken. */
export class StoreGet<T> extends SimEvent<T> {
  constructor(
    readonly store: Store<T>,
    readonly filter: ItemFilter<T> | null,
  ) {
    super(store.sim);
  }
  /** Withdraws the get if it has not been served (e.g. after an interrupt). */
  cancel(): void {
    this.store.cancel(this);
  }
}

/** A pending `store.put(item)`: fires once the item is in the store. */
export class StorePut<T> extends SimEvent<T> {
  constructor(
    readonly store: Store<T>,
    readonly item: T,
  ) {
    super(store.sim);
  }
}

/**
 * Items handed between processes (jobs to vehicles, boxes to cranes). Items leave in the order they
 * came; a filtered get takes the oldest item that matches and does not hold up later gets whose
 * filters match other items. Gets are served in the order they were made.
 */
export class Store<T> {
  readonly items: T[] = [];
  private readonly getters: StoreGet<T>[] = [];
  private readonly putters: StorePut<T>[] = [];

  constructor(
    readonly sim: Simulation,
    readonly capacity = Infinity,
    readonly name = 'store',
  ) {
    if (!(capacity >= 1)) throw new RangeError(`${name}: capacity must be ≥ 1`);
  }

  put(item: T): StorePut<T> {
    const put = new StorePut(this, item);
    this.putters.push(put);
    this.settle();
    return put;
  }

  get(filter: ItemFilter<T> | null = null): StoreGet<T> {
    const get = new StoreGet(this, filter);
    this.getters.push(get);
    this.settle();
    return get;
  }

  cancel(get: StoreGet<T>): void {
    const i = this.getters.indexOf(get);
    if (i >= 0) this.getters.splice(i, 1);
  }

  get waitingGets(): number {
    return this.getters.length;
  }

  private settle(): void {
    let changed = true;
    while (changed) {
      changed = false;
      while (this.putters.length > 0 && this.items.length < this.capacity) {
        const put = this.putters.shift()!;
        this.items.push(put.item);
        put.succeed(put.item);
        changed = true;
      }
      for (let g = 0; g < this.getters.length; g++) {
        const get = this.getters[g];
        const i = get.filter === null ? (this.items.length > 0 ? 0 : -1) : this.items.findIndex(get.filter);
        if (i < 0) continue;
        const [item] = this.items.splice(i, 1);
        this.getters.splice(g--, 1);
        get.succeed(item);
        changed = true;
      }
    }
  }
}
