import type { WaitForGraph } from '../waitFor';

/**
 * A deliberately naive traffic rule, for testing the deadlock check: no look-ahead, no plan. Each
 * vehicle holds the cell it stands in and, when it wants to move on, takes the next cell if it is
 * free, or waits at run time, for as long as it takes, for the vehicle holding it. Four vehicles on
 * a ring of four cells, all wanting to move on, wait for each other for ever: the reservation rule
 * exists to rule this out, and the wait-for graph must catch it when a rule lets it happen.
 */
export class NaiveZoneControl {
  /** per cell: the vehicle holding it, -1 if free */
  private readonly holder: Int32Array;
  /** per vehicle: the cell it holds, -1 if none */
  private readonly cellOf: Int32Array;

  constructor(
    cells: number,
    vehicles: number,
    private readonly waits: WaitForGraph,
  ) {
    this.holder = new Int32Array(cells).fill(-1);
    this.cellOf = new Int32Array(vehicles).fill(-1);
  }

  /** Puts a vehicle in a free cell (the start). */
  place(vehicle: number, cell: number): void {
    if (this.holder[cell] >= 0) throw new Error(`cell ${cell} is held`);
    this.holder[cell] = vehicle;
    this.cellOf[vehicle] = cell;
  }

  /**
   * The vehicle wants to move into `cell` at `now`: it does if the cell is free (leaving the one it
   * held) and returns true; otherwise it stays and waits from now on, with no end known, for the
   * cell's holder, and returns false. The wait goes into the wait-for graph, which throws if the
   * wait closes a cycle.
   */
  moveOn(vehicle: number, cell: number, now: number): boolean {
    const blocker = this.holder[cell];
    if (blocker >= 0 && blocker !== vehicle) {
      this.waits.add(vehicle, blocker, now, Infinity, now);
      return false;
    }
    if (this.cellOf[vehicle] >= 0) this.holder[this.cellOf[vehicle]] = -1;
    this.holder[cell] = vehicle;
    this.cellOf[vehicle] = cell;
    return true;
  }

  /** Who holds the cell, -1 if no one. */
  holderOf(cell: number): number {
    return this.holder[cell];
  }
}
