import { positionAt, type Pose } from '../layout';
import type { DriveRecord } from '../terminal/model';
import type { RunSession } from './session';

/**
 * Where vehicle `vehicle` went between `sinceS` and now, sampled every `stepS` seconds of simulated
 * time (and at now), as x, y pairs in metres. Between drives the vehicle stood where it arrived.
 */
export function vehicleTrajectory(session: RunSession, vehicle: number, sinceS: number, stepS = 2): Float32Array {
  const now = session.timeS;
  const from = Math.max(0, Math.min(sinceS, now));
  const drives = recentDrives(session.terminal.drives.recent(vehicle), from);
  const samples = Math.floor((now - from) / stepS) + 1;
  const out = new Float32Array(2 * (samples + 1));
  const pose: Pose = { x: 0, y: 0, headingRad: 0 };
  let k = 0; // latest drive started at or before the sample time
  let n = 0;
  const sample = (t: number) => {
    while (k + 1 < drives.length && drives[k + 1].t0 <= t) k++;
    if (drives.length === 0 || drives[k].t0 > t) return; // before its first drive it has no recorded place
    positionAt(drives[k], t, pose);
    out[n++] = pose.x;
    out[n++] = pose.y;
  };
  for (let i = 0; i < samples; i++) sample(from + i * stepS);
  sample(now);
  return out.slice(0, n);
}

/** The vehicle's drives that may cover [sinceS, now], oldest first (drives are listed as they start). */
function recentDrives(mine: readonly DriveRecord[], sinceS: number): readonly DriveRecord[] {
  let first = mine.length - 1;
  while (first > 0 && mine[first].t0 > sinceS) first--; // the drive it was on (or had last finished) at sinceS
  return mine.slice(Math.max(0, first));
}
