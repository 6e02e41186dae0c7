/**
 * Figures the model assumes where the scenario format has no key. Each is documented in the
 * README's model section; a scenario key replaces one when a planner needs to vary it.
 */

/** Length of one 40' vessel bay including lashing gaps: a vessel of L metres has about L / 13 bays. */
export const VESSEL_BAY_LENGTH_M = 13;

/** External trucks deliver exports during the 3 days before their vessel's cut-off. */
export const EXPORT_DELIVERY_WINDOW_S = 3 * 86400;

/** A transshipment box waits at least a day in the yard before the call that takes it on. */
export const TRANSSHIPMENT_MIN_DWELL_S = 86400;

/** External truck speed inside the terminal (25 km/h). */
export const EXTERNAL_TRUCK_SPEED_MPS = 6.9;

/** Trucks for ship-side pickup and direct loading are booked to reach the crane this long before it needs them. */
export const DIRECT_TRUCK_LEAD_S = 1800;

/**
 * A pickup appointment not known at discharge becomes known to the terminal this long before its
 * slot (the truck company books the day before), from when the yard's leave-later rules and
 * housekeeping can use it. Assumption: day-ahead booking is the norm of appointment platforms.
 */
export const APPOINTMENT_LEAD_S = 86400;

/** Jobs are released to dispatch when their crane is expected to need them within this horizon. */
export const RELEASE_HORIZON_S = 900;

/**
 * A block keeps this share of its stacks empty and opens no new stack for a group beyond it:
 * boxes moved aside in a dig go to the group's own stacks first, then to empty ones, so the
 * reserve is what lets every group's digs go on when the block is busy.
 */
export const REHANDLE_RESERVE_STACK_SHARE = 0.1;

/** Discharged boxes go to the least busy of this many blocks nearest their crane (1: the nearest). */
export const IMPORT_BLOCK_SPREAD = 3;

/**
 * A call's exports are spread over this many blocks nearest its planned crane, evenly (each box to
 * the one holding fewest of that call's exports): one block's two yard cranes cannot feed the
 * several quay cranes loading a call, and with every export in one block the quay waited hours.
 */
export const EXPORT_BLOCK_SPREAD = 4;

/**
 * Without a `quayCranes.dualCycleTimeS`, a combined dual cycle (a load set down and the next
 * discharge lifted in one run of the trolley) takes this many single cycles: it saves the two
 * empty trolley trips of two single cycles, not the loaded ones nor the set-down and pick-up.
 * Assumption; the literature's ~20% fewer cycles (Goodchild & Daganzo 2006) is about the same.
 */
export const DUAL_CYCLE_FACTOR = 1.4;

/**
 * Without a `quayCranes.deckShare`, half of a bay's boxes travel on deck, above the hatch covers,
 * where a crane cannot dual-cycle (the deck must be cleared before the hold is opened and is loaded
 * after it is closed). Assumption: large container ships carry about half their boxes on deck.
 */
export const DECK_SHARE = 0.5;

/**
 * The `workload` crane split plans one quay crane per this many moves of a call (within
 * `cranesPerVessel` and the vessel's length): about a shift and a half of one crane's work.
 * Assumption: operators staff big calls with as many cranes as fit and small ones with few.
 */
export const WORKLOAD_MOVES_PER_CRANE = 500;

/**
 * The planned berth allocation estimates a call's stay from its moves, its cranes and this share of
 * their QC-bound rate (cranes wait for vehicles, gantry, and share bays): an assumption of the
 * planner's, not of the model, which then runs the call at whatever rate it gets.
 */
export const PLANNING_RATE_SHARE = 0.7;

/**
 * Two yard cranes of a block always keep this many bays between their frames (crane i at most at
 * bay b − 2 while crane i + 1 is at b), so the west crane cannot serve the block's last 2 bays nor
 * the east crane its first 2. Assumption: ARMG anti-collision systems keep roughly one 40' bay of
 * clearance plus one bay for the cantilevered spreader swinging over the next bay.
 */
export const YARD_CRANE_SEPARATION_BAYS = 2;

/**
 * Without a `yard.truckWaitBoundS`, the `balanced` service rule gives a truck request the due time
 * of its arrival plus 10 min: ART requests due earlier go first, later ones wait for it. Assumption,
 * set against the public Tianjin figure of under 13 min average truck turn time (gate to gate).
 */
export const TRUCK_WAIT_BOUND_S = 600;
