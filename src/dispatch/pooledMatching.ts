import { byDueTime } from './byDueTime';
import { AssignmentSolver } from './lap';
import type { Assignment, DispatchSnapshot, JobView, VehicleView } from './strategy';

/** How a pooled strategy builds its matrix; each field is a choice the README explains. */
export interface PooledRules {
  /** busy vehicles expected free within this many seconds join the matching (they are not committed) */
  soonIdleS: number;
  /** the first jobs of each crane, by due time, that the matching considers */
  jobsPerCrane: number;
  /** seconds of cost per second a crane is expected to wait */
  latenessWeight: number;
  /**
   * seconds of cost taken off per second a crane has already waited for the job: without it, a
   * crane whose moves all need long drives (loads from far blocks) loses every round to nearer
   * work and could wait for ever while the fleet is short
   */
  agingWeight: number;
  /** offer a load with the discharge right after it as one tour (dual cycling) */
  tours?: boolean;
  /** a free vehicle takes a job only if it would not stand under the crane longer than this before the need; the front job of each crane is always taken */
  commitWithinS?: number;
  /** extra cost per pair, or Infinity to forbid it (energy feasibility) */
  pairCost?: (snapshot: DispatchSnapshot, vehicle: VehicleView, column: Column) => number;
}

/** A matrix column: one job, or a tour (a load and then the discharge after it at the same crane). */
export interface Column {
  job: JobView;
  then: JobView | null;
}

/** One column per job, tours folded; each crane's first `perCrane` columns in due order. */
export function columnsOf(snapshot: DispatchSnapshot, rules: PooledRules): Column[] {
  const jobs = [...snapshot.jobs].sort(byDueTime);
  const tourDischarge = new Map<number, JobView>();
  if (rules.tours === true) {
    const discharges = new Map<string, JobView>();
    for (const j of jobs) if (j.kind === 'discharge') discharges.set(`${j.crane}:${j.sequence}`, j);
    for (const j of jobs) {
      const d = j.kind === 'load' ? discharges.get(`${j.crane}:${j.lastSequence + 1}`) : undefined;
      if (d !== undefined) tourDischarge.set(j.id, d);
    }
  }
  const inTour = new Set<number>();
  for (const d of tourDischarge.values()) inTour.add(d.id);
  const perCrane = new Map<number, number>();
  const columns: Column[] = [];
  for (const job of jobs) {
    if (inTour.has(job.id)) continue;
    const n = perCrane.get(job.crane) ?? 0;
    if (n >= rules.jobsPerCrane) continue;
    perCrane.set(job.crane, n + 1);
    columns.push({ job, then: tourDischarge.get(job.id) ?? null });
  }
  return columns;
}

/** When the vehicle would stand under the crane for the column's first handover. */
export function arrivalAtCraneS(snapshot: DispatchSnapshot, v: VehicleView, job: JobView): number {
  const startS = Math.max(snapshot.timeS, v.expectedFreeS);
  return startS + snapshot.travelTimeS(v.expectedFreeAt, job.origin, false) + job.toCraneS;
}

/**
 * Pooled dispatch by optimal assignment: free and soon-idle vehicles (rows) × the upcoming jobs
 * of all cranes (columns), cost = empty drive to the pickup + weighted lateness against the
 * crane's need. Lateness is counted net of what the job would suffer anyway if left to the next
 * round (`soonIdleS` later): otherwise leaving the most overdue jobs out would look cheapest.
 * Only free vehicles' pairs are carried out; a job matched to a soon-idle vehicle waits for it.
 * A soon-idle vehicle whose forecast is overdue is left out: its forecast is no longer worth much.
 * One solver per strategy instance: its buffers are reused at every epoch.
 */
export class PooledMatcher {
  private readonly solver = new AssignmentSolver();
  private cost = new Float64Array(0);

  constructor(readonly rules: PooledRules) {}

  match(snapshot: DispatchSnapshot): { assignments: Assignment[]; unmatchedFree: VehicleView[] } {
    const rules = this.rules;
    const horizon = snapshot.timeS + rules.soonIdleS;
    const now = snapshot.timeS;
    const rows = snapshot.vehicles.filter((v) => v.free || (v.expectedFreeS > now && v.expectedFreeS <= horizon));
    const columns = columnsOf(snapshot, rules);
    if (rows.length === 0 || columns.length === 0) return { assignments: [], unmatchedFree: rows.filter((v) => v.free) };
    const n = rows.length * columns.length;
    if (this.cost.length < n) this.cost = new Float64Array(Math.max(n, this.cost.length * 2));
    const cost = this.cost.subarray(0, n);
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r];
      for (let c = 0; c < columns.length; c++) {
        const col = columns[c];
        const driveS = snapshot.travelTimeS(v.expectedFreeAt, col.job.origin, false);
        const dueS = col.job.dueS;
        const lateS = Math.max(0, arrivalAtCraneS(snapshot, v, col.job) - dueS) - Math.max(0, horizon - dueS);
        const waitedS = Math.max(0, now - dueS);
        const extra = rules.pairCost === undefined ? 0 : rules.pairCost(snapshot, v, col);
        cost[r * columns.length + c] = driveS + rules.latenessWeight * lateS - rules.agingWeight * waitedS + extra;
      }
    }
    const { rowToCol } = this.solver.solve(cost, rows.length, columns.length);
    const front = new Set<number>();
    const seenCranes = new Set<number>();
    columns.forEach((col, c) => {
      if (!seenCranes.has(col.job.crane)) front.add(c);
      seenCranes.add(col.job.crane);
    });
    const assignments: Assignment[] = [];
    const unmatchedFree: VehicleView[] = [];
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r];
      if (!v.free) continue;
      const c = rowToCol[r];
      const early = c >= 0 && !front.has(c) && rules.commitWithinS !== undefined && arrivalAtCraneS(snapshot, v, columns[c].job) < columns[c].job.dueS - rules.commitWithinS;
      if (c < 0 || early) unmatchedFree.push(v);
      else assignments.push(columns[c].then === null ? { vehicle: v.index, job: columns[c].job.id } : { vehicle: v.index, job: columns[c].job.id, then: columns[c].then!.id });
    }
    // the dispatcher gives the vehicles sent to a crane its jobs in the crane's order
    return { assignments, unmatchedFree };
  }
}
