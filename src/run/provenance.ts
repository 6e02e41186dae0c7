import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import pkg from '../../package.json' with { type: 'json' };
import type { Scenario } from '../scenario';
import type { WarmUpRule } from './warmUp';

/** How vehicles use the road: "reservation", sharing it (traffic control), or "off", the idealised road where they pass through each other. */
export type TrafficControl = Scenario['traffic']['control'];

/** What a result came from: enough to reproduce it and to tell two results apart. */
export interface Provenance {
  scenario: string;
  /** sha256 of the scenario file's text, a NUL, and the layout file's text */
  scenarioHash: string;
  seed: number;
  strategy: string;
  /** vehicles in the run: the scenario's, or a sweep's override */
  fleet: number;
  durationS: number;
  /** the warm-up the KPIs leave out, s */
  warmUpS: number;
  /** how it was chosen: given (fixed), or found by MSER-5 from a pilot run */
  warmUp: WarmUpRule;
  /**
   * whether traffic was modelled: the scenario's traffic.control, or "off" when the run was asked
   * for the idealised road (--no-traffic), which the scenario's hash cannot tell
   */
  traffic: TrafficControl;
  version: string;
}

export const zhigangVersion: string = pkg.version;

export function contentHash(sources: { scenario: string; layout: string }): string {
  return bytesToHex(sha256(utf8ToBytes(`${sources.scenario}\u0000${sources.layout}`)));
}
