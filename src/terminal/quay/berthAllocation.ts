import { PLANNING_RATE_SHARE } from '../assumptions';
import type { Terminal, VesselCall } from '../model';
import { cranesWanted } from './craneAssignment';

/**
 * The calls to berth now, each with the position of its west end, by the scenario's policy:
 * - `fcfs`: in arrival order while the first waiting call fits; a later call never overtakes it.
 * - `planned`: liner calls inside their window (or late) first, by window start, at their planned
 *   position when free; then every other waiting call by weighted shortest work first (weight ÷
 *   expected stay), wherever it fits without taking the stretch of quay a liner window needs
 *   before it would leave. No call blocks the ones behind it.
 * Positions: anywhere along the quay (`continuous`) or inside one fixed berth (`berths`), at
 * `berthGapM` from other vessels, as near the call's preferred position as possible.
 */
export function berthsToGive(t: Terminal): { call: VesselCall; fromM: number }[] {
  const out: { call: VesselCall; fromM: number }[] = [];
  const { waiting } = t.quay;
  if (t.scenario.vessels.berthAllocation === 'fcfs') {
    for (const call of waiting) {
      const fromM = findPosition(t, call, out, false);
      if (fromM === null) break;
      out.push({ call, fromM });
    }
    return out;
  }
  const now = t.sim.now;
  const inWindow = waiting.filter((c) => !Number.isNaN(c.windowStartS) && c.windowStartS <= now).sort((a, b) => a.windowStartS - b.windowStartS || a.index - b.index);
  const others = waiting
    .filter((c) => !inWindow.includes(c))
    .map((c) => ({ c, priority: c.plan.weight / expectedStayS(t, c) }))
    .sort((a, b) => b.priority - a.priority || a.c.index - b.c.index)
    .map((x) => x.c);
  for (const call of [...inWindow, ...others]) {
    const fromM = findPosition(t, call, out, true);
    if (fromM !== null) out.push({ call, fromM });
  }
  return out;
}

/** The planner's estimate of a call's stay alongside, s (see PLANNING_RATE_SHARE). */
export function expectedStayS(t: Terminal, call: VesselCall): number {
  const moves = call.plan.discharge.length + call.plan.loadMoves;
  const perCraneH = (3600 / t.cranes[0].meanCycleS) * PLANNING_RATE_SHARE;
  return (3600 * moves) / (perCraneH * cranesWanted(t, call));
}

/** Where the call's west end goes, or null if it fits nowhere now. */
function findPosition(t: Terminal, call: VesselCall, given: { call: VesselCall; fromM: number }[], keepWindows: boolean): number | null {
  const gap = t.scenario.vessels.berthGapM;
  const L = call.plan.lengthM;
  const taken: [number, number][] = [...t.quay.alongside.map((c): [number, number] => [c.fromM, c.toM]), ...given.map((g): [number, number] => [g.fromM, g.fromM + g.call.plan.lengthM])];
  if (keepWindows) {
    const untilS = t.sim.now + expectedStayS(t, call);
    for (const other of t.calls) {
      if (other === call || Number.isNaN(other.windowStartS) || !Number.isNaN(other.berthS) || given.some((g) => g.call === other)) continue;
      if (other.windowStartS < untilS && other.windowEndS > t.sim.now) taken.push([other.plan.positionM, other.plan.positionM + other.plan.lengthM]);
    }
  }
  const stretches = t.scenario.vessels.quay === 'continuous' ? [quayStretch(t)] : t.quay.berths.map((b): [number, number] => [b.fromM, b.toM]);
  // a generated call prefers the stretch its exports were stacked behind (its planned crane's home)
  const preferred = Number.isNaN(call.plan.positionM) ? t.layout.quayCranes[call.plannedCrane].x - L / 2 : call.plan.positionM;
  let best: number | null = null;
  for (const [from, to] of stretches) {
    // the stretch's ends and the places right next to other vessels (no gaps too small for anyone
    // left behind), and a liner's own planned position
    const candidates = [from, to - L, ...taken.flatMap(([a, b]) => [b + gap, a - gap - L])];
    if (!Number.isNaN(call.plan.positionM)) candidates.push(call.plan.positionM);
    for (const x of candidates) {
      if (x < from - 1e-9 || x + L > to + 1e-9) continue;
      if (taken.some(([a, b]) => x < b + gap - 1e-9 && x + L + gap > a + 1e-9)) continue;
      if (best === null || Math.abs(x - preferred) < Math.abs(best - preferred) || (Math.abs(x - preferred) === Math.abs(best - preferred) && x < best)) best = x;
    }
  }
  return best;
}

/** The whole quay, m along x. */
export function quayStretch(t: Terminal): [number, number] {
  const xs = Array.from(t.layout.quay.line).filter((_, i) => i % 2 === 0);
  return [Math.min(...xs), Math.max(...xs)];
}
