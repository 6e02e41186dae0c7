import type { BerthPlan } from '../../kpi/berthPlan';

const h = (n: number) => n * 3600;

/**
 * A hand-made berth plan read at 24 h, for the chart tests: AEX1-W03 (liner service AEX1, window
 * 3–18 h) waited 2–4 h and lay at 50–350 m until 20 h, with 2, then 3, then 2 cranes; V012 (no
 * service) berthed on arrival at 10 h and is still alongside at 420–700 m; CSX2-E01 (window 22–34 h)
 * has waited for a berth since 18 h.
 */
export const BERTH_PLAN_NOW_S = h(24);

export const berthPlanFixture = (): BerthPlan => ({
  quayLengthM: 800,
  berths: [
    { id: 'B1', fromM: 0, toM: 400 },
    { id: 'B2', fromM: 400, toM: 800 },
  ],
  calls: [
    { id: 'AEX1-W03', service: 'AEX1', arrivalS: h(2), berthS: h(4), departS: h(20), fromM: 50, toM: 350, lengthM: 300, windowStartS: h(3), windowEndS: h(18), moves: 1000, movesLeft: 0 },
    { id: 'V012', service: null, arrivalS: h(10), berthS: h(10), departS: null, fromM: 420, toM: 700, lengthM: 280, windowStartS: null, windowEndS: null, moves: 800, movesLeft: 300 },
    { id: 'CSX2-E01', service: 'CSX2', arrivalS: h(18), berthS: null, departS: null, fromM: null, toM: null, lengthM: 250, windowStartS: h(22), windowEndS: h(34), moves: 600, movesLeft: 600 },
  ],
  craneSpans: [
    { crane: 'QC01', call: 'AEX1-W03', fromS: h(4), toS: h(20) },
    { crane: 'QC02', call: 'AEX1-W03', fromS: h(4), toS: h(12) },
    { crane: 'QC03', call: 'AEX1-W03', fromS: h(6), toS: h(20) },
    { crane: 'QC05', call: 'V012', fromS: h(10), toS: null },
    { crane: 'QC06', call: 'V012', fromS: h(12), toS: h(16) },
  ],
});
