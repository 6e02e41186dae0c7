import { Resource, sampler, type ProcessBody, type Sampler } from '../sim';
import type { Box } from './boxes';
import type { YardStacks } from './yard/yardStacks';
import { InvariantError } from './invariantError';
import type { Terminal } from './model';
import { bayFor, expectedLeaveS, groupOf, reserveNear, slotFor } from './yardPlanner';

/**
 * A double-cantilever yard crane. The block's cranes share its rails and cannot pass, so each
 * works its own zone of bays; it serves the sea side (ARTs) and the land side (external trucks).
 */
export interface YardCrane {
  index: number;
  id: string;
  block: number;
  /** its zone: bays fromBay ≤ b < toBay */
  fromBay: number;
  toBay: number;
  /** where the trolley frame stands now */
  bay: number;
  resource: Resource;
  /** box being moved from a retrieval to its carrier, -1 if none */
  holding: number;
  trolley: Sampler;
  hoist: Sampler;
}

export function createYardCranes(t: Pick<Terminal, 'sim' | 'scenario' | 'layout' | 'streams'>): YardCrane[][] {
  const n = t.scenario.yard.cranesPerBlock;
  let index = 0;
  return t.layout.blocks.map((block, b) =>
    Array.from({ length: n }, (_, z): YardCrane => {
      const id = `${block.id}-${z + 1}`;
      const fromBay = Math.floor((z * block.bays) / n);
      return {
        index: index++,
        id,
        block: b,
        fromBay,
        toBay: Math.floor(((z + 1) * block.bays) / n),
        bay: fromBay,
        resource: new Resource(t.sim, 1, id),
        holding: -1,
        trolley: sampler(t.scenario.yard.trolleyTimeS, t.streams.stream(`yard.trolley:${id}`)),
        hoist: sampler(t.scenario.yard.hoistTimeS, t.streams.stream(`yard.hoist:${id}`)),
      };
    }),
  );
}

export function craneFor(t: Terminal, block: number, bay: number): YardCrane {
  const cranes = t.yardCranes[block];
  for (const c of cranes) if (bay < c.toBay) return c;
  return cranes[cranes.length - 1];
}

/**
 * Who a yard crane serves first, as a key (lower first, ties in arrival order). FCFS: arrival order.
 * Quay-first: all sea-side (ART) work before any truck, and within it earliest deadline first: a
 * retrieval for a move its quay crane already needs (its due time is past) goes ahead of work that
 * came later than that, so a vehicle fetching a box for later cannot hold up the one the quay
 * crane waits for, while no request waits behind work that came after it and is needed later.
 */
function serviceKey(t: Terminal, side: 'sea' | 'land', dueS = Infinity): number {
  if (t.scenario.yard.serviceRule !== 'quay-first') return t.sim.now;
  const key = Math.min(t.sim.now, dueS);
  return side === 'land' ? AFTER_ALL_SEA + key : key;
}

/** Added to a truck's key under quay-first: more than any time a run can reach. */
const AFTER_ALL_SEA = 1e12;

/** Gantry travel between two bays. */
function gantryS(t: Terminal, crane: YardCrane, fromBay: number, toBay: number): number {
  return (Math.abs(toBay - fromBay) * t.layout.blocks[crane.block].bayAxis.bayLengthM) / t.scenario.yard.gantrySpeedMps;
}

/** One pick-and-place: a trolley and a hoist cycle. */
const cycleS = (crane: YardCrane) => crane.trolley() + crane.hoist();

function* work(t: Terminal, crane: YardCrane, fromBay: number, durationS: number, rehandles: number, toBay: number): ProcessBody {
  const now = t.sim.now;
  t.recorder.yardCraneBusyS.addSpan(now, now + durationS, 1);
  t.recorder.yardOccupied.set(now, t.yard.occupied);
  t.yardMoves.push({ crane: crane.index, block: crane.block, t0: now, t1: now + durationS, fromBay, toBay, rehandles });
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
  const group = groupOf(t, box);
  const leaveS = expectedLeaveS(t, box);
  for (;;) {
    const bay = bayFor(t, block, group, leaveS);
    if (bay >= 0) {
      yield* goTo(block, bay);
      if (yield* storeBox(t, box, group, leaveS, block, side, bay, takeFromCarrier)) return block;
    }
    t.yardReserved[block]--;
    t.trace?.({ t: t.sim.now, event: 'yardRedirect', box: box.name, from: t.yard.blocks[block].id });
    block = reserveNear(t, nearCrane, 1, group);
  }
}

/**
 * The yard crane serving `bay` takes the box and stacks it; false (nothing changed) if the block
 * has no slot for its group any more. The box counts as in its slot from the moment the crane
 * takes it, so no other move can claim the slot meanwhile.
 */
function* storeBox(t: Terminal, box: Box, group: number, leaveS: number, block: number, side: 'sea' | 'land', bay: number, takeFromCarrier: () => void): ProcessBody<boolean> {
  const crane = craneFor(t, block, bay);
  const req = crane.resource.request(serviceKey(t, side));
  yield req;
  const slot = slotFor(t, block, group, bay, t.yardReserved[block] - 1, leaveS);
  if (slot === null) {
    req.release();
    return false;
  }
  takeFromCarrier();
  t.yard.store(box.id, group, slot, leaveS);
  t.ledger.move(box, 'yard');
  t.yardReserved[block]--; // every carrier bound for the yard reserved its slot
  const from = crane.bay;
  const durationS = gantryS(t, crane, from, bay) + cycleS(crane) + gantryS(t, crane, bay, slot.bay);
  crane.bay = slot.bay;
  t.trace?.({ t: t.sim.now, event: 'yardStore', box: box.name, crane: crane.id, bay: slot.bay, row: slot.row, tier: slot.tier });
  yield* work(t, crane, from, durationS, 0, slot.bay);
  req.release();
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
  const crane = craneFor(t, at.block, handoverBay);
  const req = crane.resource.request(serviceKey(t, side, dueS));
  yield req;
  // the crane has been granted and nothing is moved yet: a load's category may give another box
  if (pick !== undefined) box = pick.box(crane.fromBay, crane.toBay);
  let dig: ReturnType<YardStacks['retrieve']>;
  try {
    dig = t.yard.retrieve(box.id, t.scenario.yard.rehandlePlacement);
  } catch (e) {
    throw new InvariantError(t.sim.now, (e as Error).message); // no room to move the boxes above aside
  }
  const { from, rehandles } = dig;
  t.ledger.move(box, 'yardCrane', crane.index);
  crane.holding = box.id;
  const start = crane.bay;
  let durationS = gantryS(t, crane, start, from.bay) + cycleS(crane);
  // each box above is lifted aside (to another row, or another bay and back) before the dig
  for (const r of rehandles) durationS += cycleS(crane) + 2 * gantryS(t, crane, r.from.bay, r.to.bay);
  // a box of the category from another bay is carried to the carrier's
  durationS += gantryS(t, crane, from.bay, handoverBay);
  crane.bay = handoverBay;
  t.recorder.retrieval(t.sim.now, rehandles.length, side === 'sea');
  t.trace?.({ t: t.sim.now, event: 'yardRetrieve', box: box.name, crane: crane.id, bay: from.bay, rehandles: rehandles.length });
  yield* work(t, crane, start, durationS, rehandles.length, handoverBay);
  crane.holding = -1;
  giveToCarrier();
  req.release();
}
