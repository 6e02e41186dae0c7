import { describe, expect, it } from 'vitest';
import { startRun } from '../run/session';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { driveEnergyKWh } from '../terminal/battery';
import { microScenario } from '../terminal/testing/microTerminal';

describe('energy of stop-and-go, through the terminal model', () => {
  // The demo terminal and its 12 vehicles for 6 hours: about 900 drives, a quarter of them with
  // stops in traffic (up to 5). Each stop costs 0.5 kWh here. A drive's energy is drawn up front in
  // driveTo: the drive alone (its metres at the loaded or empty consumption) plus 0.5 kWh a stop.
  const STOP_KWH = 0.5;
  function run() {
    const demo = readScenarioFile('scenarios/demo-small.json');
    const loaded = { ...demo, scenario: { ...demo.scenario, traffic: { ...demo.scenario.traffic, stopEnergyKWh: STOP_KWH } } };
    const drives: { vehicle: string; lengthM: number; loaded: boolean; stops: number }[] = [];
    const session = startRun(loaded, {
      durationS: 6 * 3600,
      trace: (r) => {
        if (r.event === 'drive') drives.push({ vehicle: r.vehicle as string, lengthM: r.lengthM as number, loaded: r.loaded as boolean, stops: r.stops as number });
      },
    });
    // the energy each drive draws, in the order the drives start (recorded just before each trace)
    const kWh: number[] = [];
    const recorder = session.terminal.recorder;
    const record = recorder.drive.bind(recorder);
    recorder.drive = (isLoaded, t0, t1, lengthM, energyKWh) => {
      kWh.push(energyKWh);
      record(isLoaded, t0, t1, lengthM, energyKWh);
    };
    session.finish();
    return { terminal: session.terminal, drives, kWh };
  }

  it('draws exactly k × stopEnergyKWh more on a drive with k stops than the same drive alone', () => {
    const { terminal, drives, kWh } = run();
    expect(kWh.length).toBe(drives.length);
    const extra = drives.map((d, k) => kWh[k] - driveEnergyKWh(terminal.scenario, d.lengthM, d.loaded));
    drives.forEach((d, k) => expect(Math.abs(extra[k] - d.stops * STOP_KWH)).toBeLessThan(1e-9));
    // the run has drives with no stop, one, and more than one
    const byStops = new Set(drives.map((d) => Math.min(d.stops, 2)));
    expect([...byStops].sort()).toEqual([0, 1, 2]);
    // and each vehicle's driving energy is its drives' energy
    for (const v of terminal.vehicles) {
      const own = drives.flatMap((d, k) => (d.vehicle === v.id ? [kWh[k]] : []));
      expect(Math.abs(v.drivingKWh - own.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
    }
  });
});

describe('parking bays with traffic on', () => {
  // The micro terminal has one parking, P1, with 4 bays; it runs with traffic off unless told.
  const withTraffic = (vehicles: number) => microScenario(vehicles, 20, (s) => void (s.traffic = { control: 'reservation' }));

  it('refuses a fleet larger than the parking bays, saying so', () => {
    expect(() => startRun(withTraffic(5))).toThrow(new RangeError('vehicles.count: a fleet of 5 does not fit the 4 parking bays of micro.geojson; add parking, or run with traffic.control "off"'));
  });

  it('lets the idealised model (traffic off) share the parking points', () => {
    const session = startRun(microScenario(5));
    expect(session.terminal.traffic).toBeNull();
    expect(session.terminal.vehicles.length).toBe(5);
  });

  it('starts each vehicle of a fleet that fits in a bay of its own: the parking’s bays, in order', () => {
    const { terminal } = startRun(withTraffic(4));
    const traffic = terminal.traffic!;
    const parking = terminal.roads.place('parking:P1');
    expect(terminal.vehicles.map((v) => v.place.key)).toEqual(new Array(4).fill('parking:P1'));
    expect([traffic.standing.held(parking.index), traffic.standing.capacity(parking.index)]).toEqual([4, 4]);
    expect(terminal.vehicles.map((v) => traffic.bayOfVehicle(v.index, parking))).toEqual(terminal.layout.parkings[0].bays);
    // four different bays, all taken: none of them can be given again
    expect(new Set(terminal.layout.parkings[0].bays.map((b) => `${b.x},${b.y}`)).size).toBe(4);
    for (let k = 0; k < 4; k++) expect(() => traffic.standing.hold(parking.index, parking.at, k)).toThrow(`bay ${k} of place ${parking.index} is already held`);
  });
});
