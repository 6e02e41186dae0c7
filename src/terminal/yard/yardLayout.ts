/**
 * Where slots are: the yard's blocks flattened into dense indices so that the stacks can live in typed
 * arrays. Positions are 0-based everywhere (tier 0 is the ground); messages print them 0-based too.
 */

export interface YardBlockShape {
  id: string;
  bays: number;
  rows: number;
  tiers: number;
}

/** One slot; all 0-based, tier 0 is the ground. */
export interface SlotRef {
  block: number;
  bay: number;
  row: number;
  tier: number;
}

/** "1 box", "3 boxes": for messages. */
export const boxCount = (n: number) => (n === 1 ? '1 box' : `${n} boxes`);

const isCount = (n: number) => Number.isInteger(n) && n >= 1;

export class YardLayout {
  readonly blocks: readonly YardBlockShape[];
  /** Total slots, stacks (bay × row) and bays of all blocks. */
  readonly slots: number;
  readonly stacks: number;
  readonly bays: number;
  /** First slot / stack / bay index of each block. */
  readonly slotBase: Int32Array;
  readonly stackBase: Int32Array;
  readonly bayBase: Int32Array;
  /** Block of each slot, so a box's slot index alone says where it is. */
  readonly slotBlock: Int32Array;

  constructor(blocks: readonly YardBlockShape[]) {
    const ids = new Set<string>();
    for (const [i, b] of blocks.entries()) {
      if (!isCount(b.bays) || !isCount(b.rows) || !isCount(b.tiers)) {
        throw new RangeError(
          `yard block ${i} ("${b.id}"): bays, rows and tiers must be positive integers, ` +
            `got ${b.bays} × ${b.rows} × ${b.tiers}`,
        );
      }
      if (ids.has(b.id)) throw new RangeError(`yard block id "${b.id}" is used twice`);
      ids.add(b.id);
    }
    this.blocks = blocks.map((b) => ({ ...b }));
    this.slotBase = new Int32Array(blocks.length);
    this.stackBase = new Int32Array(blocks.length);
    this.bayBase = new Int32Array(blocks.length);
    let slots = 0;
    let stacks = 0;
    let bays = 0;
    blocks.forEach((b, i) => {
      this.slotBase[i] = slots;
      this.stackBase[i] = stacks;
      this.bayBase[i] = bays;
      slots += b.bays * b.rows * b.tiers;
      stacks += b.bays * b.rows;
      bays += b.bays;
    });
    this.slots = slots;
    this.stacks = stacks;
    this.bays = bays;
    this.slotBlock = new Int32Array(slots);
    blocks.forEach((b, i) => this.slotBlock.fill(i, this.slotBase[i], this.slotBase[i] + b.bays * b.rows * b.tiers));
  }

  /** Slot index; slots of one stack are consecutive, ground first. */
  slotIndex(block: number, bay: number, row: number, tier: number): number {
    const b = this.blocks[block];
    return this.slotBase[block] + ((bay * b.rows + row) * b.tiers + tier);
  }

  stackIndex(block: number, bay: number, row: number): number {
    return this.stackBase[block] + bay * this.blocks[block].rows + row;
  }

  bayIndex(block: number, bay: number): number {
    return this.bayBase[block] + bay;
  }

  slotRef(slot: number): SlotRef {
    const block = this.slotBlock[slot];
    const { rows, tiers } = this.blocks[block];
    const local = slot - this.slotBase[block];
    const tier = local % tiers;
    const stack = (local - tier) / tiers;
    const row = stack % rows;
    return { block, bay: (stack - row) / rows, row, tier };
  }

  /** `block "A1" bay 3, row 2, tier 1` — 0-based. */
  describeSlot(slot: SlotRef): string {
    return `${this.describeBay(slot.block, slot.bay)}, row ${slot.row}, tier ${slot.tier}`;
  }

  /** `stack at block "A1" bay 3, row 2` — 0-based. */
  describeStack(block: number, bay: number, row: number): string {
    return `stack at ${this.describeBay(block, bay)}, row ${row}`;
  }

  describeBay(block: number, bay: number): string {
    return `block "${this.blocks[block].id}" bay ${bay}`;
  }

  /** Throws a RangeError naming `what` unless the slot lies inside the yard. */
  checkSlot(slot: SlotRef, what: string): void {
    const b = this.blocks[slot.block];
    const inside =
      Number.isInteger(slot.block) &&
      b !== undefined &&
      inRange(slot.bay, b.bays) &&
      inRange(slot.row, b.rows) &&
      inRange(slot.tier, b.tiers);
    if (!inside) {
      throw new RangeError(
        `${what}: slot {block ${slot.block}, bay ${slot.bay}, row ${slot.row}, tier ${slot.tier}} is outside the yard` +
          (b ? ` (block "${b.id}" is ${b.bays} bays × ${b.rows} rows × ${b.tiers} tiers, 0-based)` : ''),
      );
    }
  }

  checkBlock(block: number, what: string): void {
    if (!inRange(block, this.blocks.length)) {
      throw new RangeError(`${what}: block ${block} does not exist (the yard has ${this.blocks.length} blocks)`);
    }
  }
}

function inRange(i: number, n: number): boolean {
  return Number.isInteger(i) && i >= 0 && i < n;
}
