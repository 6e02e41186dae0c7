import type { Box } from './boxes';
import type { Move, Terminal } from './model';
import { categoryGroupOf } from './yardPlanner';

/**
 * Category retrieval (`yard.exportStacking` "category"): a quay crane's load sequence needs a box of
 * a category (call, port of discharge, weight class, size), not one particular box, as stowage
 * plans do. When the yard crane starts the load's retrieval, the yard gives the top box of the
 * category's stack nearest the carrier's bay within the crane's bays [fromBay, toBay): every box of
 * a category's stacks is of the category, so it comes out without a rehandle. The move and the move
 * that named that box swap boxes: both are in the same block and category, so neither's carrier
 * drives elsewhere and no stowage changes. Under "call-weight" stacking the named box comes.
 */
export function categoryPick(t: Terminal, move: Move, handoverBay: number, fromBay: number, toBay: number): Box {
  const box = move.box;
  if (t.scenario.yard.exportStacking !== 'category' || box.flow === 'import') return box;
  const at = t.yard.locate(box.id)!;
  if (t.yard.height(at.block, at.bay, at.row) === at.tier + 1) return box; // on top already
  // its category's pure stacks, even when the named box sits in its call's mixed stacks
  const top = t.yard.topOfGroup(at.block, categoryGroupOf(t, box), handoverBay, fromBay, toBay);
  if (top < 0 || top === box.id) return box;
  const other = t.ledger.boxes[top];
  const theirs = t.loadMoveOf.get(top);
  move.box = other;
  t.loadMoveOf.set(top, move);
  if (theirs === undefined) t.loadMoveOf.delete(box.id);
  else {
    theirs.box = box;
    t.loadMoveOf.set(box.id, theirs);
  }
  t.trace?.({ t: t.sim.now, event: 'categoryPick', named: box.name, given: other.name });
  return other;
}

/** Records which move loads each yard box, for categoryPick's swaps. */
export function indexLoadMoves(t: Terminal, moves: readonly Move[]): void {
  for (const m of moves) if (m.kind === 'load' && m.box.place === 'yard') t.loadMoveOf.set(m.box.id, m);
}
