import { computeKpis, type KpiResult } from '../kpi/computeKpis';
import { HourlySums, LevelIntegral } from '../kpi/hourly';
import { KpiRecorder } from '../kpi/recorder';
import { chargeTimeS } from '../terminal/battery';
import type { DriveRecord, Terminal, YardMoveRecord } from '../terminal/model';
import { closeAccounts } from './accounts';
import type { MotionLog } from '../terminal/motionLog';
import { kpiContext } from './runResult';

/** Where the records under way are: each vehicle's latest drive, each yard crane's latest move. */
export interface LatestActivity {
  drives: MotionLog<DriveRecord>;
  yardMoves: MotionLog<YardMoveRecord>;
}

/**
 * The KPIs of the run so far, as if it ended at `nowS`, without touching the run: open accounts are
 * closed into copies of the recorder and the vehicles, so the final result stays what it would be.
 */
export function kpisAt(t: Terminal, nowS: number, latest: LatestActivity): KpiResult {
  const recorder = copyRecorder(t.recorder);
  closeAccounts({ ...t, recorder, vehicles: t.vehicles.map((v) => ({ ...v })) }, nowS);
  takeBackTheFuture(recorder, t, nowS, latest);
  return computeKpis(recorder, kpiContext(t, nowS));
}

/**
 * The model books a drive, a charge and a yard crane move whole when it starts; the part after
 * `nowS` of those under way has not happened yet, so it is booked back out (without this a charge
 * just begun would show a charger busy for longer than the run so far).
 */
function takeBackTheFuture(r: KpiRecorder, t: Terminal, nowS: number, latest: LatestActivity): void {
  const target = t.scenario.battery.chargeTargetSoc * t.scenario.battery.capacityKWh;
  for (const v of t.vehicles) {
    const d = latest.drives.of(v.index);
    if (d !== undefined && d.t1 > nowS) {
      // the same rates as recorder.drive and recorder.trafficDelay, from what the drive counted
      const spanS = d.t1 - d.t0;
      (d.loaded ? r.loadedM : r.emptyM).addSpan(nowS, d.t1, -d.lengthM / spanS);
      r.energyKWh.addSpan(nowS, d.t1, -d.energyKWh / spanS);
      r.drivingS.addSpan(nowS, d.t1, -1);
      if (r.trafficModelled) r.trafficDelayS.addSpan(nowS, d.t1, -Math.max(0, d.delayS) / spanS);
    }
    // a charging vehicle's energy is raised when the charge ends, so its duration is known again
    if (v.state === 'charging') r.plugBusyS.addSpan(nowS, v.since + chargeTimeS(t.scenario, v.energyKWh, target), -1);
  }
  t.yardCranes.flat().forEach((c) => {
    const m = latest.yardMoves.of(c.index);
    if (m !== undefined && m.t1 > nowS) r.yardCraneBusyS.addSpan(nowS, m.t1, -1);
  });
}

/** A recorder whose sums are copies: closing or trimming it leaves the run's own recorder as it was. */
function copyRecorder(r: KpiRecorder): KpiRecorder {
  const copy = Object.create(KpiRecorder.prototype) as Record<string, unknown>;
  for (const [key, value] of Object.entries(r)) copy[key] = copyPart(value);
  return copy as unknown as KpiRecorder;
}

/** Sums and levels are copied, lists of sums element-wise; the rest (numbers, crane moves) is never changed after it is booked. */
function copyPart(value: unknown): unknown {
  if (value instanceof HourlySums) {
    const sums = new HourlySums(value.warmUpS, value.endS);
    sums.values = value.values.slice();
    return sums;
  }
  // a level's time of last change is private: copy the object whole, with its own copy of the sums
  if (value instanceof LevelIntegral) return Object.assign(Object.create(LevelIntegral.prototype), value, { sums: copyPart(value.sums) });
  if (Array.isArray(value)) return value.map(copyPart);
  return value;
}
