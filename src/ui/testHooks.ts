import type { InspectTarget } from '../run/inspect';
import type { App } from './app';
import type { ExportedResults } from './exportResults';
import type { FrameMeter } from './frameMeter';

/**
 * What browser tests and `npm run bench:render` read from the page: a window property, so that
 * they ask the page instead of guessing at pixels. Nothing in the app reads it.
 */
export interface ZhigangPageHooks {
  ready: boolean;
  /** simulated time of the run shown */
  timeS(): number;
  finished(): boolean;
  /** page coordinates of a vehicle or crane as drawn now */
  screenPositionOf(target: InspectTarget): { x: number; y: number } | null;
  /** the index of a vehicle drawn on screen, away from the page's panels, or -1 */
  visibleVehicle(): number;
  frames(): { frames: number; medianMs: number; p95Ms: number };
  resetFrames(): void;
  renderStats(): { drawCalls: number; triangles: number };
  /** the results as the export buttons would write them, or null before the first KPIs */
  results(): ExportedResults | null;
  /** points of the selected vehicle's trajectory as drawn (0 when none) */
  trailPoints(): number;
  /** boxes in the yard of the run shown (from its latest frame) */
  yardBoxes(): number;
  /** the congestion heat layer as drawn: shown or not, its lane pieces, those showing any waiting */
  congestion(): { shown: boolean; pieces: number; warm: number };
  /** vehicles drawn stopped in traffic (with tail lights) */
  stoppedVehicles(): number;
  app: App;
}

declare global {
  interface Window {
    zhigang?: ZhigangPageHooks;
  }
}

export function installTestHooks(app: App, meter: FrameMeter, results: () => ExportedResults | null, yardBoxes: () => number): void {
  const onScreen = (p: { x: number; y: number } | null) => p !== null && p.x > 40 && p.y > 120 && p.x < window.innerWidth - 420 && p.y < window.innerHeight - 60;
  window.zhigang = {
    ready: true,
    timeS: () => app.shownRun?.timeS ?? 0,
    finished: () => app.shownRun?.finished ?? false,
    screenPositionOf: (target) => app.view?.screenPositionOf(target) ?? null,
    visibleVehicle() {
      const n = app.shownRun?.summary.vehicles ?? 0;
      for (let i = 0; i < n; i++) if (onScreen(app.view?.screenPositionOf({ kind: 'vehicle', index: i }) ?? null)) return i;
      return -1;
    },
    frames: () => meter.summary(),
    resetFrames: () => meter.reset(),
    renderStats: () => app.view?.stats() ?? { drawCalls: 0, triangles: 0 },
    results,
    yardBoxes,
    trailPoints: () => app.view?.trajectoryPoints() ?? 0,
    congestion: () => app.view?.congestion() ?? { shown: false, pieces: 0, warm: 0 },
    stoppedVehicles: () => app.view?.stoppedVehicles() ?? 0,
    app,
  };
}
