/**
 * The latest record of each owner (a vehicle's drive, a yard crane's move) in a list the model only
 * appends to. Records are appended when they start, so an owner's latest is the only one that can be
 * under way; catching up reads only what was appended since the last call.
 */
export class LatestRecords<R> {
  /** per owner: index into the list of its latest record, -1 if none yet */
  private readonly latest: Int32Array;
  private seen = 0;

  constructor(
    owners: number,
    private readonly list: readonly R[],
    private readonly ownerOf: (record: R) => number,
  ) {
    this.latest = new Int32Array(owners).fill(-1);
  }

  /** The owner's latest record, or undefined if it has none. */
  of(owner: number): R | undefined {
    this.catchUp();
    const k = this.latest[owner];
    return k < 0 ? undefined : this.list[k];
  }

  private catchUp(): void {
    for (; this.seen < this.list.length; this.seen++) this.latest[this.ownerOf(this.list[this.seen])] = this.seen;
  }
}
