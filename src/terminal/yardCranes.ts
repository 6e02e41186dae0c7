import { Resource, sampler, type ProcessBody, type Sampler } from '../sim';
import { YARD_CRANE_SEPARATION_BAYS } from './assumptions';
import type { Box } from './boxes';
import { InvariantError } from './invariantError';
import type { Terminal } from './model';
import { BlockCranes, type BlockCraneHooks, type CraneLeg, type CraneLoad } from './yard/craneScheduler';
import { idleWork } from './yard/idleWork';
import { serviceKey } from './yard/serviceKey';
import type { Retrieval } from './yard/yardStacks';
import { bayFor, expectedLeaveS, groupOf, reserveForLoads, reserveNear, slotFor } from './yardPlanner';

/**
 * A double-cantilever yard crane. The block's cranes share its rails and cannot pass; they serve
 * the sea side (ARTs) and the land side (external trucks). Under `yard.craneSharing` "zones" each
 * works its own zone of bays with its own queue; under "shared" a block's cranes serve any bay they
 * can reach, scheduled together by the block's BlockCranes (yard/craneScheduler.ts).
 */
export interface YardCrane {
  index: number;
  id: string;
  block: number;
  /** its zone (bays fromBay ≤ b < toBay): the bays it serves under "zones", its home under "shared" */
  fromBay: number;
  toBay: number;
  /** where the trolley frame stands now, or will stand when its current move ends */
  bay: number;
  /** how busy it is: a request in service (count) and requests waiting for its zone */
  resource: CraneLoad;
  /** its own queue under "zones"; null under "shared", where the block's scheduler queues requests */
  zoneQueue: Resource | null;
  /** box being moved from a retrieval to its carrier, -1 if none */
  holding: number;
  trolley: Sampler;
  hoist: Sampler;
}

export function createYardCranes(t: Pick<Terminal, 'sim' | 'scenario' | 'layout' | 'streams'>): YardCrane[][] {
  const n = t.scenario.yard.cranesPerBlock;
  const zones = t.scenario.yard.craneSharing === 'zones';
  let index = 0;
  return t.layout.blocks.map((block, b) =>
    Array.from({ length: n }, (_, z): YardCrane => {
      const id = `${block.id}-${z + 1}`;
      const fromBay = Math.floor((z * block.bays) / n);
      const zoneQueue = zones ? new Resource(t.sim, 1, id) : null;
      return {
        index: index++,
        id,
        block: b,
        fromBay,
        toBay: Math.floor(((z + 1) * block.bays) / n),
        bay: fromBay,
        resource: zoneQueue ?? { count: 0, queueLength: 0 },
        zoneQueue,
        holding: -1,
        trolley: sampler(t.scenario.yard.trolleyTimeS, t.streams.stream(`yard.trolley:${id}`)),
        hoist: sampler(t.scenario.yard.hoistTimeS, t.streams.stream(`yard.hoist:${id}`)),
      };
    }),
  );
}

/** Under "zones": the crane whose zone holds the bay. */
export function craneFor(t: Terminal, block: number, bay: number): YardCrane {
  const cranes = t.yardCranes[block];
  for (const c of cranes) if (bay < c.toBay) return c;
  return cranes[cranes.length - 1];
}

/** Gantry travel between two bays. */
function gantryS(t: Terminal, crane: YardCrane, fromBay: number, toBay: number): number {
  return (Math.abs(toBay - fromBay) * t.layout.blocks[crane.block].bayAxis.bayLengthM) / t.scenario.yard.gantrySpeedMps;
}

/** One pick-and-place: a trolley and a hoist cycle. */
const cycleS = (crane: YardCrane) => crane.trolley() + crane.hoist();

/**
 * A yard crane granted to one request. `work` runs the job's legs (under "shared" each waits until
 * the crane may hold its bays: another crane may be in the way) and records them; it returns the
 * crane that did the job. `release` frees the crane.
 */
interface CraneLease {
  readonly crane: YardCrane;
  /** `wholeS`, if given, is the job's time as the zones model always added it up (one move, kept exact) */
  work(legs: CraneLeg<YardCrane>[], onTransfer?: (from: YardCrane, to: YardCrane) => void, wholeS?: (crane: YardCrane) => number): ProcessBody<YardCrane>;
  release(): void;
}

/** Waits until a crane of `block` is granted to a request at `bay` served in `key` order. */
function* leaseCrane(t: Terminal, block: number, bay: number, key: number): ProcessBody<CraneLease> {
  if (t.scenario.yard.craneSharing === 'zones') {
    const crane = craneFor(t, block, bay);
    const req = crane.zoneQueue!.request(key);
    yield req;
    return {
      crane,
      *work(legs, _onTransfer, wholeS) {
        // one move for the whole job, as the zones model always had: the legs' times added in order
        const from = crane.bay;
        let lo = from;
        let hi = from;
        let durationS = wholeS?.(crane) ?? 0;
        for (const leg of legs) {
          if (wholeS === undefined) durationS += leg.durationS(crane);
          crane.bay = leg.toBay;
          [lo, hi] = [Math.min(lo, leg.lo), Math.max(hi, leg.hi)];
        }
        yield* work(t, crane, from, durationS, legs.reduce((n, l) => n + l.rehandles, 0), crane.bay, lo, hi);
        return crane;
      },
      release: () => req.release(),
    };
  }
  const cranes = schedulerOf(t, block);
  const job = cranes.request(key, bay);
  const crane: YardCrane = yield job.granted!;
  return {
    crane,
    work: (legs, onTransfer) => cranes.occupy(job, legs, onTransfer ?? null),
    release: () => cranes.release(job),
  };
}

/** The block schedulers' states (under "shared"), for messages and debugging. */
export function describeYardCranes(t: Terminal): string[] {
  return schedulers.get(t)?.map((s) => s.describe()) ?? [];
}

/** Each terminal's block schedulers under "shared", made on first use. */
const schedulers = new WeakMap<Terminal, BlockCranes<YardCrane>[]>();

function schedulerOf(t: Terminal, block: number): BlockCranes<YardCrane> {
  let all = schedulers.get(t);
  if (all === undefined) {
    all = t.yardCranes.map((cranes, b) => new BlockCranes(blockHooks(t, b), cranes, cranes.map((c) => c.resource)));
    schedulers.set(t, all);
  }
  return all[block];
}

function blockHooks(t: Terminal, b: number): BlockCraneHooks<YardCrane> {
  const block = t.layout.blocks[b];
  const secondsPerBay = block.bayAxis.bayLengthM / t.scenario.yard.gantrySpeedMps;
  return {
    sim: t.sim,
    name: block.id,
    bays: block.bays,
    separation: YARD_CRANE_SEPARATION_BAYS,
    gantryS: (fromBay, toBay) => Math.abs(toBay - fromBay) * secondsPerBay,
    moved: (crane, t0, t1, fromBay, toBay, loBay, hiBay, rehandles) => {
      if (rehandles < 0) t.trace?.({ t: t0, event: 'yardCranePushed', crane: crane.id, from: fromBay, to: toBay });
      record(t, crane, t0, t1, fromBay, toBay, loBay, hiBay, Math.max(0, rehandles));
    },
    interfered: (_crane, t0, t1) => t.recorder.yardCraneInterferenceS.addSpan(t0, t1, 1),
    idleWork: (crane) => idleWork(t, crane),
    cutShort: (crane, lo, hi) => t.trace?.({ t: t.sim.now, event: 'yardLegCutShort', crane: crane.id, lo, hi }),
  };
}

/** A yard crane move starts: busy time, the yard's level, and the move for the views. */
function record(t: Terminal, crane: YardCrane, t0: number, t1: number, fromBay: number, toBay: number, loBay: number, hiBay: number, rehandles: number): void {
  t.recorder.yardCraneBusyS.addSpan(t0, t1, 1);
  t.recorder.yardOccupied.set(t0, t.yard.occupied);
  t.yardMoves.push({ crane: crane.index, block: crane.block, t0, t1, fromBay, toBay, loBay, hiBay, rehandles });
}

function* work(t: Terminal, crane: YardCrane, fromBay: number, durationS: number, rehandles: number, toBay: number, loBay: number, hiBay: number): ProcessBody {
  const now = t.sim.now;
  record(t, crane, now, now + durationS, fromBay, toBay, loBay, hiBay, rehandles);
  yield t.sim.timeout(durationS);
}

/**
 * Stacks `box`, brought by a carrier for which `block` has a slot reserved: the carrier goes to
 * the bay its group would use and the yard crane takes the box. If the block has no room left
 * for the group by then (other groups took the free stacks), the carrier moves on to the nearest
 * block to `nearCrane` that has. Returns the block the box went to.
 */
export function* stackBox(
  t: Terminal,
  box: Box,
  block: number,
  side: 'sea' | 'land',
  nearCrane: number,
  goTo: (block: number, bay: number) => ProcessBody,
  takeFromCarrier: () => void,
): ProcessBody<number> {
  const leaveS = expectedLeaveS(t, box);
  for (;;) {
    const group = groupOf(t, box); // a load's may turn to its call's mixed group on a redirect
    const bay = bayFor(t, block, group, leaveS);
    if (bay >= 0) {
      yield* goTo(block, bay);
      if (yield* storeBox(t, box, group, leaveS, block, side, bay, takeFromCarrier)) return block;
    }
    t.yardReserved[block]--;
    t.trace?.({ t: t.sim.now, event: 'yardRedirect', box: box.name, from: t.yard.blocks[block].id });
    block = box.flow === 'import' || box.toCall < 0 ? reserveNear(t, nearCrane, 1, group) : reserveForLoads(t, box.toCall, [box]);
  }
}

/**
 * A yard crane takes the box and stacks it; false (nothing changed) if the block has no slot for
 * its group any more. The box counts as in its slot from the moment the crane is granted, so no
 * other move can claim the slot meanwhile.
 */
function* storeBox(t: Terminal, box: Box, group: number, leaveS: number, block: number, side: 'sea' | 'land', bay: number, takeFromCarrier: () => void): ProcessBody<boolean> {
  const lease = yield* leaseCrane(t, block, bay, serviceKey(t, side));
  const slot = slotFor(t, block, group, bay, t.yardReserved[block] - 1, leaveS);
  if (slot === null) {
    lease.release();
    return false;
  }
  takeFromCarrier();
  t.yard.store(box.id, group, slot, leaveS);
  t.ledger.move(box, 'yard');
  t.yardReserved[block]--; // every carrier bound for the yard reserved its slot
  const pickS = (crane: YardCrane) => {
    t.trace?.({ t: t.sim.now, event: 'yardStore', box: box.name, crane: crane.id, bay: slot.bay, row: slot.row, tier: slot.tier });
    return gantryS(t, crane, crane.bay, bay) + cycleS(crane);
  };
  // to the carrier and take the box, then to its slot (one leg when the slot is in that bay)
  const toCarrier: CraneLeg<YardCrane> = { lo: bay, hi: bay, toBay: bay, rehandles: 0, durationS: pickS };
  const toSlot: CraneLeg<YardCrane> = { lo: Math.min(bay, slot.bay), hi: Math.max(bay, slot.bay), toBay: slot.bay, rehandles: 0, durationS: (crane) => gantryS(t, crane, crane.bay, slot.bay) };
  yield* lease.work(slot.bay === bay ? [toCarrier] : [toCarrier, toSlot]);
  lease.release();
  return true;
}

/** A load's box chosen when its yard crane starts, among the bays the crane may work: see categoryPick. */
export type PickLoadBox = (fromBay: number, toBay: number) => Box;

/**
 * Digs `box` out of its stack (moving the boxes above it aside first) and hands it to a carrier at
 * its bay; `dueS`, when the box is for a quay crane move, is when the crane needs it. A load may
 * instead let the yard `pick` which box of its category goes (when the crane starts), the carrier
 * standing at `handoverBay`.
 */
export function* retrieveBox(t: Terminal, box: Box, side: 'sea' | 'land', giveToCarrier: () => void, dueS?: number, pick?: { handoverBay: number; box: PickLoadBox }): ProcessBody {
  const at = t.yard.locate(box.id);
  if (at === null) throw new InvariantError(t.sim.now, `${box.name} should be in the yard to be retrieved, but is on the ${box.place}`);
  const handoverBay = pick?.handoverBay ?? at.bay;
  const lease = yield* leaseCrane(t, at.block, handoverBay, serviceKey(t, side, dueS));
  // ── Granted: `lease.crane` may work the block for this request and nothing has changed yet. ──
  // a load's category may give another box of the block, among the bays this crane reaches
  if (pick !== undefined) box = pick.box(...reachOf(t, lease.crane));
  const { from, rehandles } = digOut(t, box);
  t.ledger.move(box, 'yardCrane', lease.crane.index);
  lease.crane.holding = box.id;
  const started = (crane: YardCrane) => {
    t.recorder.retrieval(t.sim.now, rehandles.length, side === 'sea');
    t.trace?.({ t: t.sim.now, event: 'yardRetrieve', box: box.name, crane: crane.id, bay: from.bay, rehandles: rehandles.length });
  };
  // to the box's bay and its pick (a trolley and a hoist cycle); each box above lifted aside
  // (a cycle) to another row, or to the bay the yard chose and back
  const pickS = (crane: YardCrane) => gantryS(t, crane, crane.bay, from.bay) + cycleS(crane);
  // The legs: work at the box's bay is one leg (fewer events), each trip to another bay one of its
  // own, so the other crane keeps out of those bays only meanwhile.
  const legs: CraneLeg<YardCrane>[] = [];
  let atBox: ((crane: YardCrane) => number)[] = [(crane) => (started(crane), pickS(crane))];
  let lifts = 0;
  const stay = () => {
    const parts = atBox;
    legs.push({ lo: from.bay, hi: from.bay, toBay: from.bay, rehandles: lifts, durationS: (crane) => parts.reduce((sum, part) => sum + part(crane), 0) });
  };
  for (const r of rehandles) {
    atBox.push((crane) => cycleS(crane)); // the lift
    lifts++;
    if (r.to.bay === from.bay) continue; // set down in another row of the bay: no trip
    stay();
    legs.push({ lo: Math.min(from.bay, r.to.bay), hi: Math.max(from.bay, r.to.bay), toBay: from.bay, rehandles: 0, durationS: (crane) => 2 * gantryS(t, crane, r.from.bay, r.to.bay) });
    // pushed aside after the trip, the crane comes back to the box first
    atBox = [(crane) => gantryS(t, crane, crane.bay, from.bay)];
    lifts = 0;
  }
  if (lifts > 0 || legs.length === 0) stay();
  // a box of the category from another bay is carried to the carrier's
  if (handoverBay !== from.bay) legs.push({ lo: Math.min(from.bay, handoverBay), hi: Math.max(from.bay, handoverBay), toBay: handoverBay, rehandles: 0, durationS: (crane) => gantryS(t, crane, crane.bay, handoverBay) });
  const crane = yield* lease.work(
    legs,
    (was, now) => {
      // the dig moved to a crane that reaches every bay it visits
      if (was.holding === box.id) was.holding = -1;
      now.holding = box.id;
      t.ledger.move(box, 'yardCrane', now.index);
    },
    (crane) => {
      // the zones model's sum, in its order (kept exact)
      let durationS = gantryS(t, crane, crane.bay, from.bay) + cycleS(crane);
      for (const r of rehandles) durationS += cycleS(crane) + 2 * gantryS(t, crane, r.from.bay, r.to.bay);
      durationS += gantryS(t, crane, from.bay, handoverBay);
      started(crane);
      return durationS;
    },
  );
  crane.holding = -1;
  giveToCarrier();
  lease.release();
}

/** Takes the box out of the yard, moving the boxes above it aside (the yard chooses where). */
function digOut(t: Terminal, box: Box): Retrieval {
  try {
    return t.yard.retrieve(box.id, t.scenario.yard.rehandlePlacement);
  } catch (e) {
    throw new InvariantError(t.sim.now, (e as Error).message); // no room to move the boxes above aside
  }
}

/**
 * The bays [from, to) a crane may work: its zone under "zones"; under "shared" every bay it can
 * reach, `separation` bays per crane clear of each end for the cranes beyond it.
 */
export function reachOf(t: Terminal, crane: YardCrane): [number, number] {
  if (t.scenario.yard.craneSharing === 'zones') return [crane.fromBay, crane.toBay];
  const cranes = t.yardCranes[crane.block];
  const i = cranes.indexOf(crane);
  const bays = t.layout.blocks[crane.block].bays;
  return [i * YARD_CRANE_SEPARATION_BAYS, bays - (cranes.length - 1 - i) * YARD_CRANE_SEPARATION_BAYS];
}
