import type { Terminal } from '../model';
import type { YardCrane } from '../yardCranes';

/**
 * Work a yard crane may do on its own when it has nothing queued that it can do (housekeeping:
 * re-marshalling boxes for a coming vessel, levelling stacks). The crane passes over bays
 * `fromBay`…`toBay` (from where it stands), ends at `toBay`, takes `durationS`, and `perform` makes
 * the yard changes at the moment the job starts. The block's crane scheduler runs it under the
 * non-passing rule like any job, only when it can start at once (it never waits for or pushes
 * another crane), and looks at its queue again when it ends: a request that arrives meanwhile waits
 * at most this one job. Cranes that work fixed zones (`craneSharing` "zones") do no idle work.
 */
export interface IdleJob {
  fromBay: number;
  toBay: number;
  durationS: number;
  perform: () => void;
}

/** The idle work policy: none yet (a hook for housekeeping). */
export function idleWork(_t: Terminal, _crane: YardCrane): IdleJob | null {
  return null;
}
