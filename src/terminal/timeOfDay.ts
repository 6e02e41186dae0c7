const DAY_S = 86400;

/** Local second of the day at t = 0, read from the ISO start date (its own offset: local time). */
export function startSecondOfDay(startDate: string): number {
  const m = /T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(startDate);
  if (m === null) throw new RangeError(`not an ISO date-time: ${startDate}`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Local clock of a run: maps simulated seconds to the local time of day. */
export class LocalClock {
  constructor(readonly startSod: number) {}

  secondOfDay(t: number): number {
    return (((this.startSod + t) % DAY_S) + DAY_S) % DAY_S;
  }

  /** The first time ≥ t at which the local clock shows `sod` seconds after midnight. */
  next(t: number, sod: number): number {
    return t + ((sod - this.secondOfDay(t) + DAY_S) % DAY_S);
  }

  /** The last time ≤ t at which the local clock shows `sod`. */
  previous(t: number, sod: number): number {
    return t - ((this.secondOfDay(t) - sod + DAY_S) % DAY_S);
  }
}

/** A local time of day drawn from a 24-hour profile of weights: hour by weight, second uniform. */
export function drawTimeOfDay(cumulativeWeights: Float64Array, random: () => number): number {
  const total = cumulativeWeights[23];
  const u = random() * total;
  let hour = 0;
  while (hour < 23 && cumulativeWeights[hour] <= u) hour++;
  return hour * 3600 + random() * 3600;
}

export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}
