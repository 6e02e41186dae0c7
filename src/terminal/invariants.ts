import { BOX_PLACES, type BoxPlace } from './boxes';
import { InvariantError } from './invariantError';
import type { Terminal } from './model';

/**
 * Every check the end of a run makes; a non-empty list fails the run. Each holder is asked what
 * it holds (vehicles, trucks, cranes, the yard's slots, vessels) and compared with where the box
 * ledger says each box is, so a box lost, duplicated or misfiled shows from both sides.
 */
export function invariantProblems(t: Terminal, endS: number): string[] {
  const problems: string[] = [];
  const { ledger } = t;
  const held: { place: BoxPlace; holder: number }[][] = ledger.boxes.map(() => []);
  const hold = (id: number, place: BoxPlace, holder: number) => held[id]?.push({ place, holder });
  t.vehicles.forEach((v) => v.cargo.forEach((b) => hold(b.id, 'vehicle', v.index)));
  for (const k of t.trucks.values()) k.cargo.forEach((b) => hold(b.id, 'externalTruck', k.index));
  t.cranes.forEach((c) => c.holding >= 0 && hold(c.holding, 'quayCrane', c.index));
  t.yardCranes.flat().forEach((c) => c.holding >= 0 && hold(c.holding, 'yardCrane', c.index));
  t.yard.forEachBox((box) => hold(box, 'yard', -1));
  t.calls.forEach((call) => {
    call.loaded.forEach((b) => hold(b.id, call.departS <= endS ? 'gone' : 'vessel', call.index));
    call.discharge.forEach((b) => b.place === 'vessel' && b.holder === call.index && hold(b.id, 'vessel', call.index));
    const aboard = call.discharge.filter((b) => b.place === 'vessel' && b.holder === call.index);
    if (call.departS <= endS && aboard.length > 0) problems.push(`${call.id} departed with ${aboard.length} box(es) of its discharge list still aboard, e.g. ${aboard[0].name}`);
  });
  const counted = Object.fromEntries(BOX_PLACES.map((p) => [p, 0])) as Record<BoxPlace, number>;
  for (const box of ledger.boxes) {
    counted[box.place]++;
    const at = held[box.id].filter((h) => h.place !== 'gone');
    if (box.place === 'gone') {
      if (at.length > 0) problems.push(`${box.name} is recorded as gone but is still on ${describe(at)}`);
    } else if (at.length !== 1) {
      problems.push(`${box.name} (recorded on the ${box.place}) is in ${at.length} places${at.length ? `: ${describe(at)}` : ''}`);
    } else if (at[0].place !== box.place || (at[0].holder !== box.holder && box.place !== 'yard')) {
      problems.push(`${box.name} is recorded on the ${box.place} ${box.holder} but is on ${describe(at)}`);
    }
  }
  for (const p of BOX_PLACES) {
    if (counted[p] !== ledger.counts[p]) problems.push(`the ledger counts ${ledger.counts[p]} boxes on the ${p} but ${counted[p]} are recorded there`);
  }
  problems.push(...t.yard.problems());
  problems.push(...vehicleProblems(t, endS));
  return problems;
}

function describe(at: { place: BoxPlace; holder: number }[]): string {
  return at.map((h) => (h.holder >= 0 ? `the ${h.place} ${h.holder}` : `the ${h.place}`)).join(' and ');
}

/** One thing at a time: drives never overlap, state time adds up to the run; charge within the battery. */
function vehicleProblems(t: Terminal, endS: number): string[] {
  const problems: string[] = [];
  const cap = t.scenario.battery.capacityKWh;
  // the logs note an overlap as the motion is recorded, kept or not by the end
  problems.push(...t.drives.overlapProblems(), ...t.yardMoves.overlapProblems());
  for (const v of t.vehicles) {
    const open = Math.max(0, endS - v.since);
    if (Math.abs(v.accountedS + open - endS) > 1e-6 * Math.max(1, endS)) {
      problems.push(`${v.id} spent ${(v.accountedS + open).toFixed(1)} s in its states over a run of ${endS} s (it was in two states at once, or in none)`);
    }
    if (!(v.energyKWh >= 0 && v.energyKWh <= cap + 1e-9)) problems.push(`${v.id} holds ${v.energyKWh} kWh, outside [0, ${cap}] kWh`);
    const feet = v.cargo.reduce((s, b) => s + b.feet, 0);
    if (feet > 40) problems.push(`${v.id} carries ${v.cargo.length} boxes (${feet} feet), more than one 40' or two 20'`);
  }
  return problems;
}

/** Throws when any invariant is broken, listing the first problems found. */
export function checkInvariants(t: Terminal, endS: number): void {
  const problems = invariantProblems(t, endS);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('; ');
    throw new InvariantError(endS, problems.length > 10 ? `${shown}; and ${problems.length - 10} more` : shown);
  }
}
