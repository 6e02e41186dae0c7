import type { ProcessBody } from '../../sim';
import type { GantryMotion, Rail } from './railTypes';
import type { QuayCraneState, Terminal } from '../model';

export const DEFAULT_GANTRY_SPEED_MPS = 0.75;
export const DEFAULT_SAFETY_DISTANCE_M = 30;

/**
 * Sends the crane to `x` along the rail and returns when it stands there (at once if it does).
 * Travel happens in stretches: each as far as the neighbours allow (see railUpdate).
 */
export function* gantryTo(t: Terminal, crane: QuayCraneState, x: number): ProcessBody<number> {
  const fromS = t.sim.now;
  crane.wantX = x;
  railUpdate(t);
  if (crane.motion === null && Math.abs(crane.x - x) <= 1e-6) return 0;
  while (crane.motion !== null || Math.abs(crane.x - x) > 1e-6) {
    crane.arrived = t.sim.event();
    yield crane.arrived;
  }
  // reaching its bay is progress: the stall watchdog counts from here, not from when it set out
  crane.progressS = Math.max(crane.progressS, t.sim.now);
  t.trace?.({ t: t.sim.now, event: 'craneAtBay', crane: crane.id, atM: x, tookS: t.sim.now - fromS });
  return t.sim.now - fromS;
}

/** The crane no longer needs a place on the rail: neighbours may push it aside. */
export function releaseRailPlace(t: Terminal, crane: QuayCraneState): void {
  crane.wantX = NaN;
  crane.pinned = false;
  railUpdate(t);
}

/**
 * Where each crane heads. Cranes mid-cycle, and cranes standing where they want to be, stay (first
 * come, first served on the rail: a crane at work is never pushed off its bay). Cranes on their
 * way to a bay get as near it as the separation allows, the eastern one first (calls are worked
 * west to east, so a crane catching up with its eastern neighbour waits behind it). Free cranes stay
 * where they are unless pushed. The targets keep the cranes' order with `sepM` between neighbours,
 * so no two cranes wait for each other: a crane heading east can only be held by an eastern
 * neighbour that stays or heads east too, and the easternmost of such a chain is free to go
 * (likewise west).
 */
export function railTargets(cranes: readonly QuayCraneState[], rail: Rail): Float64Array {
  const n = cranes.length;
  const e = new Float64Array(n);
  const { sepM: s, minX, maxX } = rail;
  const anchored: number[] = [];
  cranes.forEach((c, i) => {
    if (c.pinned || !Number.isNaN(c.wantX)) anchored.push(i);
  });
  const stays = (c: QuayCraneState) => c.pinned || (c.motion === null && Math.abs(c.x - c.wantX) <= 1e-6);
  // cranes on their way: east to west, each no nearer than the separation to the one east of it …
  let next = -1;
  for (let k = anchored.length - 1; k >= 0; k--) {
    const i = anchored[k];
    const c = cranes[i];
    const high = next < 0 ? maxX - (n - 1 - i) * s : e[next] - (next - i) * s;
    e[i] = stays(c) ? c.x : Math.min(c.wantX, high);
    next = i;
  }
  // … then west to east, no nearer than the separation to the one west of it (a crane that stays wins)
  let prev = -1;
  for (const i of anchored) {
    const low = prev < 0 ? minX + i * s : e[prev] + (i - prev) * s;
    if (!stays(cranes[i])) e[i] = Math.max(e[i], low);
    prev = i;
  }
  // free cranes between anchored ones: where they are, squeezed into the room left
  let left = -1;
  for (let k = 0; k <= anchored.length; k++) {
    const right = k < anchored.length ? anchored[k] : n;
    for (let i = left + 1; i < right; i++) {
      const low = Math.max(left < 0 ? minX + i * s : e[left] + (i - left) * s, i > left + 1 ? e[i - 1] + s : -Infinity);
      const high = right >= n ? maxX - (n - 1 - i) * s : e[right] - (right - i) * s;
      e[i] = Math.min(Math.max(cranes[i].x, low), high);
    }
    left = right;
  }
  return e;
}

/** The crane that holds `crane` back on its way to wantX, or null if none does. */
export function railBlocker(t: Terminal, crane: QuayCraneState): QuayCraneState | null {
  if (Number.isNaN(crane.wantX) || (crane.motion === null && Math.abs(crane.x - crane.wantX) <= 1e-6)) return null;
  const neighbour = t.cranes[crane.index + (crane.wantX > crane.x ? 1 : -1)];
  return neighbour ?? null;
}

/**
 * Starts a gantry travel for every crane standing away from its target: as far toward it as the
 * neighbours' current stretches of rail allow. Called whenever a target or a position changes.
 */
export function railUpdate(t: Terminal): void {
  const rail = t.rail;
  if (rail === null) return;
  const cranes = t.cranes;
  const e = railTargets(cranes, rail);
  cranes.forEach((c, i) => {
    if (c.motion !== null || c.pinned || Math.abs(c.x - e[i]) <= 1e-6) return;
    let reach = e[i];
    if (reach > c.x && i + 1 < cranes.length) reach = Math.min(reach, westEdge(cranes[i + 1]) - rail.sepM);
    if (reach < c.x && i > 0) reach = Math.max(reach, eastEdge(cranes[i - 1]) + rail.sepM);
    if (Math.abs(reach - c.x) <= 1e-6 || (reach - c.x) * (e[i] - c.x) < 0) return;
    const motion: GantryMotion = { crane: i, x0: c.x, x1: reach, t0: t.sim.now, t1: t.sim.now + Math.abs(reach - c.x) / rail.speedMps };
    c.motion = motion;
    rail.motions.push(motion);
    t.trace?.({ t: t.sim.now, event: 'craneGantry', crane: c.id, fromM: motion.x0, toM: motion.x1, untilS: motion.t1 });
    t.sim.process(travel(t, c, motion), `${c.id} gantry`);
  });
}

function* travel(t: Terminal, crane: QuayCraneState, motion: GantryMotion): ProcessBody {
  yield t.sim.timeout(motion.t1 - motion.t0);
  crane.x = motion.x1;
  crane.motion = null;
  if (crane.arrived !== null && Math.abs(crane.x - crane.wantX) <= 1e-6) {
    const arrived = crane.arrived;
    crane.arrived = null;
    arrived.succeed();
  }
  railUpdate(t); // a crane held by this one may go on now
}

/** The stretch of rail a crane holds: where it is, and while it travels, where it goes. */
const westEdge = (c: QuayCraneState) => (c.motion === null ? c.x : Math.min(c.motion.x0, c.motion.x1));
const eastEdge = (c: QuayCraneState) => (c.motion === null ? c.x : Math.max(c.motion.x0, c.motion.x1));

/** Where a crane is at `nowS`, between the ends of its travel: for views. */
export function craneXAt(crane: QuayCraneState, nowS: number): number {
  const m = crane.motion;
  if (m === null || m.t1 <= m.t0) return crane.x;
  const u = Math.min(1, Math.max(0, (nowS - m.t0) / (m.t1 - m.t0)));
  return m.x0 + (m.x1 - m.x0) * u;
}
