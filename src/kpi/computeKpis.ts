import { worstZones, type ZoneWait } from '../traffic/worstZones';
import type { BerthPlan } from './berthPlan';
import { craneRateOf, gapOf, qcBoundOf, type OpenPair } from './craneKpis';
import { HOUR_S, type HourlySums } from './hourly';
import { ratio, type CallKpis, type CraneKpis, type Kpis, type KpiSeries } from './kpis';
import { KPI_VEHICLE_STATES, type KpiRecorder, type KpiVehicleState } from './recorder';

/** What the KPIs need to know about the terminal besides the recorded quantities. */
export interface KpiContext {
  warmUpS: number;
  endS: number;
  cranes: string[];
  /** every call arrived by the end; berthS and departS Infinity (or past the end) until it happens */
  calls: { id: string; arrivalS: number; berthS: number; departS: number; cranes: string[]; moves: number; movesLeft: number }[];
  /** quay cranes still working a call at the end */
  openPairs: OpenPair[];
  /** external trucks that came in after the warm-up and are still inside at the end */
  trucksInside: number;
  plugs: number;
  slots: number;
  yardCranes: number;
  /** the berth plan so far, passed through to the result */
  berthPlan: BerthPlan;
  /** with traffic control: each road resource's name and the seconds waited for it after the warm-up */
  trafficWaits: { names: readonly string[]; waitedS: ArrayLike<number> } | null;
}

/** Where vehicles waited for each other on the road; null when traffic is not modelled. */
export interface TrafficSummary {
  /** the resources (junction zones, cells of lane) waited for longest after the warm-up, longest first */
  worstZones: ZoneWait[];
}

export interface KpiResult {
  kpis: Kpis;
  perCrane: CraneKpis[];
  perCall: CallKpis[];
  series: KpiSeries;
  berthPlan: BerthPlan;
  traffic: TrafficSummary | null;
}

export function computeKpis(r: KpiRecorder, ctx: KpiContext): KpiResult {
  const { warmUpS, endS } = ctx;
  const periodS = Math.max(0, endS - warmUpS);
  const hours = Math.ceil(periodS / HOUR_S);
  const totals = r.craneMoves.totals(ctx.cranes.length, ctx.calls.length, ctx.openPairs, endS);
  const departed = (c: KpiContext['calls'][number]) => c.departS <= endS;
  const berthed = (c: KpiContext['calls'][number]) => c.berthS <= endS;
  // calls that arrived after the warm-up: those departed, and those at berth counted until the end
  const arrived = ctx.calls.filter((c) => c.arrivalS >= warmUpS);
  const counted = arrived.filter(departed);
  const atBerth = arrived.filter(berthed);
  const berthHours = (c: KpiContext['calls'][number]) => (Math.min(c.departS, endS) - c.berthS) / 3600;
  const sum = (s: HourlySums) => s.total();
  const stateTotal = r.stateS.reduce((a, s) => a + sum(s), 0);
  const distance = sum(r.emptyM) + sum(r.loadedM);

  const kpis: Kpis = {
    moves: totals.all.moves,
    craneRate: craneRateOf(totals.all),
    berthRate: ratio(
      atBerth.reduce((a, c) => a + c.moves, 0),
      atBerth.reduce((a, c) => a + berthHours(c), 0),
    ),
    vesselTurnaroundH: ratio(counted.reduce((a, c) => a + (c.departS - c.arrivalS) / 3600, 0), counted.length),
    berthWaitH: ratio(arrived.reduce((a, c) => a + (Math.min(c.berthS, endS) - c.arrivalS) / 3600, 0), arrived.length),
    openCalls: ctx.calls.filter((c) => !departed(c)).length,
    qcBound: qcBoundOf(totals.all),
    gapToQcBound: gapOf(totals.all),
    qcWaitShare: ratio(totals.all.waitS, totals.all.workingS),
    vehicleStateShares: shares((k) => sum(r.stateS[k]), stateTotal),
    emptyTravelRatio: ratio(sum(r.emptyM), distance),
    energyPerMoveKWh: ratio(sum(r.energyKWh), totals.all.moves),
    chargerUtilisation: ratio(sum(r.plugBusyS), ctx.plugs * periodS),
    chargerQueueMean: ratio(sum(r.chargerQueue.sums), periodS),
    rehandlesPerRetrieval: ratio(sum(r.rehandles), sum(r.retrievals)),
    rehandlesPerExportRetrieval: ratio(sum(r.loadRehandles), sum(r.loadRetrievals)),
    housekeepingMoves: sum(r.housekeepingMoves),
    rehandlesPerImportRetrieval: ratio(sum(r.rehandles) - sum(r.loadRehandles), sum(r.retrievals) - sum(r.loadRetrievals)),
    yardOccupancy: ratio(sum(r.yardOccupied.sums), ctx.slots * periodS),
    yardCraneUtilisation: ratio(sum(r.yardCraneBusyS), ctx.yardCranes * periodS),
    yardCraneInterferenceShare: ratio(sum(r.yardCraneInterferenceS), sum(r.yardCraneBusyS)),
    trafficDelayShare: r.trafficModelled ? ratio(sum(r.trafficDelayS), sum(r.drivingS)) : null,
    externalTurnTimeMin: ratio(sum(r.truckTurnS) / 60, sum(r.trucksOut)),
    truckTurnWithin60Share: ratio(sum(r.trucksOutWithin60), sum(r.trucksOut) + ctx.trucksInside),
  };
  const perCrane = ctx.cranes.map((crane, i): CraneKpis => {
    const t = totals.byCrane[i];
    return { crane, moves: t.moves, craneCycles: t.cycles, craneRate: craneRateOf(t), qcBound: qcBoundOf(t), gapToQcBound: gapOf(t), qcWaitShare: ratio(t.waitS, t.workingS) };
  });
  const perCall = ctx.calls.map((c, i): CallKpis => {
    const t = totals.byCall[i];
    const after = c.arrivalS >= warmUpS; // times exclude the warm-up, as terminal-wide
    return {
      call: c.id,
      arrivalS: c.arrivalS,
      berthS: berthed(c) ? c.berthS : null,
      departS: departed(c) ? c.departS : null,
      cranes: c.cranes,
      moves: t.moves,
      craneCycles: t.cycles,
      craneRate: craneRateOf(t),
      qcBound: qcBoundOf(t),
      gapToQcBound: gapOf(t),
      qcWaitShare: ratio(t.waitS, t.workingS),
      berthRate: after && berthed(c) ? ratio(c.moves, berthHours(c)) : null,
      vesselTurnaroundH: after && departed(c) ? (c.departS - c.arrivalS) / 3600 : null,
      berthWaitH: after ? (Math.min(c.berthS, endS) - c.arrivalS) / 3600 : null,
      inPortH: (Math.min(c.departS, endS) - c.arrivalS) / 3600,
      movesLeft: c.movesLeft,
    };
  });
  const traffic = ctx.trafficWaits === null ? null : { worstZones: worstZones(ctx.trafficWaits.names, ctx.trafficWaits.waitedS) };
  return { kpis, perCrane, perCall, series: hourlySeries(r, ctx, hours, counted), berthPlan: ctx.berthPlan, traffic };
}

function shares(value: (k: number) => number, total: number): Record<KpiVehicleState, number | null> {
  return Object.fromEntries(KPI_VEHICLE_STATES.map((s, k) => [s, ratio(value(k), total)])) as Record<KpiVehicleState, number | null>;
}

function hourlySeries(r: KpiRecorder, ctx: KpiContext, hours: number, counted: KpiContext['calls']): KpiSeries {
  const { warmUpS, endS } = ctx;
  const cs = { ...pick(r.craneMoves), ...r.craneMoves.withOpenTails(ctx.openPairs, endS) };
  const at = (s: HourlySums, k: number) => s.values[k] ?? 0;
  const idx = Array.from({ length: hours }, (_, k) => k);
  const lengthS = (k: number) => Math.min(HOUR_S, endS - (warmUpS + k * HOUR_S));
  const per = (f: (k: number) => number | null) => idx.map(f);
  const departedIn = (k: number) => counted.filter((c) => Math.floor((c.departS - warmUpS) / HOUR_S) === k);
  return {
    startS: per((k) => warmUpS + k * HOUR_S) as number[],
    moves: per((k) => at(cs.count, k)) as number[],
    craneRate: per((k) => ratio(3600 * at(cs.count, k), at(cs.working, k))),
    // 1 − (moves ÷ working time) ÷ (moves ÷ cycle time) = 1 − cycle time ÷ working time
    gapToQcBound: per((k) => {
      const share = ratio(at(cs.cycle, k), at(cs.working, k));
      return share === null ? null : 1 - share;
    }),
    qcWaitShare: per((k) => ratio(at(cs.wait, k), at(cs.working, k))),
    berthRate: per((k) => {
      const calls = departedIn(k);
      return ratio(calls.reduce((a, c) => a + c.moves, 0), calls.reduce((a, c) => a + (c.departS - c.berthS) / 3600, 0));
    }),
    vesselTurnaroundH: per((k) => {
      const calls = departedIn(k);
      return ratio(calls.reduce((a, c) => a + (c.departS - c.arrivalS) / 3600, 0), calls.length);
    }),
    // by the hour of berthing: how long the calls that got a berth then had waited
    berthWaitH: per((k) => {
      const calls = ctx.calls.filter((c) => c.arrivalS >= warmUpS && c.berthS <= endS && Math.floor((c.berthS - warmUpS) / HOUR_S) === k);
      return ratio(calls.reduce((a, c) => a + (c.berthS - c.arrivalS) / 3600, 0), calls.length);
    }),
    callsWaiting: per((k) => ratio(at(r.callsWaiting.sums, k), lengthS(k))),
    vehicleStateShares: Object.fromEntries(
      KPI_VEHICLE_STATES.map((s, j) => [s, per((k) => ratio(at(r.stateS[j], k), r.stateS.reduce((a, x) => a + at(x, k), 0)))]),
    ) as KpiSeries['vehicleStateShares'],
    emptyTravelRatio: per((k) => ratio(at(r.emptyM, k), at(r.emptyM, k) + at(r.loadedM, k))),
    energyPerMoveKWh: per((k) => ratio(at(r.energyKWh, k), at(cs.count, k))),
    chargerUtilisation: per((k) => ratio(at(r.plugBusyS, k), ctx.plugs * lengthS(k))),
    chargerQueueMean: per((k) => ratio(at(r.chargerQueue.sums, k), lengthS(k))),
    rehandlesPerRetrieval: per((k) => ratio(at(r.rehandles, k), at(r.retrievals, k))),
    yardOccupancy: per((k) => ratio(at(r.yardOccupied.sums, k), ctx.slots * lengthS(k))),
    yardCraneUtilisation: per((k) => ratio(at(r.yardCraneBusyS, k), ctx.yardCranes * lengthS(k))),
    yardCraneInterferenceShare: per((k) => ratio(at(r.yardCraneInterferenceS, k), at(r.yardCraneBusyS, k))),
    trafficDelayShare: per((k) => (r.trafficModelled ? ratio(at(r.trafficDelayS, k), at(r.drivingS, k)) : null)),
    externalTurnTimeMin: per((k) => ratio(at(r.truckTurnS, k) / 60, at(r.trucksOut, k))),
    // of the trucks out in that hour (those still inside count in the run's figure only)
    truckTurnWithin60Share: per((k) => ratio(at(r.trucksOutWithin60, k), at(r.trucksOut, k))),
  };
}

/** The tally's hourly sums that the open tails leave as they are. */
const pick = (t: KpiRecorder['craneMoves']) => ({ count: t.count, cycle: t.cycle });
