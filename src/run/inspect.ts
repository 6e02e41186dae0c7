import type { CraneKpis } from '../kpi/kpis';
import type { RunSession } from './session';

/** What an inspector panel shows about one vehicle, as plain data. */
export interface VehicleInspection {
  kind: 'vehicle';
  id: string;
  state: string;
  sinceS: number;
  /** state of charge, 0…1 */
  soc: number;
  energyKWh: number;
  job: { id: number; kind: 'discharge' | 'load'; crane: string; boxes: string[]; dueS: number } | null;
  cargo: string[];
  distanceEmptyKm: number;
  distanceLoadedKm: number;
  drivingKWh: number;
  chargedKWh: number;
}

export interface QuayCraneInspection {
  kind: 'quayCrane';
  id: string;
  call: string | null;
  movesDone: number;
  movesLeft: number;
  holding: string | null;
  kpis: CraneKpis;
}

export interface YardCraneInspection {
  kind: 'yardCrane';
  id: string;
  block: string;
  /** its zone of bays (fromBay, toBay exclusive): the bays it serves under "zones", its home zone under "shared" */
  zone: [number, number];
  bay: number;
  holding: string | null;
  busy: boolean;
  queue: number;
}

export type Inspection = VehicleInspection | QuayCraneInspection | YardCraneInspection;
export type InspectTarget = { kind: Inspection['kind']; index: number };

/** The inspector's view of one vehicle or crane now; a target that does not exist is a RangeError naming it. */
export function inspect(session: RunSession, target: InspectTarget): Inspection {
  const t = session.terminal;
  const boxName = (id: number) => (id < 0 ? null : t.ledger.boxes[id].name);
  if (target.kind === 'vehicle') {
    const v = t.vehicles[target.index] ?? missing(target, t.vehicles.length);
    const job = v.job;
    return {
      kind: 'vehicle',
      id: v.id,
      state: v.state,
      sinceS: v.since,
      soc: v.energyKWh / t.scenario.battery.capacityKWh,
      energyKWh: v.energyKWh,
      job: job === null ? null : { id: job.id, kind: job.kind, crane: job.crane.id, boxes: job.moves.map((m) => m.box.name), dueS: job.dueS },
      cargo: v.cargo.map((b) => b.name),
      distanceEmptyKm: v.distanceEmptyM / 1000,
      distanceLoadedKm: v.distanceLoadedM / 1000,
      drivingKWh: v.drivingKWh,
      chargedKWh: v.chargedKWh,
    };
  }
  if (target.kind === 'quayCrane') {
    const c = t.cranes[target.index] ?? missing(target, t.cranes.length);
    const done = c.sequence.filter((m) => m.done).length;
    return {
      kind: 'quayCrane',
      id: c.id,
      call: c.call?.id ?? null,
      movesDone: done,
      movesLeft: c.sequence.length - done,
      holding: boxName(c.holding),
      kpis: session.kpisNow().perCrane[c.index],
    };
  }
  const cranes = t.yardCranes.flat();
  const y = cranes[target.index] ?? missing(target, cranes.length);
  return {
    kind: 'yardCrane',
    id: y.id,
    block: t.layout.blocks[y.block].id,
    zone: [y.fromBay, y.toBay],
    bay: y.bay,
    holding: boxName(y.holding),
    busy: y.resource.count > 0,
    queue: y.resource.queueLength,
  };
}

function missing(target: InspectTarget, count: number): never {
  throw new RangeError(`no ${target.kind} ${target.index}: the run has ${count} (0-based)`);
}
