import type { TerminalDesign } from './terminalDesign';

/**
 * A small terminal for examples and quick tests: 1 berth, 3 quay cranes, 2 blocks one behind the
 * other, parking for 24 vehicles.
 */
export const demoSmall: TerminalDesign = {
  originLonLat: [117.79, 38.98],
  quayLengthM: 350,
  berths: 1,
  cranesPerBerth: 3,
  blockColumns: 1,
  blockRows: 2,
  block: { bays: 30, rows: 8, tiers: 5, bayLengthM: 6.5, rowWidthM: 2.8 },
  chargers: [
    { row: 0, column: 0, plugs: 2 },
    { row: 1, column: 0, plugs: 2 },
  ],
  parkings: [{ xM: 100, capacity: 24 }], // 2 rows of 12 stalls: room for test/liveness's largest fleet
  gateInLanes: 1,
  gateOutLanes: 1,
};
