import { z } from 'zod';
import { distribution, nonNegativeDistribution } from './distributionSchema';
import { LIMITS as L } from './limits';
import { count, fraction, nonNegative, note, positive, section } from './quantity';
import { TRUCK_WAIT_BOUND_S } from '../terminal/assumptions';

/**
 * The scenario file: one JSON document naming its layout and every parameter of the terminal.
 * SI units, named in the keys (…S seconds, …M metres, …Mps m/s, …KWh, …KW). Unknown keys are errors.
 */

const run = section(
  {
    durationS: positive('Simulated time to run, s (the CLI may override)', L.durationS),
    warmUpS: z
      .union([nonNegative('Initial period excluded from every KPI, s', L.durationS), z.literal('auto')])
      .describe('Initial period excluded from every KPI, s; or "auto": found from the hourly crane rate by the MSER-5 rule'),
    startDate: z.iso.datetime({ offset: true }).describe('Calendar date and time of t = 0 (ISO 8601 with offset), for clocks and hourly profiles'),
    stallLimitS: positive('A quay crane with moves left and no handover for this long fails the run (the stall watchdog), s; default 7200', L.durationS).optional().default(7200),
  },
  'Run length and warm-up',
).transform(({ warmUpS, ...rest }) => ({
  ...rest,
  // "auto" reads as no warm-up until a run has found its own (run/warmUp.ts)
  warmUpS: warmUpS === 'auto' ? 0 : warmUpS,
  warmUpAuto: warmUpS === 'auto',
}));

const vesselCall = z.strictObject({
  id: z.string().min(1).max(40),
  arrivalS: z.number().nonnegative().max(L.durationS).describe('Arrival at the anchorage, s from t = 0'),
  lengthM: z.number().positive().max(L.vesselLengthM).describe('Length overall, m'),
  dischargeMoves: z.number().int().nonnegative().max(L.callMoves),
  loadMoves: z.number().int().nonnegative().max(L.callMoves),
  cranes: z.number().int().min(1).max(L.cranesPerCall).optional().describe('Quay cranes assigned (default: cranesPerVessel.max)'),
  note: note.optional(),
});

const generatedCalls = section(
  {
    interArrivalS: nonNegativeDistribution('Time between vessel arrivals, s', { min: L.minInterArrivalS, max: L.durationS }),
    callSizeMoves: nonNegativeDistribution('Moves per call (discharge + load)', { min: 1, max: L.callMoves }),
    dischargeShare: fraction('Share of a call that is discharge'),
    lengthM: nonNegativeDistribution('Vessel length overall, m (bounded: every vessel must fit a berth)', { min: 1, max: L.vesselLengthM, bounded: true }),
  },
  'Vessel calls drawn from distributions (stream vessel.arrivals)',
);

const linerService = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_]{1,12}$/).describe('Service code, e.g. "AEX1": calls are named SERVICE-Wnn by week'),
  day: z.number().int().min(0).max(6).describe('Scheduled day of arrival: 0 = Monday … 6 = Sunday, local time of run.startDate'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('Scheduled local time of arrival, HH:MM'),
  callSizeMoves: nonNegativeDistribution('Moves per call (discharge + load), drawn per call (stream vessel.serviceSize:SERVICE)', { min: 1, max: L.callMoves }),
  dischargeShare: fraction('Share of a call that is discharge'),
  lengthM: positive('Length overall of the service\'s vessels, m', L.vesselLengthM),
  punctualityS: distribution.describe('Actual minus scheduled arrival, s (negative = early), drawn per call on the service\'s own stream vessel.punctuality:SERVICE'),
  windowS: positive('Berth window: the agreed stay alongside from the scheduled arrival, s', L.durationS),
  positionM: nonNegative('Planned berth position: the vessel\'s west end, m from the quay\'s west end (the planned berth allocation keeps it free for the window)', 20_000),
  weight: positive('Priority of the service in the planned berth allocation (weighted waiting)', 1000).optional().default(1),
  note: note.optional(),
});

const weightClass = z.strictObject({ name: z.string().min(1).max(40), share: z.number().min(0).max(1) });

const vessels = section(
  {
    calls: z.array(vesselCall).max(L.calls).optional().describe('Fixed list of calls; used before generated calls'),
    generated: generatedCalls.optional(),
    services: z.array(linerService).min(1).max(50).optional().describe('Liner services: one call a week each, at its scheduled day and time give or take its punctuality, with a berth window'),
    quay: z.enum(['berths', 'continuous']).optional().default('berths').describe('"berths": a vessel lies within one of the layout\'s berths; "continuous": anywhere along the quay where it fits with berthGapM (needs a layout whose cranes share one transfer lane)'),
    berthAllocation: z.enum(['fcfs', 'planned']).optional().default('fcfs').describe('"fcfs": in arrival order, no overtaking; "planned": liner calls at their planned position in their window, other calls wherever they do not take a window\'s space, by weighted shortest work first'),
    craneSplit: z.enum(['random', 'workload']).optional().default('random').describe('"random": cranes per call drawn uniformly in cranesPerVessel, fixed until it leaves; "workload": as many as its length and workload allow within cranesPerVessel, and cranes move on to the calls with the most work per crane when theirs is done (needs a shared transfer lane)'),
    cranesPerVessel: section({ min: count('Fewest quay cranes a vessel gets', L.cranesPerCall), max: count('Most quay cranes a vessel gets', L.cranesPerCall) }, 'Quay cranes per vessel'),
    mix: section(
      {
        share40ft: fraction("Share of boxes that are 40' (the rest are 20')"),
        reeferShare: fraction('Share of reefer boxes'),
        transshipmentShare: fraction('Share of discharged boxes that are transshipment (leave by vessel)'),
        weightClasses: z.array(weightClass).min(1).max(L.weightClasses).describe('Export weight classes and their shares'),
        destinations: count('Number of destination ports in load lists', L.destinations),
      },
      'Box mix of discharge and load lists',
    ),
    berthGapM: nonNegative('Clearance kept between vessels at berth, m', L.berthGapM),
  },
  'Vessel calls and their box mix',
);

const quayCranes = section(
  {
    cycleTimeS: nonNegativeDistribution('Quay crane cycle time per move, s', L.craneCycleS),
    workWindow: count('Loading may take any of the next k boxes of the crane sequence', 50),
    dualCycling: z.boolean().describe('Within a bay, alternate loading and discharging once both are possible'),
    dualCycleTimeS: nonNegativeDistribution(
      'One combined cycle of a dual-cycling crane: a load placed and the next discharge lifted in one run of the trolley, s (default: the single cycle scaled by 1.4)',
      { min: L.craneCycleS.min, max: 2 * L.craneCycleS.max },
    ).optional(),
    gantrySpeedMps: positive('Quay crane gantry speed along the rail, m/s (default 0.75)', 5).optional(),
    safetyDistanceM: positive('Least distance between the centres of two quay cranes on the rail, m (default 30)', 200).optional(),
    deckShare: fraction("Share of a bay's boxes on deck, discharged first and loaded last, outside dual cycles (default 0.5)").optional(),
  },
  'Single-trolley quay cranes',
);

const unlocking = section(
  {
    serviceTimeS: nonNegativeDistribution('Automatic cone removal per discharged box, s', { max: L.handlingS }),
    positions: count('Boxes the station serves at once', L.positions),
  },
  'Automatic unlocking (cone-removal) station',
);

const vehicles = section(
  {
    count: count('Fleet size (ARTs)', L.fleet),
    speedLoadedMps: positive('Travel speed loaded, m/s', L.speedMps),
    speedEmptyMps: positive('Travel speed empty, m/s', L.speedMps),
    stopStartPenaltyS: nonNegative('Fixed time added to each leg for stopping and starting, s', L.stopStartPenaltyS),
  },
  'Autonomous electric trucks (ARTs)',
);

const battery = section(
  {
    capacityKWh: positive('Usable battery capacity, kWh', L.capacityKWh),
    consumptionLoadedKWhPerKm: nonNegative('Energy per km loaded, kWh/km', L.consumptionKWhPerKm),
    consumptionEmptyKWhPerKm: nonNegative('Energy per km empty, kWh/km', L.consumptionKWhPerKm),
    idleDrawKW: nonNegative('Power drawn while standing, kW', L.idleDrawKW),
    initialSoc: fraction('State of charge at t = 0'),
    chargeBelowSoc: fraction('Default policy: go charging below this state of charge when no job is assigned'),
    chargeTargetSoc: fraction('Charge up to this state of charge'),
  },
  'ART battery and charging policy',
);

const charging = section(
  {
    plugPowerKW: positive('Power per plug, kW', L.plugPowerKW),
    taperAboveSoc: fraction('Above this state of charge, charging slows'),
    taperPowerShare: fraction('Share of plug power delivered above taperAboveSoc'),
  },
  'Roadside chargers (plug counts come from the layout)',
);

const yard = section(
  {
    initialOccupancy: fraction('Share of yard slots filled at t = 0'),
    cranesPerBlock: count('Double-cantilever yard cranes per block', L.cranesPerBlock),
    gantrySpeedMps: positive('Yard crane gantry speed, m/s', L.gantrySpeedMps),
    trolleyTimeS: nonNegativeDistribution('Trolley travel per crane move, s', { max: L.handlingS }),
    hoistTimeS: nonNegativeDistribution('Hoist down and up per crane move, s', { max: L.handlingS }),
    serviceRule: z
      .enum(['fcfs', 'quay-first', 'balanced'])
      .optional()
      .default('balanced')
      .describe('Order in which yard cranes serve requests: "fcfs" arrival order; "quay-first" every ART request before any truck; "balanced" (default) earliest due time first, a truck due truckWaitBoundS after it asks'),
    truckWaitBoundS: nonNegative('Under serviceRule "balanced": a truck request is due this long after it is made, s; default 600', L.durationS).optional().default(TRUCK_WAIT_BOUND_S),
    craneSharing: z
      .enum(['zones', 'shared'])
      .optional()
      .default('shared')
      .describe('How a block\'s yard cranes share it: "zones" each works a fixed half (a zone) of the bays; "shared" (default) any crane serves any bay it can reach, never passing the others'),
    craneAssignment: z
      .enum(['earliest-start'])
      .optional()
      .default('earliest-start')
      .describe('Under craneSharing "shared": which crane takes a request; "earliest-start" the crane that can start it soonest, ties to the nearer'),
    importDwellS: nonNegativeDistribution('Time an import box waits in the yard before its pickup truck comes, s', { max: L.dwellS }),
    exportCutOffS: nonNegative('Exports must be in the yard this long before their vessel berths, s', L.exportCutOffS),
    exportPlanning: z
      .enum(['berth-plan', 'planned-crane'])
      .optional()
      .default('berth-plan')
      .describe('Where a call\'s exports and transshipment boxes are stacked. "berth-plan": over the blocks nearest its planned berth position, enough of them for yardCranesPerQuayCrane yard cranes per quay crane it is planned to get, re-planned if it berths elsewhere; "planned-crane": over the 4 blocks nearest one crane of the berth its index maps to (the earlier model)'),
    yardCranesPerQuayCrane: positive('"berth-plan": yard cranes planned behind each quay crane working a call (default 2)', L.cranesPerCall).optional(),
    exportStacking: z
      .enum(['category', 'call-weight'])
      .optional()
      .default('category')
      .describe('"category": exports stacked by call, port of discharge, weight class and size, and a load asks the yard for any box of its category, which gives the top box of the category\'s stack nearest the vehicle (no rehandle); "call-weight": stacked by call and weight class, each load retrieves the box its sequence named, digging it out (the earlier model)'),
    importStacking: z
      .enum(['pickup-day', 'by-call'])
      .optional()
      .default('pickup-day')
      .describe('"pickup-day": imports whose pickup appointment is known at discharge (gate.appointments.knownShare) stacked by pickup day, each on a stack whose boxes are picked up later; the others by vessel call; "by-call": all by vessel call, on the nearest stack (the earlier model)'),
    rehandlePlacement: z
      .enum(['leave-later', 'nearest'])
      .optional()
      .default('leave-later')
      .describe('Where a box lifted aside in a dig goes. "leave-later": a stack of its group whose boxes all leave after it, else an empty stack, else the stack whose first box leaves latest; "nearest": its group\'s nearest room, then the nearest empty stack (the earlier model)'),
    housekeeping: z
      .enum(['off', 'pre-marshal'])
      .optional()
      .default('off')
      .describe('"pre-marshal": a yard crane with nothing else to do lifts a box that buries one picked up before it onto a stack where it buries none (costing crane time, saving later rehandles); "off": no housekeeping'),
  },
  'Yard blocks and their yard cranes',
);

const gate = section(
  {
    processingTimeS: nonNegativeDistribution('Gate lane processing time per truck, s', { max: L.handlingS }),
    hourlyProfile: z
      .array(z.number().nonnegative().max(L.hourlyWeight))
      .length(24)
      .refine((w) => w.some((x) => x > 0), 'at least one hour with a weight above 0')
      .describe('Relative weight of external truck arrivals in each hour of the day (24 values, local time of startDate); the boxes to pick up or deliver set how many trucks come'),
    directPickupShare: fraction('Share of imports picked up at the ship side (船边直提), skipping the yard'),
    directLoadingShare: fraction('Share of exports delivered straight to the ship (抵港直装), skipping the yard'),
    appointments: section(
      {
        slotS: positive('Length of an appointment slot, s (3600: hourly slots)', 86400),
        quotaPerBlock: count('Trucks one block accepts per slot (pickups and deliveries together)', 100_000),
        punctualityS: distribution.describe('When a truck arrives relative to the start of its slot, s (0: at its start; the slot length: at its end)'),
        knownShare: fraction("Share of imports whose pickup appointment is known when they are discharged (so the yard can stack them by pickup day)"),
      },
      'Truck appointment system: each truck books the slot containing the time it wants to come, or the next with room at its block, and arrives by its punctuality; absent: trucks come at their wanted time, unbooked',
    ).optional(),
  },
  'Gate and external trucks',
);

const traffic = section(
  {
    control: z
      .enum(['reservation', 'off'])
      .optional()
      .default('reservation')
      .describe('"reservation": vehicles share the road: each trip reserves, before it starts, the cells of lane and the junction zones it passes, each held by one vehicle at a time (docs/model.md, Traffic); "off": the idealised model where vehicles pass through each other'),
    routing: z
      .enum(['shortest', 'traffic-aware'])
      .optional()
      .default('shortest')
      .describe('"shortest": the shortest lanes; "traffic-aware": the route with the earliest expected arrival given the reservations held when the trip starts'),
    vehicleLengthM: positive('Length of an ART, m (default 15)', 50).optional().default(15),
    safetyGapM: nonNegative('Least gap kept to the vehicle ahead, m (default 5)', 50).optional().default(5),
    zoneRadiusM: nonNegative('How far a junction\'s conflict zone reaches along each lane from its centre, m (default 3)', 50).optional().default(3),
    restartS: nonNegative('Time lost by a stop in traffic: braking to stand and pulling away again, s (default 3)', 120).optional().default(3),
    stopEnergyKWh: nonNegative('Energy a stop in traffic costs: the kinetic energy lost in braking, kWh (default 0.1)', 10).optional().default(0.1),
    parkIdleAfterS: nonNegative('A vehicle without a job this long drives to the nearest parking bay free, out of the way (with traffic control only), s (default 300)', 86400).optional().default(300),
    dispatchSeesCongestion: z.boolean().optional().default(true).describe("Strategies' travel times include the delay recently seen on trips to the same place"),
  },
  'Traffic on the terminal roads',
);

const dispatch = section(
  {
    strategy: z.string().min(1).max(1000).describe('Dispatch strategy name, or a path to a strategy module (code: run only with --allow-code)'),
    gangSize: count('Vehicles per quay crane for the dedicated strategy', L.fleet).optional(),
  },
  'Dispatch',
);

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    layout: z.string().min(1).describe('Layout GeoJSON file, relative to this scenario file'),
    targets: z.string().min(1).max(1000).optional().describe('Calibration targets file (published figures and their bands, for npx zhigang calibrate), relative to this scenario file'),
    seed: z.number().int().nonnegative().max(L.seed).describe('Root seed of every random stream'),
    run,
    vessels,
    quayCranes,
    unlocking,
    vehicles,
    battery,
    charging,
    yard,
    gate,
    traffic: traffic.prefault({}),
    dispatch,
    note: note.optional(),
  })
  .describe('A Zhigang scenario: an automated, electric container terminal and how it is operated');

/** A scenario as the model reads it: every figure a plain number. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
