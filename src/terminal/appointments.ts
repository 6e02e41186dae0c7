import { sampler, type RandomStreams, type Sampler } from '../sim';
import type { Scenario } from '../scenario';

/**
 * The truck appointment system: slots of `slotS` with a quota of trucks per block per slot. A truck
 * books the slot holding the time it wants to come, or the first later slot with room at its block,
 * and arrives at the slot's start plus its punctuality draw (stream gate.punctuality). Bookings are
 * counted per (slot, block) so a test can check no quota is ever exceeded.
 */
export class AppointmentBook {
  readonly slotS: number;
  readonly quota: number;
  /** trucks booked per slot index × blocks + block */
  readonly booked = new Map<number, number>();
  private readonly punctuality: Sampler;

  constructor(
    config: NonNullable<Scenario['gate']['appointments']>,
    readonly blocks: number,
    streams: RandomStreams,
  ) {
    this.slotS = config.slotS;
    this.quota = config.quotaPerBlock;
    this.punctuality = sampler(config.punctualityS, streams.stream('gate.punctuality'));
  }

  /** Books a slot at `block` for a truck wanting to come at `wantedS`: the start of the slot it got. */
  book(block: number, wantedS: number): number {
    for (let slot = Math.floor(wantedS / this.slotS); ; slot++) {
      const key = slot * this.blocks + block;
      const n = this.booked.get(key) ?? 0;
      if (n < this.quota) {
        this.booked.set(key, n + 1);
        return slot * this.slotS;
      }
    }
  }

  /** When a truck booked for the slot starting at `slotStartS` arrives. */
  arrival(slotStartS: number): number {
    return slotStartS + this.punctuality();
  }
}
