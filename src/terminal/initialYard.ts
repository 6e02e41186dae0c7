import { sampler } from '../sim';
import type { Box } from './boxes';
import type { CallPlan } from './callPlans';
import { bookDelivery, bookPickup, schedulePickup, wantedPickupS } from './gate';
import type { Terminal } from './model';
import { cumulative, drawTimeOfDay } from './timeOfDay';
import { bayFor, canTake, expectedLeaveS, groupOf, reserveForLoads, slotFor } from './yardPlanner';

/** Boxes per group of the imports already in the yard at t = 0 (as if from earlier calls). */
const EARLIER_CALL_BOXES = 400;

/**
 * The yard at t = 0: exports for the first calls whose gate delivery would have been before the
 * start, then imports of earlier calls awaiting pickup up to the scenario's occupancy. Later
 * exports are booked to come through the gate.
 */
export function fillInitialYard(t: Terminal, plans: readonly CallPlan[]): void {
  for (const plan of plans) {
    for (const e of plan.exports) {
      const { deliveryS, ...fields } = e;
      if (deliveryS >= t.endS) continue;
      if (deliveryS >= 0) {
        bookDelivery(t, fields, deliveryS);
        continue;
      }
      const box = t.ledger.create(fields, 'yard', -1);
      t.calls[plan.index].loadList.push(box);
      stack(t, box, reserveForLoads(t, plan.index, [box]));
    }
  }
  fillWithImports(t);
  t.recorder.yardOccupied.set(0, t.yard.occupied);
}

function fillWithImports(t: Terminal): void {
  const { scenario, yard } = t;
  const wanted = Math.round(scenario.yard.initialOccupancy * yard.slots) - yard.occupied;
  const stream = t.streams.stream('yard.initial');
  // its own stream: the share of known appointments shifts none of the draws above
  const known = t.streams.stream('yard.initialKnown');
  const knownShare = scenario.gate.appointments?.knownShare ?? 0;
  const dwell = sampler(scenario.yard.importDwellS, stream);
  const profile = cumulative(scenario.gate.hourlyProfile);
  let block = 0;
  for (let k = 0; k < wanted; k++) {
    const batch = Math.floor(k / EARLIER_CALL_BOXES);
    const fields = {
      feet: stream.chance(scenario.vessels.mix.share40ft) ? 40 : 20,
      flow: 'import',
      reefer: stream.chance(scenario.vessels.mix.reeferShare),
      weightClass: -1,
      destination: -1,
      fromCall: -1 - batch,
      toCall: -1,
      direct: false,
      dwellS: dwell(),
      truckSecondOfDay: drawTimeOfDay(profile, stream.random),
      deliveryDay: 0,
      pickupKnown: known.chance(knownShare),
    } as const;
    // it has been in the yard for part of its dwell already: what is left of it from t = 0
    const readyFromS = -fields.dwellS * (1 - stream.random());
    // its group may be its pickup day, which needs the time it is wanted; the slot comes with the block
    const wantedS = wantedPickupS(t, fields, readyFromS);
    const group = groupOf(t, { ...fields, pickupS: wantedS });
    // one block per earlier call, round the yard; a block without room passes to the next
    if (k % EARLIER_CALL_BOXES === 0) block = batch % yard.blocks.length;
    let tries = 0;
    while (!canTake(t, block, group, 1)) {
      block = (block + 1) % yard.blocks.length;
      if (++tries > yard.blocks.length) return; // the yard holds no more beyond its rehandle reserve
    }
    const box = t.ledger.create(fields, 'yard', -1);
    bookPickup(t, box, wantedS, block);
    t.yardReserved[block]++;
    stack(t, box, block, group);
    schedulePickup(t, box);
  }
}

function stack(t: Terminal, box: Box, block: number, group = groupOf(t, box)): void {
  const leaveS = expectedLeaveS(t, box);
  const slot = slotFor(t, block, group, bayFor(t, block, group, leaveS), t.yardReserved[block] - 1, leaveS)!;
  t.yard.store(box.id, group, slot, leaveS);
  t.yardReserved[block]--;
}
