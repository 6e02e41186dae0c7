import { buildLayout, type Layout } from '../../layout';
import { smallTerminal, smallTerminalFeatures } from '../../layout/testing/smallTerminal';
import { scenarioSchema, type LoadedScenario, type ScenarioInput } from '../../scenario';

/**
 * The hand-drawn test terminal of layout/testing (1 quay crane, 1 block of 10 bays × 4 rows × 3
 * tiers, 1 charger, 1 parking, the unlocking station on lane R1 at (80, 30), a gate). A vehicle's loop
 * is transfer point (50,20) → unlocking (80,30): 40 m → bay b of the sea side: 33 + 6b m → back to
 * the transfer point: 127 − 6b m; from the parking (5,20) to the transfer point: 45 m.
 */
export function microLayout(): Layout {
  const { layout, issues } = buildLayout(smallTerminal({ round: false, features: smallTerminalFeatures() }), 'micro.geojson');
  if (layout === null) throw new Error(`micro layout: ${JSON.stringify(issues)}`);
  return layout;
}

const constant = (value: number) => ({ dist: 'constant' as const, value });

/**
 * One vessel of `moves` 40' discharge moves at t = 0 and `vehicles` ARTs, every time constant:
 * crane cycle 50 s, unlocking 20 s, yard crane 10 + 20 s and 2 m/s gantry, 5 / 8 m/s loaded / empty,
 * 10 s per leg. No energy use, no trucks, no traffic: what is left is the crane–vehicle–yard loop.
 */
export function microScenario(vehicles: number, moves = 20, overrides: (s: ScenarioInput) => void = () => {}): LoadedScenario {
  const input: ScenarioInput = {
    name: 'micro terminal',
    layout: 'micro.geojson',
    seed: 1,
    run: { durationS: 86400, warmUpS: 0, startDate: '2026-06-01T00:00:00+08:00' },
    vessels: {
      calls: [{ id: 'V1', arrivalS: 0, lengthM: 60, dischargeMoves: moves, loadMoves: 0, cranes: 1 }],
      cranesPerVessel: { min: 1, max: 1 },
      mix: { share40ft: 1, reeferShare: 0, transshipmentShare: 0, weightClasses: [{ name: 'all', share: 1 }], destinations: 1 },
      berthGapM: 0,
    },
    quayCranes: { cycleTimeS: constant(50), workWindow: 1, dualCycling: false },
    unlocking: { serviceTimeS: constant(20), positions: 1 },
    vehicles: { count: vehicles, speedLoadedMps: 5, speedEmptyMps: 8, stopStartPenaltyS: 10 },
    battery: { capacityKWh: 100, consumptionLoadedKWhPerKm: 0, consumptionEmptyKWhPerKm: 0, idleDrawKW: 0, initialSoc: 0.9, chargeBelowSoc: 0.2, chargeTargetSoc: 0.9 },
    charging: { plugPowerKW: 100, taperAboveSoc: 0.8, taperPowerShare: 0.5 },
    yard: {
      initialOccupancy: 0,
      cranesPerBlock: 1,
      gantrySpeedMps: 2,
      trolleyTimeS: constant(10),
      hoistTimeS: constant(20),
      serviceRule: 'fcfs',
      importDwellS: constant(5_000_000), // about 58 days: no pickup within the run
      exportCutOffS: 0,
    },
    gate: { processingTimeS: constant(60), hourlyProfile: Array(24).fill(1), directPickupShare: 0, directLoadingShare: 0 },
    // the loop times above are computed by hand for the road alone: vehicles pass through each other
    // here (traffic has its own tests in src/traffic); an override may turn traffic control on
    traffic: { control: 'off' },
    dispatch: { strategy: 'fcfs' },
  };
  overrides(input);
  const scenario = scenarioSchema.parse(input);
  return { file: 'micro.json', scenario, layoutFile: 'micro.geojson', layout: microLayout(), sources: { scenario: JSON.stringify(input), layout: 'micro' } };
}
