import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { runSimulation } from '../run/runSimulation';
import { RandomStreams } from '../sim';
import { AppointmentBook } from './appointments';

describe('truck appointments', () => {
  it('book the wanted slot until its quota is reached, then the next slot with room', () => {
    const book = new AppointmentBook({ slotS: 3600, quotaPerBlock: 2, punctualityS: { dist: 'constant', value: 600 }, knownShare: 0 }, 3, new RandomStreams(1));
    expect([1000, 1500, 2000, 3599].map((s) => book.book(1, s))).toEqual([0, 0, 3600, 3600]);
    expect(book.book(2, 100)).toBe(0); // another block's quota is its own
    expect(book.book(1, 3700)).toBe(7200);
    expect(book.arrival(7200)).toBe(7800);
  });

  it('keep every block\'s quota in every slot of a run', () => {
    const loaded = readScenarioFile('scenarios/tianjin-c-section.json');
    const quota = 3;
    const gate = { ...loaded.scenario.gate, appointments: { slotS: 3600, quotaPerBlock: quota, punctualityS: { dist: 'uniform' as const, min: 0, max: 3600 }, knownShare: 0.5 } };
    const { terminal } = runSimulation({ ...loaded, scenario: { ...loaded.scenario, gate } }, { durationS: 2 * 86400 });
    const book = terminal.appointments!;
    const counts = [...book.booked.values()];
    expect(counts.length).toBeGreaterThan(100);
    expect(Math.max(...counts)).toBe(quota); // full slots exist, and none is over
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(terminal.layout.blocks.length * quota);
  });
});
