import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Resource, Simulation, type ProcessBody } from '../index';
import { sampler, type DistributionSpec } from './distributions';
import { moments } from './moments';
import { RandomStreams } from './streams';
import { Xoshiro128 } from './xoshiro128';

describe('xoshiro128**', () => {
  it('matches the reference C implementation from state {1, 2, 3, 4}', () => {
    // printed by Blackman & Vigna's xoshiro128starstar.c compiled here with gcc
    const g = new Xoshiro128([1, 2, 3, 4]);
    const out = Array.from({ length: 8 }, () => g.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it('gives floats in [0, 1)', () => {
    const g = new Xoshiro128([5, 6, 7, 8]);
    for (let i = 0; i < 10_000; i++) {
      const x = g.nextFloat();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('RandomStreams', () => {
  it('is reproducible: same seed and name, same numbers', () => {
    const a = new RandomStreams(7).stream('qc.cycle');
    const b = new RandomStreams(7).stream('qc.cycle');
    expect(Array.from({ length: 5 }, a.random)).toEqual(Array.from({ length: 5 }, b.random));
  });

  it('gives different numbers for another seed or another name', () => {
    const first = (seed: number, name: string) => new RandomStreams(seed).stream(name).random();
    expect(first(7, 'qc.cycle')).not.toBe(first(8, 'qc.cycle'));
    expect(first(7, 'qc.cycle')).not.toBe(first(7, 'gate.arrivals'));
  });

  it('keeps streams independent: drawing more from one never shifts another', () => {
    const quiet = new RandomStreams(3);
    const busy = new RandomStreams(3);
    for (let i = 0; i < 1000; i++) busy.stream('gate.arrivals').random();
    const a = Array.from({ length: 20 }, quiet.stream('vessel.arrivals').random);
    const b = Array.from({ length: 20 }, busy.stream('vessel.arrivals').random);
    expect(b).toEqual(a);
  });

  it('shows no correlation between two streams of one seed', () => {
    const s = new RandomStreams(11);
    const x = Array.from({ length: 100_000 }, s.stream('a').random);
    const y = Array.from({ length: 100_000 }, s.stream('b').random);
    const mx = x.reduce((p, v) => p + v, 0) / x.length;
    const my = y.reduce((p, v) => p + v, 0) / y.length;
    let cov = 0;
    for (let i = 0; i < x.length; i++) cov += (x[i] - mx) * (y[i] - my);
    const corr = cov / x.length / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(0.01); // 3 × 1/√n ≈ 0.0095
  });

  it('rejects a seed that is not a non-negative integer', () => {
    expect(() => new RandomStreams(-1)).toThrow('seed must be a non-negative integer, got -1');
    expect(() => new RandomStreams(1.5)).toThrow(RangeError);
  });
});

describe('distributions: sample mean and sd over 10^5 draws match the exact moments', () => {
  const cases: DistributionSpec[] = [
    { dist: 'constant', value: 60 },
    { dist: 'uniform', min: 40, max: 80 },
    { dist: 'triangular', min: 45, mode: 55, max: 90 },
    { dist: 'normal', mean: 60, sd: 10 },
    { dist: 'normal', mean: 20, sd: 15, min: 0 },
    { dist: 'normal', mean: 60, sd: 10, min: 50, max: 65 },
    { dist: 'lognormal', mean: 95, sd: 20 },
    { dist: 'exponential', mean: 1800 },
    { dist: 'erlang', k: 3, mean: 120 },
    { dist: 'empirical', values: [60, 90, 120], weights: [1, 2, 1] },
  ];
  const n = 100_000;
  for (const spec of cases) {
    it(JSON.stringify(spec), () => {
      const draw = sampler(spec, new RandomStreams(2024).stream('test'));
      let sum = 0;
      let sumSq = 0;
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < n; i++) {
        const x = draw();
        sum += x;
        sumSq += x * x;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(sumSq / n - mean * mean, 0));
      const exact = moments(spec);
      // 4 standard errors of the mean; sd within 2%
      expect(Math.abs(mean - exact.mean)).toBeLessThanOrEqual(4 * (exact.sd / Math.sqrt(n)) + 1e-9);
      expect(Math.abs(sd - exact.sd)).toBeLessThanOrEqual(0.02 * exact.sd + 1e-9);
      if ('min' in spec && spec.min !== undefined) expect(min).toBeGreaterThanOrEqual(spec.min);
      if ('max' in spec && spec.max !== undefined) expect(max).toBeLessThanOrEqual(spec.max);
    });
  }
});

describe('event traces', () => {
  /** A small seeded queue: ARTs arriving at random at one 2-plug charger. */
  function traceHash(seed: number): string {
    const sim = new Simulation();
    const streams = new RandomStreams(seed);
    const arrivals = sampler({ dist: 'exponential', mean: 300 }, streams.stream('arrivals'));
    const charge = sampler({ dist: 'lognormal', mean: 900, sd: 200 }, streams.stream('charge'));
    const charger = new Resource(sim, 2);
    const trace: string[] = [];
    const art = function* (id: number): ProcessBody {
      const plug = charger.request();
      yield plug;
      trace.push(`${sim.now.toFixed(6)} A${id} plug`);
      yield sim.timeout(charge());
      plug.release();
      trace.push(`${sim.now.toFixed(6)} A${id} done`);
    };
    sim.process((function* () {
      for (let id = 0; id < 200; id++) {
        yield sim.timeout(arrivals());
        sim.process(art(id));
      }
    })());
    sim.run();
    return createHash('sha256').update(trace.join('\n')).digest('hex');
  }

  it('has an identical hash for the same seed and a different one for another seed', () => {
    expect(traceHash(1)).toBe(traceHash(1));
    expect(traceHash(1)).not.toBe(traceHash(2));
  });
});
