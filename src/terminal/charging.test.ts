import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { chooseCharger } from './charging';
import { InvariantError } from './invariantError';
import type { Charger, Terminal, Vehicle } from './model';
import { microScenario } from './testing/microTerminal';

/** One vehicle with a 10 kWh battery that starts at 50% and charges below 40%. */
const lowBattery = (consumptionLoaded: number, consumptionEmpty: number, initialSoc = 0.5) =>
  microScenario(1, 40, (s) => {
    s.battery = { capacityKWh: 10, consumptionLoadedKWhPerKm: consumptionLoaded, consumptionEmptyKWhPerKm: consumptionEmpty, idleDrawKW: 0, initialSoc, chargeBelowSoc: 0.4, chargeTargetSoc: 0.9 };
    s.charging = { plugPowerKW: 36, taperAboveSoc: 0.8, taperPowerShare: 0.5 };
  });

describe('charging', () => {
  it('a vehicle below the threshold charges to the target and goes back to work', () => {
    const trace: Record<string, unknown>[] = [];
    const { result, terminal } = runSimulation(lowBattery(2, 1), { trace: (r) => trace.push(r) });
    const starts = trace.filter((r) => r.event === 'chargeStart');
    const ends = trace.filter((r) => r.event === 'chargeEnd');
    expect(starts.length).toBeGreaterThanOrEqual(1);
    expect(starts[0].socKWh as number).toBeLessThan(4);
    expect(ends[0].socKWh).toBeCloseTo(9, 9);
    // it resumed: the crane handed over boxes after the first charge ended
    const handoversAfter = trace.filter((r) => r.event === 'craneHandover' && (r.t as number) > (ends[0].t as number));
    expect(handoversAfter.length).toBeGreaterThan(0);
    expect(result.kpis.moves).toBe(40);
    // 5 → 9 kWh: 3 kWh at 36 kW up to 80%, 1 kWh at 18 kW above: 300 s + 200 s, if it started at exactly 5
    const v = terminal.vehicles[0];
    expect(result.kpis.chargerUtilisation).toBeGreaterThan(0);
    expect(result.kpis.vehicleStateShares.charging).toBeGreaterThan(0);
    expect(result.kpis.vehicleStateShares.toCharger).toBeGreaterThan(0);
    // the energy drawn is the distance driven times the consumption, and the battery balances
    expect(v.drivingKWh).toBeCloseTo((2 * v.distanceLoadedM + 1 * v.distanceEmptyM) / 1000, 9);
    expect(5 + v.chargedKWh - v.drivingKWh - v.standingKWh).toBeCloseTo(v.energyKWh, 9);
    expect(result.kpis.energyPerMoveKWh).toBeCloseTo(v.drivingKWh / 40, 9);
  });

  it('charging time follows the taper above 80%', () => {
    const trace: Record<string, unknown>[] = [];
    runSimulation(lowBattery(2, 1), { trace: (r) => trace.push(r) });
    const start = trace.find((r) => r.event === 'chargeStart')!;
    const end = trace.find((r) => r.event === 'chargeEnd')!;
    const arrive = trace.find((r) => r.event === 'drive' && r.to === 'charger:CH1')!;
    const fromKWh = (start.socKWh as number) - (arrive.lengthM as number) / 1000; // 1 kWh/km empty on the way
    const expectedS = (3600 * (8 - fromKWh)) / 36 + (3600 * 1) / 18;
    expect((end.t as number) - (arrive.t1 as number)).toBeCloseTo(expectedS, 6);
  });

  it('a vehicle that cannot reach a charger breaks an invariant instead of going below zero', () => {
    // 20 kWh/km from 4.1 kWh: the first job (142 m) leaves 1.26 kWh, below the 4 kWh threshold, and
    // the charger is 153 m (3.06 kWh) away: 33 m to the end of the handover lane, 40 south, 60 east, 20 north
    expect(() => runSimulation(lowBattery(20, 20, 0.41))).toThrow(InvariantError);
    expect(() => runSimulation(lowBattery(20, 20, 0.41))).toThrow(
      'ART001 ran out of charge driving from handover:Y1:sea:4 to charger:CH1: it had 1.26 kWh and needed 3.06 kWh',
    );
  });

  it('a vehicle that runs out on a job breaks an invariant', () => {
    expect(() => runSimulation(lowBattery(100, 100))).toThrow('ART001 ran out of charge driving from transfer:QC1 to unlocking:U1: it had 0.50 kWh and needed 4.00 kWh');
  });

  describe('the charger chosen: where charging can start soonest', () => {
    // a full charge (30% → 90% of 100 kWh at 60 kW, no taper) takes an hour; at 5 m/s the near
    // charger is 100 s away, the far one 400 s
    const terminal = (near: Partial<Charger['plugs']> & { heading?: number }, far: { count: number; queueLength: number } = { count: 0, queueLength: 0 }) => {
      const charger = (id: string, keyPoint: number, p: { count: number; queueLength: number; heading?: number }) =>
        ({ id, place: { keyPoint }, plugs: { capacity: 2, count: p.count, queueLength: p.queueLength }, heading: p.heading ?? 0 }) as unknown as Charger;
      return {
        scenario: {
          battery: { capacityKWh: 100, chargeBelowSoc: 0.3, chargeTargetSoc: 0.9 },
          charging: { plugPowerKW: 60, taperAboveSoc: 1, taperPowerShare: 1 },
          vehicles: { speedEmptyMps: 5, speedLoadedMps: 5, stopStartPenaltyS: 0 },
          traffic: { dispatchSeesCongestion: false },
        },
        traffic: null,
        layout: { travel: { ids: ['here', 'near', 'far'], distanceM: Float64Array.of(0, 500, 2000, 500, 0, 1500, 2000, 1500, 0) } },
        chargers: [charger('NEAR', 1, { count: near.count ?? 0, queueLength: near.queueLength ?? 0, heading: near.heading }), charger('FAR', 2, far)],
      } as unknown as Terminal;
    };
    const vehicle = { place: { keyPoint: 0 } } as unknown as Vehicle;
    it('goes to the near charger while it has a plug for one more', () => {
      expect(chooseCharger(terminal({ count: 1 }), vehicle).id).toBe('NEAR');
    });
    it('drives on to the far one rather than wait an hour behind a full near one', () => {
      expect(chooseCharger(terminal({ count: 2, queueLength: 1 }), vehicle).id).toBe('FAR');
    });
    it('when every charger is full, queues where the queue is shortest in time, not at the nearest (a large fleet piled up there)', () => {
      // near: 2 charging and 5 queued, three hours to wait; far: 2 charging, an hour
      expect(chooseCharger(terminal({ count: 2, queueLength: 5 }, { count: 2, queueLength: 0 }), vehicle).id).toBe('FAR');
      // near: 2 charging, an hour; far the same and further
      expect(chooseCharger(terminal({ count: 2, queueLength: 0 }, { count: 2, queueLength: 0 }), vehicle).id).toBe('NEAR');
    });
    it('counts the vehicles already on their way to a charger as ahead of it', () => {
      expect(chooseCharger(terminal({ count: 1, heading: 1 }), vehicle).id).toBe('FAR');
    });
  });
});
