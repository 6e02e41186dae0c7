import type { LoadedScenario } from '../scenario';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { renderSnapshot, type RenderSnapshot } from '../run/renderSnapshot';
import { startRun, type RunSession } from '../run/session';

/** For the view's tests: demo-small at 3 h, a vessel alongside and its three cranes at work. */
export function demoSmallAt(hours = 3): { loaded: LoadedScenario; session: RunSession; snapshot: RenderSnapshot } {
  const loaded = readScenarioFile('scenarios/demo-small.json');
  const session = startRun(loaded, { durationS: 24 * 3600 });
  session.advanceTo(hours * 3600);
  return { loaded, session, snapshot: renderSnapshot(session) };
}

/** A deep copy, to edit without touching the original. */
export function cloneSnapshot(s: RenderSnapshot): RenderSnapshot {
  return structuredClone(s);
}
