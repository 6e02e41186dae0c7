import { describe, expect, it } from 'vitest';
import type { Factor } from './experimentFile';
import { expandGrid } from './grid';

const strategy: Factor = { name: 'strategy', paths: ['dispatch.strategy'], kind: 'strategy', values: ['fcfs', 'pooled-lap', 'dual-cycle'] };
const fleet: Factor = { name: 'fleet', paths: ['vehicles.count'], kind: 'scenario', values: [24, 48] };
const cycle: Factor = { name: 'cycle', paths: ['quayCranes.cycleTimeS'], kind: 'scenario', values: [{ dist: 'constant', value: 90 }] };

describe('expandGrid', () => {
  it('gives every combination, the first factor varying slowest, with readable ids', () => {
    const grid = expandGrid([strategy, fleet]);
    expect(grid.map((c) => c.id)).toEqual([
      'strategy=fcfs, fleet=24',
      'strategy=fcfs, fleet=48',
      'strategy=pooled-lap, fleet=24',
      'strategy=pooled-lap, fleet=48',
      'strategy=dual-cycle, fleet=24',
      'strategy=dual-cycle, fleet=48',
    ]);
    expect(grid.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(grid[3]).toMatchObject({ factors: { strategy: 'pooled-lap', fleet: 48 }, levels: [1, 1] });
  });

  it('pairs with the first configuration when no baseline is named', () => {
    expect(expandGrid([strategy, fleet]).map((c) => c.baseline)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('matches the factors a baseline leaves out: {strategy: fcfs} pairs each strategy with fcfs at the same fleet', () => {
    const grid = expandGrid([strategy, fleet], { strategy: 'fcfs' });
    expect(grid.map((c) => grid[c.baseline].id)).toEqual([
      'strategy=fcfs, fleet=24',
      'strategy=fcfs, fleet=48',
      'strategy=fcfs, fleet=24',
      'strategy=fcfs, fleet=48',
      'strategy=fcfs, fleet=24',
      'strategy=fcfs, fleet=48',
    ]);
  });

  it('takes a full baseline as one configuration for all', () => {
    const grid = expandGrid([strategy, fleet], { strategy: 'pooled-lap', fleet: 48 });
    expect(new Set(grid.map((c) => c.baseline))).toEqual(new Set([3]));
  });

  it('writes object values as canonical JSON in ids, and has one configuration without factors', () => {
    expect(expandGrid([cycle, fleet]).map((c) => c.id)).toEqual(['cycle={"dist":"constant","value":90}, fleet=24', 'cycle={"dist":"constant","value":90}, fleet=48']);
    expect(expandGrid([])).toEqual([{ index: 0, id: 'base', factors: {}, levels: [], baseline: 0 }]);
  });
});
