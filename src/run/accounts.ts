import { standUntil } from '../terminal/battery';
import type { Terminal } from '../terminal/model';
import { closeState } from '../terminal/vehicleState';

/**
 * Books what is still open at `atS`: each vehicle's current state and idle draw, and the recorder's
 * levels. The end of a run does it on the terminal; the live KPIs do it on copies.
 */
export function closeAccounts(t: Terminal, atS: number): void {
  for (const v of t.vehicles) {
    closeState(t, v, atS);
    if (v.state !== 'charging') standUntil(t, v, atS); // a drive under way has drawn its energy already
  }
  t.recorder.finish(atS);
}
