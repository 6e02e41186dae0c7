import type { CraneView, DispatchSnapshot, JobView, VehicleView } from '../strategy';

/**
 * A hand-built snapshot on a straight road: key point k stands at `positionsM[k]`, travel time is
 * the distance at 5 m/s (no stop penalty), so expected answers can be worked out on paper.
 */
export function handSnapshot(parts: { timeS?: number; positionsM: number[]; vehicles: Partial<VehicleView>[]; jobs: Partial<JobView>[]; cranes?: number; chargers?: { at: number; plugs: number; busy: number }[] }): DispatchSnapshot {
  const timeS = parts.timeS ?? 0;
  const pos = parts.positionsM;
  const distanceM = (a: number, b: number) => Math.abs(pos[a] - pos[b]);
  const vehicles = parts.vehicles.map((v, index): VehicleView => ({
    index,
    id: `V${index}`,
    state: 'idle',
    free: true,
    at: 0,
    socKWh: 200,
    soc: 200 / 280,
    freeSinceS: 0,
    expectedFreeS: timeS,
    expectedFreeAt: v.at ?? 0,
    ...v,
  }));
  const jobs = parts.jobs.map((j, k): JobView => ({
    id: k,
    kind: 'discharge',
    crane: 0,
    craneId: 'QC0',
    origin: 0,
    destination: 0,
    boxes: 1,
    readyS: 0,
    dueS: timeS,
    sequence: k,
    lastSequence: j.sequence ?? k,
    toCraneS: 0,
    ...j,
  }));
  const cranes = Array.from({ length: parts.cranes ?? 1 }, (_, index): CraneView => ({ index, id: `QC${index}`, at: 0, working: true, meanCycleS: 100, nextHandoverS: timeS }));
  return {
    timeS,
    vehicles,
    jobs,
    keyPoints: pos.map((_, k) => `k${k}`),
    travelTimeS: (a, b) => distanceM(a, b) / 5,
    distanceM,
    cranes,
    chargers: (parts.chargers ?? []).map((c, index) => ({ index, id: `C${index}`, ...c })),
    energy: {
      capacityKWh: 280,
      consumptionLoadedKWhPerKm: 2,
      consumptionEmptyKWhPerKm: 1,
      chargeBelowSoc: 0.3,
      chargeTargetSoc: 0.9,
      chargeTimeS: (from, to) => (to > from ? ((to - from) / 200) * 3600 : 0),
    },
  };
}
