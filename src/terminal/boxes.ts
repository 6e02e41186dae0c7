/** Where a container is: exactly one of these at any time. */
export type BoxPlace = 'vessel' | 'quayCrane' | 'vehicle' | 'yardCrane' | 'yard' | 'externalTruck' | 'gone';
export const BOX_PLACES: readonly BoxPlace[] = ['vessel', 'quayCrane', 'vehicle', 'yardCrane', 'yard', 'externalTruck', 'gone'];

/**
 * How a box passes the terminal: an import arrives by vessel and leaves by gate, an export the
 * reverse, a transshipment box arrives and leaves by vessel.
 */
export type BoxFlow = 'import' | 'export' | 'transshipment';

export interface Box {
  id: number;
  /** ISO-6346-like display id, e.g. ZHGU0000123 */
  name: string;
  feet: 20 | 40;
  flow: BoxFlow;
  reefer: boolean;
  /** export weight class index (scenario order); -1 for imports */
  weightClass: number;
  /** destination port index of the load list; -1 for imports */
  destination: number;
  /** the call that discharges it, or -1 */
  fromCall: number;
  /** the call that loads it, or -1 (leaves by gate, or by a call beyond the run) */
  toCall: number;
  /** handled at the ship side by an external truck (船边直提 / 抵港直装), skipping the yard */
  direct: boolean;
  /** drawn when the box is made so that strategies never shift them: how long an import dwells
   * and the local time of day its truck comes (pickup or delivery); the day of an export delivery */
  dwellS: number;
  truckSecondOfDay: number;
  deliveryDay: number;
  /** imports: the consignee's pickup appointment is known to the terminal when the box is discharged */
  pickupKnown: boolean;
  /** imports: when its pickup truck is booked to come (the start of its slot with appointments), s; NaN until booked */
  pickupS: number;
  place: BoxPlace;
  /** index of the vessel call, crane (quay or yard), vehicle or truck holding it; -1 in the yard or gone */
  holder: number;
}

/** Every box of a run: ids are dense from 0, so typed arrays elsewhere can be indexed by id. */
/** A box before it enters the terminal: what is drawn up front (the rest is set as it goes). */
export type BoxFields = Omit<Box, 'id' | 'name' | 'place' | 'holder' | 'pickupS'>;

export class BoxLedger {
  readonly boxes: Box[] = [];
  readonly counts: Record<BoxPlace, number> = { vessel: 0, quayCrane: 0, vehicle: 0, yardCrane: 0, yard: 0, externalTruck: 0, gone: 0 };

  create(fields: BoxFields, place: BoxPlace, holder: number): Box {
    const id = this.boxes.length;
    // Field by field, not `...fields`: a spread leaves most of a box's fields in a second, out-of-line
    // array (two objects per box, a pointer more at each read); a literal holds all of them inline.
    const f = fields;
    const box: Box = {
      id,
      name: `ZHGU${String(id).padStart(7, '0')}`,
      feet: f.feet,
      flow: f.flow,
      reefer: f.reefer,
      weightClass: f.weightClass,
      destination: f.destination,
      fromCall: f.fromCall,
      toCall: f.toCall,
      direct: f.direct,
      dwellS: f.dwellS,
      truckSecondOfDay: f.truckSecondOfDay,
      deliveryDay: f.deliveryDay,
      pickupKnown: f.pickupKnown,
      pickupS: NaN,
      place,
      holder,
    };
    this.boxes.push(box);
    this.counts[place]++;
    return box;
  }

  move(box: Box, place: BoxPlace, holder = -1): void {
    this.counts[box.place]--;
    this.counts[place]++;
    box.place = place;
    box.holder = holder;
  }

  get created(): number {
    return this.boxes.length;
  }
}
