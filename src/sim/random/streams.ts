import { Xoshiro128, cyrb128 } from './xoshiro128';

/** One named sequence of random numbers. `random` is a bound [0, 1) source (d3-random's shape). */
export class RandomStream {
  private readonly gen: Xoshiro128;
  readonly random: () => number;
  draws = 0;

  constructor(
    readonly name: string,
    state: readonly [number, number, number, number],
  ) {
    this.gen = new Xoshiro128(state);
    this.random = () => {
      this.draws++;
      return this.gen.nextFloat();
    };
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.random() < p;
  }

  /** A random element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/**
 * All randomness of a run: one root seed, one independent stream per purpose. A stream's state
 * depends only on (seed, name), so drawing more from `gate.arrivals` can never shift `qc.cycle`:
 * that is what makes strategies comparable under common random numbers.
 */
export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();

  constructor(readonly seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  }

  stream(name: string): RandomStream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = new RandomStream(name, cyrb128(`zhigang/${this.seed}/${name}`));
      this.streams.set(name, s);
    }
    return s;
  }

  /** Streams used so far, by name (for provenance). */
  names(): string[] {
    return [...this.streams.keys()].sort();
  }
}
