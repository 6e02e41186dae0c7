import type { Scenario } from '../scenario';
import { LIMITS } from '../scenario/limits';
import { RunFailure, sampler, type RandomStream, type RandomStreams } from '../sim';
import { EXPORT_DELIVERY_WINDOW_S, TRANSSHIPMENT_MIN_DWELL_S } from './assumptions';
import type { Box, BoxFields } from './boxes';
import { cumulative, drawTimeOfDay, startSecondOfDay, type LocalClock } from './timeOfDay';

/** A box before it enters the terminal: every attribute drawn up front, independent of dispatch. */
export type BoxPlan = BoxFields;

/** A vessel call as planned at t = 0: when it comes, how long it is, and what it brings and takes. */
export interface CallPlan {
  index: number;
  id: string;
  arrivalS: number;
  lengthM: number;
  cranesWanted: number;
  /** its liner service, or null; and its berth window (NaN without one) */
  service: string | null;
  windowStartS: number;
  windowEndS: number;
  /** a liner call's planned berth position (its west end, m), NaN otherwise; its service's weight (1 otherwise) */
  positionM: number;
  weight: number;
  /** boxes it discharges; direct ones go to a waiting external truck */
  discharge: BoxPlan[];
  /** exports delivered by gate for this call (not direct), with their delivery time */
  exports: (BoxPlan & { deliveryS: number })[];
  /** exports brought by truck straight to the crane (抵港直装) */
  directLoads: BoxPlan[];
  /** transshipment boxes other calls discharge for this one */
  transshipmentIn: number;
  loadMoves: number;
}

/**
 * Plans every call arriving before `horizonS`: the scenario's fixed calls, then generated ones.
 * Calls are planned past the run's end so that exports for them still arrive during the run.
 */
export function planCalls(scenario: Scenario, streams: RandomStreams, horizonS: number, clock: LocalClock): CallPlan[] {
  const { vessels } = scenario;
  const cranesStream = streams.stream('vessel.cranes');
  const craneCount = () => vessels.cranesPerVessel.min + cranesStream.int(vessels.cranesPerVessel.max - vessels.cranesPerVessel.min + 1);
  const raw: RawCall[] = [];
  for (const c of vessels.calls ?? []) {
    raw.push({ id: c.id, arrivalS: c.arrivalS, lengthM: c.lengthM, discharge: c.dischargeMoves, load: c.loadMoves, cranes: c.cranes ?? vessels.cranesPerVessel.max });
  }
  raw.push(...serviceCalls(scenario, streams, horizonS, craneCount));
  raw.sort((a, b) => a.arrivalS - b.arrivalS);
  const g = vessels.generated;
  if (g !== undefined) {
    const gap = sampler(g.interArrivalS, streams.stream('vessel.arrivals'));
    const size = sampler(g.callSizeMoves, streams.stream('vessel.size'));
    const length = sampler(g.lengthM, streams.stream('vessel.length'));
    let t = raw.length > 0 ? raw[raw.length - 1].arrivalS : 0;
    for (let n = 1; ; n++) {
      t += gap();
      if (t >= horizonS) break;
      if (n > 100_000) throw new RunFailure(0, 'more than 100,000 vessel calls planned: check vessels.generated.interArrivalS');
      const moves = Math.max(1, Math.round(size()));
      // a long tail can draw a call no terminal handles; say so rather than plan millions of boxes
      if (moves > LIMITS.callMoves) throw new RunFailure(0, `vessels.generated.callSizeMoves drew ${moves.toLocaleString('en-US')} moves for call ${n}, more than the ${LIMITS.callMoves.toLocaleString('en-US')} a call may have: narrow the distribution (its sd)`);
      const discharge = Math.round(moves * g.dischargeShare);
      raw.push({ id: `V${String(n).padStart(3, '0')}`, arrivalS: t, lengthM: length(), discharge, load: moves - discharge, cranes: craneCount() });
    }
  }
  raw.sort((a, b) => a.arrivalS - b.arrivalS || (a.id < b.id ? -1 : 1));
  const calls = raw
    .filter((c) => c.arrivalS < horizonS)
    .map((c, index): CallPlan => ({ index, id: c.id, arrivalS: c.arrivalS, lengthM: c.lengthM, cranesWanted: c.cranes, service: c.service ?? null, windowStartS: c.windowStartS ?? NaN, windowEndS: c.windowEndS ?? NaN, positionM: c.positionM ?? NaN, weight: c.weight ?? 1, discharge: [], exports: [], directLoads: [], transshipmentIn: 0, loadMoves: c.load }));
  fillBoxes(scenario, streams, calls, raw.map((c) => c.discharge), clock);
  return calls;
}

interface RawCall {
  id: string;
  arrivalS: number;
  lengthM: number;
  discharge: number;
  load: number;
  cranes: number;
  service?: string;
  windowStartS?: number;
  windowEndS?: number;
  positionM?: number;
  weight?: number;
}

/**
 * The liner services' calls: each service once a week at its scheduled local day and time, week
 * after week from the week of t = 0, arriving off schedule by a punctuality draw (stream
 * vessel.punctuality:SERVICE, one draw per call in schedule order, so a service's lateness never depends on
 * another's size draws). The berth window starts at the scheduled time.
 */
function serviceCalls(scenario: Scenario, streams: RandomStreams, horizonS: number, craneCount: () => number): RawCall[] {
  const services = scenario.vessels.services ?? [];
  if (services.length === 0) return [];
  const late = services.map((s) => sampler(s.punctualityS, streams.stream(`vessel.punctuality:${s.id}`)));
  const sizes = services.map((s) => sampler(s.callSizeMoves, streams.stream(`vessel.serviceSize:${s.id}`)));
  const weekStartS = -secondsIntoWeek(scenario.run.startDate);
  const out: RawCall[] = [];
  for (let week = 0; weekStartS + week * WEEK_S < horizonS; week++) {
    services.forEach((s, k) => {
      const [hh, mm] = s.time.split(':').map(Number);
      const scheduledS = weekStartS + week * WEEK_S + s.day * 86400 + hh * 3600 + mm * 60;
      const deviation = late[k]();
      const moves = Math.max(1, Math.round(sizes[k]()));
      if (scheduledS < 0) return; // before the run: the draws above keep every later week's the same
      const arrivalS = Math.max(0, scheduledS + deviation);
      if (arrivalS >= horizonS) return;
      const discharge = Math.round(moves * s.dischargeShare);
      out.push({ id: `${s.id}-W${String(week + 1).padStart(2, '0')}`, arrivalS, lengthM: s.lengthM, discharge, load: moves - discharge, cranes: craneCount(), service: s.id, windowStartS: scheduledS, windowEndS: scheduledS + s.windowS, positionM: s.positionM, weight: s.weight });
    });
  }
  return out;
}

const WEEK_S = 7 * 86400;

/** Seconds from the local Monday 00:00 of the week of `startDate` to `startDate` itself. */
function secondsIntoWeek(startDate: string): number {
  const [y, m, d] = startDate.slice(0, 10).split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return weekday * 86400 + startSecondOfDay(startDate);
}

function fillBoxes(scenario: Scenario, streams: RandomStreams, calls: CallPlan[], dischargeCounts: number[], clock: LocalClock): void {
  const { mix } = scenario.vessels;
  const mixStream = streams.stream('vessel.mix');
  const truckStream = streams.stream('gate.bookings');
  // its own stream: whether an appointment is known shifts no other draw
  const knownStream = streams.stream('gate.appointmentKnown');
  const knownShare = scenario.gate.appointments?.knownShare ?? 0;
  const dwell = sampler(scenario.yard.importDwellS, streams.stream('yard.dwell'));
  const profile = cumulative(scenario.gate.hourlyProfile);
  const weights = cumulative(mix.weightClasses.map((w) => w.share));
  const windowDays = Math.round(EXPORT_DELIVERY_WINDOW_S / 86400);
  const base = (flow: Box['flow'], fromCall: number, toCall: number, direct: boolean): BoxPlan => ({
    feet: mixStream.chance(mix.share40ft) ? 40 : 20,
    flow,
    reefer: mixStream.chance(mix.reeferShare),
    weightClass: flow === 'import' ? -1 : pickCumulative(weights, mixStream),
    destination: flow === 'import' ? -1 : mixStream.int(mix.destinations),
    fromCall,
    toCall,
    direct,
    dwellS: flow === 'import' ? dwell() : 0,
    truckSecondOfDay: drawTimeOfDay(profile, truckStream.random),
    deliveryDay: truckStream.int(windowDays),
    pickupKnown: flow === 'import' && knownStream.chance(knownShare),
  });
  let transshipTarget = 0; // the first call that may still take transshipment boxes
  calls.forEach((call, c) => {
    for (let k = 0; k < dischargeCounts[c]; k++) {
      if (mixStream.chance(mix.transshipmentShare)) {
        transshipTarget = nextTransshipmentCall(calls, transshipTarget, call.arrivalS + TRANSSHIPMENT_MIN_DWELL_S);
        const to = transshipTarget < calls.length ? transshipTarget : -1;
        if (to >= 0) calls[to].transshipmentIn++;
        call.discharge.push(base('transshipment', c, to, false));
      } else {
        call.discharge.push(base('import', c, -1, mixStream.chance(scenario.gate.directPickupShare)));
      }
    }
  });
  calls.forEach((call, c) => {
    const cutOffS = call.arrivalS - scenario.yard.exportCutOffS;
    for (let k = call.transshipmentIn; k < call.loadMoves; k++) {
      const plan = base('export', -1, c, mixStream.chance(scenario.gate.directLoadingShare));
      if (plan.direct) call.directLoads.push(plan);
      else call.exports.push({ ...plan, deliveryS: clock.previous(cutOffS - plan.deliveryDay * 86400, plan.truckSecondOfDay) });
    }
  });
}

/** The first call from `from` on that arrives after `earliestS` and has room in its load list. */
function nextTransshipmentCall(calls: CallPlan[], from: number, earliestS: number): number {
  let c = from;
  while (c < calls.length && (calls[c].arrivalS < earliestS || calls[c].transshipmentIn >= calls[c].loadMoves)) c++;
  return c;
}

function pickCumulative(cum: Float64Array, stream: RandomStream): number {
  const u = stream.random() * cum[cum.length - 1];
  let i = 0;
  while (i < cum.length - 1 && cum[i] <= u) i++;
  return i;
}
