import type { LoadedScenario } from '../scenario';

/** The scenario with the idealised road (traffic.control "off"): vehicles pass through each other. The CLI's --no-traffic. */
export function withoutTraffic(loaded: LoadedScenario): LoadedScenario {
  return { ...loaded, scenario: { ...loaded.scenario, traffic: { ...loaded.scenario.traffic, control: 'off' } } };
}
