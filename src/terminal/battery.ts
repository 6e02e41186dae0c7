import type { Scenario } from '../scenario';
import { InvariantError } from './invariantError';
import type { Terminal, Vehicle } from './model';

/** Energy a drive of `lengthM` takes. */
export function driveEnergyKWh(scenario: Scenario, lengthM: number, loaded: boolean): number {
  const b = scenario.battery;
  return (lengthM / 1000) * (loaded ? b.consumptionLoadedKWhPerKm : b.consumptionEmptyKWhPerKm);
}

/** Draws the idle power from the last time the vehicle was accounted up to t. */
export function standUntil(terminal: Terminal, v: Vehicle, t: number): void {
  const kw = terminal.scenario.battery.idleDrawKW;
  if (t > v.standSince && kw > 0) {
    const kWh = (kw * (t - v.standSince)) / 3600;
    draw(terminal, v, kWh, 'standing');
    v.standingKWh += kWh;
    terminal.recorder.standing(v.standSince, t, kw);
  }
  v.standSince = Math.max(v.standSince, t);
}

export function draw(terminal: Terminal, v: Vehicle, kWh: number, what: string): void {
  if (kWh > v.energyKWh + 1e-9) {
    throw new InvariantError(terminal.sim.now, `${v.id} ran out of charge ${what}: it had ${v.energyKWh.toFixed(2)} kWh and needed ${kWh.toFixed(2)} kWh`);
  }
  v.energyKWh = Math.max(0, v.energyKWh - kWh);
}

/**
 * Seconds to charge from `fromKWh` to `toKWh` at a plug: full power up to the taper threshold,
 * then the tapered share of it (lithium cells accept less current when nearly full).
 */
export function chargeTimeS(scenario: Scenario, fromKWh: number, toKWh: number): number {
  if (!(toKWh > fromKWh)) return 0;
  const cap = scenario.battery.capacityKWh;
  const { plugPowerKW, taperAboveSoc, taperPowerShare } = scenario.charging;
  const knee = taperAboveSoc * cap;
  const fast = Math.max(0, Math.min(toKWh, knee) - fromKWh);
  const slow = toKWh - fromKWh - fast;
  return (3600 * fast) / plugPowerKW + (slow > 0 ? (3600 * slow) / (plugPowerKW * taperPowerShare) : 0);
}
