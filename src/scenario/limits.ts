/**
 * The ranges every scenario figure must lie in. Wide enough for any real terminal (Tianjin
 * C-section sits well inside each), narrow enough that whatever `validate` accepts, `run` runs to
 * its end in bounded time and memory. docs/scenario-limits.md lists them with their reasons.
 */
export const LIMITS = {
  /** a run, a warm-up or a stall limit: 400 days */
  durationS: 400 * 86400,
  /** vessel length overall, m (the largest container ships are ~400 m) */
  vesselLengthM: 500,
  /** moves of one call, discharge or load (a 24,000 TEU ship's call is ~10,000 moves) */
  callMoves: 30_000,
  /** fixed calls in a scenario file */
  calls: 10_000,
  /** mean time between generated vessel arrivals, at least, s */
  minInterArrivalS: 3600,
  /** expected crane moves of all calls planned for a run */
  plannedMoves: 5_000_000,
  /** quay cranes one call may get */
  cranesPerCall: 12,
  weightClasses: 10,
  destinations: 100,
  berthGapM: 200,
  /** mean of a quay crane cycle, s */
  craneCycleS: { min: 10, max: 3600 },
  /** mean of any other handling time (unlocking, trolley, hoist, gate processing), s */
  handlingS: 3600,
  /** mean import dwell, s */
  dwellS: 60 * 86400,
  exportCutOffS: 30 * 86400,
  positions: 100,
  fleet: 2000,
  speedMps: 30,
  stopStartPenaltyS: 600,
  capacityKWh: 5000,
  consumptionKWhPerKm: 100,
  idleDrawKW: 1000,
  plugPowerKW: 10_000,
  cranesPerBlock: 4,
  gantrySpeedMps: 20,
  hourlyWeight: 1e6,
  seed: 2 ** 32 - 1,
  /** a scenario or experiment file, bytes */
  scenarioFileBytes: 1 << 20,
  /** a layout file, bytes */
  layoutFileBytes: 32 << 20,
} as const;
