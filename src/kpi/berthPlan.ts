/**
 * The berth plan as it happened: where and when each call lay alongside, its berth window if it
 * belongs to a liner service, and which quay crane worked it when. Plain data for the berth plan
 * chart (time × quay position, the Gantt picture planners use), the run JSON and the report.
 * Times are seconds from t = 0; positions metres along the quay from its west end.
 */
export interface BerthPlan {
  quayLengthM: number;
  /** the layout's fixed berths (drawn behind the calls; calls may straddle them on a continuous quay) */
  berths: { id: string; fromM: number; toM: number }[];
  calls: BerthPlanCall[];
  /** every stretch of time a crane worked a call, in the order they began */
  craneSpans: CraneSpan[];
}

export interface BerthPlanCall {
  id: string;
  /** the liner service it belongs to, or null for a generated or fixed call */
  service: string | null;
  arrivalS: number;
  /** null until it berths / departs */
  berthS: number | null;
  departS: number | null;
  fromM: number | null;
  toM: number | null;
  lengthM: number;
  /** its berth window (liner services only): the agreed start and end of its stay alongside */
  windowStartS: number | null;
  windowEndS: number | null;
  /** crane moves planned in all, and still to do */
  moves: number;
  movesLeft: number;
}

export interface CraneSpan {
  crane: string;
  call: string;
  fromS: number;
  /** null while it still works the call */
  toS: number | null;
}
