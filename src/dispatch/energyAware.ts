import { PooledMatcher, type Column } from './pooledMatching';
import { POOLED_LAP_RULES } from './pooledLap';
import type { Assignment, DispatchSnapshot, Strategy, VehicleView } from './strategy';

/** The upper of the two thresholds: below it an idle vehicle charges when the cranes can spare it. */
export const OPPORTUNITY_CHARGE_BELOW_SOC = 0.6;
/** Charge kept in hand after a job and the drive to the nearest charger, as a share of capacity. */
export const RESERVE_SOC = 0.05;
/** Seconds of cost per second of charging a job leaves the vehicle owing. */
export const CHARGE_DEBT_WEIGHT = 0.02;

/**
 * Energy-aware pooled dispatch (dual-threshold charging): pooled-lap where a pair is forbidden if
 * the vehicle could not do the job and still reach a charger with a reserve, and where the charging
 * time a job leaves the vehicle owing is part of its cost, so well-charged vehicles take the work.
 * Vehicles the matching leaves idle charge below the upper threshold while plugs are free; the
 * model's own lower threshold still sends any free vehicle below it.
 */
export function createEnergyAware(): Strategy {
  const matcher = new PooledMatcher({ ...POOLED_LAP_RULES, pairCost: energyCost });
  return {
    name: 'energy-aware',
    decide(snapshot: DispatchSnapshot): Assignment[] {
      const { assignments, unmatchedFree } = matcher.match(snapshot);
      return [...assignments, ...opportunityCharging(snapshot, unmatchedFree)];
    },
  };
}

function energyCost(snapshot: DispatchSnapshot, v: VehicleView, col: Column): number {
  const e = snapshot.energy;
  const { job, then } = col;
  const end = then?.destination ?? job.destination;
  const emptyM = snapshot.distanceM(v.expectedFreeAt, job.origin) + nearestChargerM(snapshot, end);
  let loadedM = snapshot.distanceM(job.origin, job.destination);
  if (then !== null) loadedM += snapshot.distanceM(job.destination, then.destination);
  const afterKWh = v.socKWh - (emptyM * e.consumptionEmptyKWhPerKm + loadedM * e.consumptionLoadedKWhPerKm) / 1000;
  if (afterKWh < RESERVE_SOC * e.capacityKWh) return Infinity;
  return CHARGE_DEBT_WEIGHT * e.chargeTimeS(afterKWh, e.chargeTargetSoc * e.capacityKWh);
}

function nearestChargerM(snapshot: DispatchSnapshot, from: number): number {
  let best = Infinity;
  for (const c of snapshot.chargers) best = Math.min(best, snapshot.distanceM(from, c.at));
  return Number.isFinite(best) ? best : 0;
}

/** The emptiest idle vehicles below the upper threshold go charging, as many as plugs are free. */
function opportunityCharging(snapshot: DispatchSnapshot, idle: VehicleView[]): Assignment[] {
  const below = Math.min(OPPORTUNITY_CHARGE_BELOW_SOC, snapshot.energy.chargeTargetSoc - 0.05);
  let plugs = 0;
  for (const c of snapshot.chargers) plugs += Math.max(0, c.plugs - c.busy);
  const heading = snapshot.vehicles.filter((v) => v.state === 'toCharger').length;
  plugs -= heading;
  return idle
    .filter((v) => v.soc < below)
    .sort((a, b) => a.socKWh - b.socKWh || a.index - b.index)
    .slice(0, Math.max(0, plugs))
    .map((v) => ({ vehicle: v.index, charge: true }));
}
