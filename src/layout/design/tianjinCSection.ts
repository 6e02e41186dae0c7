import type { TerminalDesign } from './terminalDesign';

/**
 * Tianjin Port Beijiang C-section, Tianjin-style (not surveyed): 3 berths on ~1,100 m of straight
 * quay, 12 quay cranes, blocks parallel to the quay (docs/tianjin-c-section.md).
 * Assumed where nothing public was found: 21 blocks (3 along the quay × 7 inland, 42 ARMG = 2 per
 * block) of 48 bays × 10 rows × 5 tiers, 8 roadside chargers of 4 plugs (each with 4 queue bays,
 * in a lay-by beside its travel lane), 4 parking areas of 100 bays north of the north road (room
 * for a fleet of 400: ~92 ARTs in 2024 and 130+ in 2025 were published, no parking size was), a gate
 * of 6 in-lanes and 4 out-lanes, an unlocking station per berth. The quay runs west–east with the
 * water to the south, as on the Beijiang side of the main channel.
 */
export const tianjinCSection: TerminalDesign = {
  originLonLat: [117.79, 38.98],
  quayLengthM: 1100,
  berths: 3,
  cranesPerBerth: 4,
  blockColumns: 3,
  blockRows: 7,
  block: { bays: 48, rows: 10, tiers: 5, bayLengthM: 6.5, rowWidthM: 2.8 },
  chargers: [0, 1, 2, 3].flatMap((row) => [0, 2].map((column) => ({ row, column, plugs: 4 }))),
  // 4 parkings of 2 rows × 50 stalls, 200 m long, two each side of the gate
  parkings: [130, 380, 720, 970].map((xM) => ({ xM, capacity: 100 })),
  gateInLanes: 6,
  gateOutLanes: 4,
  // one unlocking station per berth, at the berth's middle, so discharge traffic is not funnelled
  // through one point of the apron (assumed: the number of stations is not public)
  unlockingAt: [1 / 6, 1 / 2, 5 / 6],
};
