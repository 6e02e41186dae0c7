import { APPOINTMENT_LEAD_S, REHANDLE_RESERVE_STACK_SHARE } from '../assumptions';
import type { Terminal } from '../model';
import { reachOf, type YardCrane } from '../yardCranes';
import { preMarshalMove } from './housekeeping';

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

/** A crane that found its reach in order looks again after this long. */
const QUIET_RECHECK_S = 1800;

/** Per terminal, per yard crane: until when it rests after finding nothing to do. */
const quiet = new WeakMap<Terminal, Float64Array>();

/**
 * The idle work policy, `yard.housekeeping`: "pre-marshal" lifts a box that buries an import due
 * within APPOINTMENT_LEAD_S (its appointment known) onto a stack where it buries nothing that leaves
 * earlier (see preMarshalMove), within the bays the crane reaches, keeping the block's rehandle
 * reserve and the stacks promised to boxes on their way; "off": none.
 */
export function idleWork(t: Terminal, crane: YardCrane): IdleJob | null {
  if (t.scenario.yard.housekeeping !== 'pre-marshal') return null;
  const { block } = crane;
  let restUntilS = quiet.get(t);
  if (restUntilS === undefined) quiet.set(t, (restUntilS = new Float64Array(t.yardCranes.reduce((a, c) => a + c.length, 0))));
  // a crane that found nothing looks again after a while: what it waits for (an appointment becoming
  // known, a box falling due within the horizon) comes with time, and a scan reads the whole reach
  if (t.sim.now < restUntilS[crane.index]) return null;
  const { bays, rows, tiers } = t.yard.blocks[block];
  const keepEmpty = Math.ceil(REHANDLE_RESERVE_STACK_SHARE * bays * rows) + Math.ceil(t.yardReserved[block] / tiers);
  const [fromBay, toBay] = reachOf(t, crane);
  const move = preMarshalMove(t.yard, block, fromBay, toBay, t.sim.now + APPOINTMENT_LEAD_S, keepEmpty);
  if (move === null) {
    restUntilS[crane.index] = t.sim.now + QUIET_RECHECK_S;
    return null;
  }
  const secondsPerBay = t.layout.blocks[block].bayAxis.bayLengthM / t.scenario.yard.gantrySpeedMps;
  const durationS = (Math.abs(crane.bay - move.fromBay) + Math.abs(move.fromBay - move.toBay)) * secondsPerBay + crane.trolley() + crane.hoist();
  // once more after this move's time: the move keeps the crane busy that long, and if the scheduler
  // cannot start it now (the other crane in the way) a new scan at every pass would find the same
  restUntilS[crane.index] = t.sim.now + durationS;
  return {
    fromBay: move.fromBay,
    toBay: move.toBay,
    durationS,
    perform: () => {
      const r = t.yard.relocate(move.box, move.toBay, move.toRow);
      t.recorder.housekeepingMove(t.sim.now);
      t.trace?.({ t: t.sim.now, event: 'housekeeping', crane: crane.id, box: t.ledger.boxes[move.box].name, fromBay: r.from.bay, toBay: r.to.bay });
    },
  };
}
