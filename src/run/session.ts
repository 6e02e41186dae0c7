import type { KpiResult } from '../kpi/computeKpis';
import type { LoadedScenario, Scenario } from '../scenario';
import { LIMITS } from '../scenario/limits';
import { plannedMovesProblem } from '../scenario/plannedMoves';
import { RunFailure } from '../sim';
import { checkInvariants } from '../terminal/invariants';
import type { Terminal } from '../terminal/model';
import { createTerminal } from '../terminal/terminal';
import { closeAccounts } from './accounts';
import { kpisAt, type LatestActivity } from './liveKpis';
import { resolveStrategy, type StrategySpec } from './resolveStrategy';
import { summarize, type RunResult, type RunSettings } from './runResult';
import { warmUpFromPilot, withWarmUp, type WarmUpRule } from './warmUp';

export interface RunOptions {
  /** default: the scenario's seed */
  seed?: number;
  /** default: the scenario's run.durationS */
  durationS?: number;
  /** a registered strategy name, a strategy or a factory; default: the scenario's dispatch.strategy */
  strategy?: StrategySpec;
  /** number of vehicles instead of the scenario's vehicles.count (fleet-size sweeps) */
  fleet?: number;
  /** the warm-up instead of the scenario's: seconds, or 'auto' (MSER-5 on a pilot run, see warmUp.ts) */
  warmUpS?: number | 'auto';
  /** receives every domain event as a plain record (the CLI's --trace) */
  trace?: (record: Record<string, unknown>) => void;
}

/**
 * A run that advances on request, for a live view: `advanceTo` fires the events up to a time, and
 * any sequence of steps ends in the same state as one run to the end (the event list orders events
 * by time alone, never by how the run was cut).
 */
export class RunSession {
  readonly loaded: LoadedScenario;
  readonly terminal: Terminal;
  readonly settings: RunSettings;
  /** each vehicle's latest drive, each yard crane's latest move: what is under way now */
  readonly latest: LatestActivity;
  private result: RunResult | null = null;
  /** a run that threw stays broken: its state is half-way through an event */
  private failure: unknown = null;

  constructor(
    given: LoadedScenario,
    options: RunOptions = {},
  ) {
    const { loaded, rule } = chooseWarmUp(given, options);
    this.loaded = loaded;
    const scenario = withFleet(loaded.scenario, options.fleet);
    const strategy = resolveStrategy(options.strategy ?? scenario.dispatch.strategy, {
      gangSize: scenario.dispatch.gangSize,
      fleet: scenario.vehicles.count,
      cranes: loaded.layout.quayCranes.length,
    });
    this.settings = { seed: options.seed ?? scenario.seed, durationS: options.durationS ?? scenario.run.durationS, strategy: strategy.name, warmUp: rule };
    const { seed, durationS } = this.settings;
    checkRunSize(scenario, durationS);
    this.terminal = createTerminal(scenario, loaded.layout, { seed, durationS, strategy, trace: options.trace });
    this.latest = { drives: this.terminal.drives, yardMoves: this.terminal.yardMoves };
  }

  /** Simulated time now, s. */
  get timeS(): number {
    return this.terminal.sim.now;
  }

  get durationS(): number {
    return this.settings.durationS;
  }

  /** True once the run has reached its end (the result may still be asked for with `finish`). */
  get finished(): boolean {
    return this.timeS >= this.durationS;
  }

  /** Fires every event up to `timeS`, clamped to [now, end]; returns the time reached. */
  advanceTo(timeS: number): number {
    if (Number.isNaN(timeS)) throw new RangeError('advanceTo expects a time in seconds, got NaN');
    this.rethrow();
    const target = Math.min(Math.max(timeS, this.timeS), this.durationS);
    try {
      this.terminal.sim.runUntil(target);
    } catch (e) {
      this.failure = e;
      throw e;
    }
    return this.timeS;
  }

  /** Runs to the end, closes the accounts, checks the invariants and returns the result (once; later calls return it again). */
  finish(): RunResult {
    if (this.result !== null) return this.result;
    this.advanceTo(this.durationS);
    try {
      closeAccounts(this.terminal, this.durationS);
      checkInvariants(this.terminal, this.durationS);
    } catch (e) {
      this.failure = e;
      throw e;
    }
    this.result = summarize(this.loaded, this.terminal, this.settings);
    return this.result;
  }

  /** The KPIs so far, as if the run ended now; the run itself is left exactly as it was. */
  kpisNow(): KpiResult {
    this.rethrow();
    return kpisAt(this.terminal, this.timeS, this.latest);
  }

  private rethrow(): void {
    if (this.failure !== null) throw this.failure;
  }
}

/**
 * The warm-up a run uses: the scenario's, a given one, or, for 'auto', the one MSER-5 finds in a
 * pilot of the same run (same seed, strategy and length) with none. The pilot is a whole run, so an
 * automatic warm-up doubles a run's time; the run after it repeats the pilot's events exactly.
 */
function chooseWarmUp(loaded: LoadedScenario, options: RunOptions): { loaded: LoadedScenario; rule: WarmUpRule } {
  const auto = options.warmUpS === 'auto' || (options.warmUpS === undefined && loaded.scenario.run.warmUpAuto);
  if (!auto) return { loaded: typeof options.warmUpS === 'number' ? withWarmUp(loaded, options.warmUpS) : loaded, rule: { rule: 'fixed' } };
  const pilot = new RunSession(withWarmUp(loaded, 0), { ...options, warmUpS: 0, trace: undefined }).finish();
  const found = warmUpFromPilot(pilot);
  return { loaded: withWarmUp(loaded, found.warmUpS), rule: found.rule };
}

/** A duration or a fleet from outside the scenario (the CLI, a sweep) gets the scenario's limits too. */
function checkRunSize(scenario: Scenario, durationS: number): void {
  if (!(durationS > 0 && durationS <= LIMITS.durationS)) throw new RunFailure(0, `a run lasts more than 0 and at most ${LIMITS.durationS / 86400} days; got ${durationS} s`);
  const planned = plannedMovesProblem(scenario, durationS);
  if (planned !== null) throw new RunFailure(0, `${planned.path}: expected ${planned.expected}, got ${planned.got}`);
}

function withFleet(scenario: Scenario, fleet: number | undefined): Scenario {
  if (fleet === undefined) return scenario;
  if (!(Number.isSafeInteger(fleet) && fleet >= 1 && fleet <= LIMITS.fleet)) throw new RangeError(`fleet must be a whole number of vehicles from 1 to ${LIMITS.fleet}; got ${fleet}`);
  return { ...scenario, vehicles: { ...scenario.vehicles, count: fleet } };
}

/** Starts a run at t = 0 with every process in place; nothing has happened yet. */
export function startRun(loaded: LoadedScenario, options: RunOptions = {}): RunSession {
  return new RunSession(loaded, options);
}
