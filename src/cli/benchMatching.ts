import { benchMatchingWeek, formatMatchingWeek, type MatchingWeekReport } from './benchMatchingWeek';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssignmentSolver } from '../dispatch/lap';
import { RandomStreams } from '../sim/random/streams';
import { table } from './kpiTable';

/** vehicles × jobs, as a dispatch round sees them */
const SIZES: readonly (readonly [number, number])[] = [
  [20, 60],
  [100, 300],
  [300, 1000],
  [1000, 1000],
];
const SEED = 1;
const PLANE_M = { x: 2400, y: 600 };
const SPEED_M_S = 6;
const LATENESS_WEIGHT = 2;
/** A vehicle is free within this many seconds; a job is due within this many. */
const FREE_WITHIN_S = 300;
const DUE_WITHIN_S = 900;
/**
 * Timing: warm up, then samples until both the minimum count and the time budget are reached. A
 * sample times a batch of solves lasting at least `sampleMs`, so that microsecond solves are not
 * lost in the clock's resolution; it counts as batch time / batch size.
 */
const WARM_UP = { runs: 3, ms: 200 };
const TIMING = { minSamples: 7, maxSamples: 301, budgetMs: 1500, sampleMs: 0.5 };
const TARGET = { scipyRatio: 1.5, scipySize: '300×1000' };
/** Optimal costs from different codes agree to this relative tolerance (summation order differs). */
const COST_TOLERANCE = 1e-9;

export interface MatchingTiming {
  /** median over the samples of the time per solve */
  medianMs: number;
  samples: number;
  /** solves per sample */
  batch: number;
  /** the total cost of the pairing found */
  cost: number;
}

export interface MatchingInstanceReport {
  size: string;
  vehicles: number;
  jobs: number;
  ours: MatchingTiming;
  /** null when the peer is not available */
  munkres: MatchingTiming | null;
  scipy: MatchingTiming | null;
  /** > 1: ours is faster than munkres */
  munkresOverOurs: number | null;
  /** < 1: ours is faster than SciPy */
  oursOverScipy: number | null;
  /** every available peer found the same optimal cost */
  costsAgree: boolean;
}

export interface MatchingBenchReport {
  model: { seed: number; plane: string; cost: string };
  instances: MatchingInstanceReport[];
  peers: { munkres: string; scipy: string };
  targets: { neverSlowerThanMunkres: boolean | null; withinOneAndHalfOfScipy: boolean | null };
  node: string;
  /** The matching share of a simulated week of tianjin-c-section with pooled-lap. */
  week?: MatchingWeekReport;
}

/** `zhigang bench matching [--json]`: measures, prints, and fails loudly if the optimal costs differ. */
export async function benchMatching(options: { json: boolean }): Promise<MatchingBenchReport> {
  const report = await measureMatching();
  report.week = benchMatchingWeek();
  console.log(options.json ? JSON.stringify(report, null, 2) : formatMatchingReport(report));
  const wrong = report.instances.filter((r) => !r.costsAgree);
  if (wrong.length > 0) {
    const costs = (r: MatchingInstanceReport) => `${r.size}: ours ${r.ours.cost}, munkres ${r.munkres?.cost ?? '–'}, scipy ${r.scipy?.cost ?? '–'}`;
    throw new Error(`bench matching: the optimal costs differ (${wrong.map(costs).join('; ')})`);
  }
  return report;
}

export async function measureMatching(): Promise<MatchingBenchReport> {
  const instances = SIZES.map(([vehicles, jobs]) => dispatchInstance(vehicles, jobs, SEED));
  const munkres = await loadMunkres();
  const scipy = runScipy(instances);
  const solver = new AssignmentSolver();

  const rows = instances.map((instance, k): MatchingInstanceReport => {
    const { vehicles, jobs, cost } = instance;
    const ours = () => solver.solve(cost, vehicles, jobs).cost;
    const matrix = munkres && Array.from({ length: vehicles }, (_, i) => Array.from(cost.subarray(i * jobs, (i + 1) * jobs)));
    const peer = munkres && matrix ? () => munkresCost(munkres, matrix) : null;
    const [oursTiming, munkresTiming] = timeAlternating(peer ? [ours, peer] : [ours]);
    const scipyTiming = scipy.results?.[k] ?? null;
    const peerCosts = [munkresTiming, scipyTiming].flatMap((t) => (t ? [t.cost] : []));
    return {
      size: `${vehicles}×${jobs}`,
      vehicles,
      jobs,
      ours: oursTiming,
      munkres: munkresTiming ?? null,
      scipy: scipyTiming,
      munkresOverOurs: munkresTiming ? munkresTiming.medianMs / oursTiming.medianMs : null,
      oursOverScipy: scipyTiming ? oursTiming.medianMs / scipyTiming.medianMs : null,
      costsAgree: peerCosts.every((c) => Math.abs(c - oursTiming.cost) <= COST_TOLERANCE * Math.max(1, Math.abs(c))),
    };
  });

  const atTargetSize = rows.find((r) => r.size === TARGET.scipySize)?.oursOverScipy ?? null;
  return {
    model: {
      seed: SEED,
      plane: `${PLANE_M.x} m × ${PLANE_M.y} m`,
      cost: `Manhattan distance / ${SPEED_M_S} m/s + ${LATENESS_WEIGHT} × lateness (free within ${FREE_WITHIN_S} s, due within ${DUE_WITHIN_S} s)`,
    },
    instances: rows,
    peers: { munkres: munkres ? 'munkres (npm, Hungarian method), same process' : 'not installed', scipy: scipy.note },
    targets: {
      neverSlowerThanMunkres: munkres ? rows.every((r) => (r.munkresOverOurs ?? 0) >= 1) : null,
      withinOneAndHalfOfScipy: atTargetSize === null ? null : atTargetSize <= TARGET.scipyRatio,
    },
    node: process.version,
  };
}

/** The report as text, one section after another; a later part (the week's) adds a section here. */
export function formatMatchingReport(report: MatchingBenchReport): string {
  const sections = [instanceSection(report), targetSection(report)].map((lines) => lines.join('\n'));
  if (report.week !== undefined) sections.push(formatMatchingWeek(report.week));
  return sections.join('\n\n');
}

function instanceSection(report: MatchingBenchReport): string[] {
  const ms = (t: MatchingTiming | null) => (t ? fixed(t.medianMs) : '–');
  const ratio = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
  const rows = report.instances.map((r) => [r.size, ms(r.ours), ms(r.munkres), ms(r.scipy), ratio(r.munkresOverOurs), ratio(r.oursOverScipy), r.costsAgree ? 'agree' : 'DIFFER']);
  const text = table(['vehicles×jobs', 'ours ms', 'munkres ms', 'scipy ms', 'munkres/ours', 'ours/scipy', 'costs'], rows);
  return [
    `matching: vehicles × jobs on a ${report.model.plane} plane, seed ${report.model.seed}; median wall time per solve`,
    `  cost = ${report.model.cost}`,
    ...text.split('\n').map((line) => `  ${line}`),
    `  munkres: ${report.peers.munkres}`,
    `  scipy: ${report.peers.scipy}`,
  ];
}

function targetSection(report: MatchingBenchReport): string[] {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
  return [
    `targets   never slower than munkres: ${verdict(report.targets.neverSlowerThanMunkres)}; ` +
      `within ${TARGET.scipyRatio}× of SciPy at ${TARGET.scipySize}: ${verdict(report.targets.withinOneAndHalfOfScipy)}`,
  ];
}

function fixed(ms: number): string {
  return ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

interface Instance {
  vehicles: number;
  jobs: number;
  /** row-major vehicles × jobs */
  cost: Float64Array;
}

/**
 * Free vehicles at random places and times, open jobs with random pickups and due times. The cost
 * of a pair is the empty drive to the pickup (lanes run along the plane's axes) plus the weighted
 * lateness at the pickup, the shape of a dispatcher's cost.
 */
function dispatchInstance(vehicles: number, jobs: number, seed: number): Instance {
  const draw = new RandomStreams(seed).stream(`bench.matching.${vehicles}x${jobs}`).random;
  const vehicleX = Float64Array.from({ length: vehicles }, () => draw() * PLANE_M.x);
  const vehicleY = Float64Array.from({ length: vehicles }, () => draw() * PLANE_M.y);
  const freeAtS = Float64Array.from({ length: vehicles }, () => draw() * FREE_WITHIN_S);
  const pickupX = Float64Array.from({ length: jobs }, () => draw() * PLANE_M.x);
  const pickupY = Float64Array.from({ length: jobs }, () => draw() * PLANE_M.y);
  const dueS = Float64Array.from({ length: jobs }, () => draw() * DUE_WITHIN_S);
  const cost = new Float64Array(vehicles * jobs);
  for (let i = 0; i < vehicles; i++) {
    for (let j = 0; j < jobs; j++) {
      const driveS = (Math.abs(vehicleX[i] - pickupX[j]) + Math.abs(vehicleY[i] - pickupY[j])) / SPEED_M_S;
      cost[i * jobs + j] = driveS + LATENESS_WEIGHT * Math.max(0, freeAtS[i] + driveS - dueS[j]);
    }
  }
  return { vehicles, jobs, cost };
}

/**
 * Times the contenders in alternating samples, so that drift in the machine's speed (other work on
 * it) hits them alike. Each contender returns the cost it found.
 */
function timeAlternating(contenders: (() => number)[]): MatchingTiming[] {
  const calls = contenders.map(() => 0);
  const spent = contenders.map(() => 0);
  const warmUpStart = performance.now();
  for (let run = 0; run < WARM_UP.runs || performance.now() - warmUpStart < WARM_UP.ms; run++) {
    contenders.forEach((f, c) => {
      const t0 = performance.now();
      f();
      spent[c] += performance.now() - t0;
      calls[c]++;
    });
  }
  const batch = contenders.map((_, c) => Math.max(1, Math.ceil(TIMING.sampleMs / (spent[c] / calls[c]))));
  const samples = contenders.map((): number[] => []);
  const costs = contenders.map(() => NaN);
  const start = performance.now();
  for (let n = 0; n < TIMING.minSamples || (n < TIMING.maxSamples && performance.now() - start < TIMING.budgetMs); n++) {
    contenders.forEach((f, c) => {
      const t0 = performance.now();
      for (let b = 0; b < batch[c]; b++) costs[c] = f();
      samples[c].push((performance.now() - t0) / batch[c]);
    });
  }
  return samples.map((ts, c) => ({ medianMs: median(ts), samples: ts.length, batch: batch[c], cost: costs[c] }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type Munkres = (matrix: number[][]) => [number, number][];

/** munkres is a devDependency: without it the benchmark still runs, against SciPy only. */
async function loadMunkres(): Promise<Munkres | null> {
  const name = 'munkres'; // a variable, so that neither tsc nor a bundler insists on the package
  try {
    const module = (await import(/* @vite-ignore */ name)) as { default: Munkres };
    return module.default;
  } catch {
    return null;
  }
}

function munkresCost(munkres: Munkres, matrix: number[][]): number {
  let total = 0;
  for (const [i, j] of munkres(matrix)) total += matrix[i][j];
  return total;
}

/** SciPy's linear_sum_assignment on the same matrices (bit for bit, via a binary file), timed in Python. */
const SCIPY_SCRIPT = `
import json, math, sys, time
import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment
job = json.load(sys.stdin)
data = np.fromfile(job['file'], dtype='<f8')
results, offset = [], 0
for rows, cols in job['shapes']:
    c = data[offset:offset + rows * cols].reshape(rows, cols)
    offset += rows * cols
    calls, start = 0, time.perf_counter()
    while calls < job['warmUpRuns'] or time.perf_counter() - start < job['warmUpS']:
        linear_sum_assignment(c)
        calls += 1
    batch = max(1, math.ceil(job['sampleS'] / ((time.perf_counter() - start) / calls)))
    samples, start = [], time.perf_counter()
    while len(samples) < job['minSamples'] or (len(samples) < job['maxSamples'] and time.perf_counter() - start < job['budgetS']):
        t0 = time.perf_counter()
        for _ in range(batch):
            r, k = linear_sum_assignment(c)
        samples.append((time.perf_counter() - t0) / batch)
    samples.sort()
    n = len(samples)
    median = samples[n // 2] if n % 2 else (samples[n // 2 - 1] + samples[n // 2]) / 2
    results.append({'medianMs': median * 1000, 'samples': n, 'batch': batch, 'cost': float(c[r, k].sum())})
print(json.dumps({'version': scipy.__version__, 'results': results}))
`;

function runScipy(instances: Instance[]): { note: string; results: MatchingTiming[] | null } {
  const probe = spawnSync('python3', ['-c', 'import numpy, scipy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : probe.stderr.trim().split('\n').at(-1);
    return { note: `unavailable (${why})`, results: null };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhigang-matching-'));
  try {
    const file = join(dir, 'costs.f64');
    const bytes = Buffer.concat(instances.map((x) => Buffer.from(x.cost.buffer, x.cost.byteOffset, x.cost.byteLength)));
    writeFileSync(file, bytes);
    const job = {
      file,
      shapes: instances.map((x) => [x.vehicles, x.jobs]),
      warmUpRuns: WARM_UP.runs,
      warmUpS: WARM_UP.ms / 1000,
      minSamples: TIMING.minSamples,
      maxSamples: TIMING.maxSamples,
      budgetS: TIMING.budgetMs / 1000,
      sampleS: TIMING.sampleMs / 1000,
    };
    const run = spawnSync('python3', ['-c', SCIPY_SCRIPT], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.error || run.status !== 0) throw new Error(`bench matching: the SciPy run failed: ${run.error?.message ?? run.stderr}`);
    const out = JSON.parse(run.stdout) as { version: string; results: MatchingTiming[] };
    return { note: `SciPy ${out.version} linear_sum_assignment, timed in Python (time.perf_counter)`, results: out.results };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
