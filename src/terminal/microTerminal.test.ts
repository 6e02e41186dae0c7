import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { microScenario } from './testing/microTerminal';

/**
 * The crane–vehicle loop of the micro terminal by hand. After handing over box k, a vehicle drives
 * 40 m loaded to the unlocking station (40/5 + 10 s), is unlocked (20 s), drives 33 + 6b m loaded
 * to bay b, waits for the yard crane (30 s, plus gantry: 4 bays × 6 m at 2 m/s before the first
 * box, 1 bay before the 13th, when bay 4's 12 slots are full and bay 3 opens), and drives
 * 127 − 6b m empty back to the crane.
 */
function returnS(k: number): number {
  return freeS(k) + emptyBackS(k);
}

/** From handing box k over to being free at the yard again, its box stacked. */
function freeS(k: number): number {
  const bay = k <= 12 ? 4 : 3;
  const gantryS = k === 1 ? 12 : k === 13 ? 3 : 0;
  return 40 / 5 + 10 + 20 + (33 + 6 * bay) / 5 + 10 + 30 + gantryS;
}

const emptyBackS = (k: number) => (127 - 6 * (k <= 12 ? 4 : 3)) / 8 + 10;

/**
 * Each half of the 50 s cycle is 25 s. The crane lifts box k once a vehicle has been sent for it:
 * FCFS serves jobs round the fleet, so job k goes to job k − n's vehicle the moment that one is free
 * at the yard (the first n at t = 0); the cycle starts at s_k = max(h_{k−1} + 25, that moment) and
 * the crane hands box k over at h_k = max(s_k + 25, arrival of its vehicle), the vehicle coming
 * back after returnS, or from the parking, 45/8 + 10 s away.
 */
function handCraneRate(n: number, moves = 20): number {
  const h: number[] = [];
  for (let k = 1; k <= moves; k++) {
    const sent = k <= n ? 0 : h[k - n - 1] + freeS(k - n);
    const arrival = k <= n ? 45 / 8 + 10 : h[k - n - 1] + returnS(k - n);
    const start = Math.max(k === 1 ? 0 : h[k - 2] + 25, sent);
    h.push(Math.max(start + 25, arrival));
  }
  return (3600 * moves) / (h[moves - 1] + 25);
}

describe('micro terminal: 1 quay crane, 1 block, n vehicles, constant times', () => {
  it.each([1, 2, 4])('crane rate with %i vehicle(s) equals the hand-computed value', (n) => {
    const { result } = runSimulation(microScenario(n));
    expect(result.kpis.moves).toBe(20);
    expect(result.kpis.craneRate).toBeCloseTo(handCraneRate(n), 9);
    expect(result.perCall[0].departS).not.toBeNull();
  });

  it('one vehicle leaves the crane waiting, enough vehicles reach the QC-bound exactly', () => {
    expect(handCraneRate(1)).toBeCloseTo(32.2841, 4);
    const { result } = runSimulation(microScenario(4));
    expect(result.kpis.qcBound).toBe(72);
    expect(result.kpis.craneRate).toBe(72);
    expect(result.kpis.qcWaitShare).toBe(0);
    expect(result.kpis.gapToQcBound).toBe(0);
  });
});
