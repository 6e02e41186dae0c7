import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

const demo = JSON.parse(readFileSync('scenarios/demo-small.json', 'utf8'));
let dir: string;

/** Writes a variant of demo-small (beside a copy of its layout) and returns its path. */
function variant(name: string, edit: (s: any) => void): string {
  const s = structuredClone(demo);
  edit(s);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(s, null, 2));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhigang-validate-'));
  copyFileSync('scenarios/demo-small.layout.geojson', join(dir, 'demo-small.layout.geojson'));
});

describe('zhigang validate: each bad input gets one exact line', () => {
  it('broken JSON, with line and column', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "name": "x",\n  "seed": 1,\n}\n');
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${file}: $: expected valid JSON, got property name expected at line 4, column 1`);
  });

  it('a missing scenario file', async () => {
    const file = join(dir, 'absent.json');
    const r = await runCli(['validate', file]);
    expect(r.err).toBe(`${file}: $: expected a readable scenario file, got no such file`);
  });

  it('a missing layout file', async () => {
    const file = variant('missing-layout', (s) => (s.layout = 'nope.geojson'));
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${file}: $.layout: expected a readable layout file, got "nope.geojson" (no such file)`);
  });

  it('a wrong type', async () => {
    const file = variant('wrong-type', (s) => (s.vehicles.count = 'twelve'));
    const r = await runCli(['validate', file]);
    expect(r.err).toBe(`${file}: $.vehicles.count: expected a number (or {"value": …, "note": "…"}), got string "twelve"`);
  });

  it('negative durations, bare or as an untruncated normal, all reported at once', async () => {
    const file = variant('negative', (s) => {
      s.vehicles.stopStartPenaltyS = -5;
      s.quayCranes.cycleTimeS = { dist: 'normal', mean: 90, sd: 20 };
      s.yard.trolleyTimeS = { dist: 'uniform', min: -3, max: 10 };
    });
    const r = await runCli(['validate', file]);
    expect(r.err.split('\n')).toEqual([
      `${file}: $.quayCranes.cycleTimeS.min: expected a lower bound "min" ≥ 0 (a duration cannot be negative; truncate the normal), got nothing`,
      `${file}: $.vehicles.stopStartPenaltyS: expected a number ≥ 0, got -5`,
      `${file}: $.yard.trolleyTimeS: expected a distribution that cannot go negative (lowest value -3), got an object`,
    ]);
  });

  it('an unknown distribution', async () => {
    const file = variant('unknown-dist', (s) => (s.unlocking.serviceTimeS = { dist: 'gamma', shape: 2, scale: 15 }));
    const r = await runCli(['validate', file]);
    expect(r.err).toBe(
      `${file}: $.unlocking.serviceTimeS.dist: expected one of "constant", "uniform", "triangular", "normal", "lognormal", "exponential", "erlang", "empirical", got string "gamma"`,
    );
  });

  it('inconsistent distribution parameters', async () => {
    const file = variant('bad-params', (s) => (s.yard.hoistTimeS = { dist: 'triangular', min: 20, mode: 50, max: 45 }));
    const r = await runCli(['validate', file]);
    expect(r.err).toBe(`${file}: $.yard.hoistTimeS.max: expected a number ≥ mode (50), got 45`);
  });

  it('unknown keys, wherever they are', async () => {
    const file = variant('unknown-key', (s) => {
      s.vehicles.turboMode = true;
      s.speed = 3;
    });
    const r = await runCli(['validate', file]);
    expect(r.err.split('\n')).toEqual([
      `${file}: $.vehicles.turboMode: expected no such key (unknown keys are errors), got key "turboMode"`,
      `${file}: $.speed: expected no such key (unknown keys are errors), got key "speed"`,
    ]);
  });

  it('a point of the layout that cannot be reached, named in the layout file', async () => {
    const layout = JSON.parse(readFileSync('scenarios/demo-small.layout.geojson', 'utf8'));
    const [lon, lat] = layout.features.find((f: any) => f.properties.kind === 'parking').geometry.coordinates;
    layout.features.push(
      { type: 'Feature', properties: { kind: 'lane', id: 'L-island' }, geometry: { type: 'LineString', coordinates: [[lon + 0.01, lat + 0.01], [lon + 0.0105, lat + 0.01]] } },
      { type: 'Feature', properties: { kind: 'parking', id: 'P-island', capacity: 4 }, geometry: { type: 'Point', coordinates: [lon + 0.0102, lat + 0.01] } },
    );
    const layoutFile = join(dir, 'island.layout.geojson');
    writeFileSync(layoutFile, JSON.stringify(layout));
    const file = variant('unreachable', (s) => (s.layout = 'island.layout.geojson'));
    const r = await runCli(['validate', file]);
    const n = layout.features.length - 1;
    expect(r.err.split('\n')).toEqual([
      `${layoutFile}: $.features[${n}]: expected a lane route from parking:P-island to transfer:QC01 (and 12 more key points), got no route`,
      `${layoutFile}: $.features[${n}]: expected a lane route from transfer:QC01 (and 12 more key points) to parking:P-island, got no route`,
    ]);
  });

  it('checks liner services against the quay, and each other', async () => {
    const service = { id: 'AEX1', day: 0, time: '10:00', callSizeMoves: { dist: 'constant', value: 300 }, dischargeShare: 0.5, lengthM: 100, punctualityS: { dist: 'constant', value: 0 }, windowS: 72000, positionM: 300 };
    const file = variant('service-off-quay', (s) => (s.vessels.services = [service, { ...service, positionM: 0 }]));
    const r = await runCli(['validate', file]);
    expect(r.err.split('\n')).toEqual([
      `${file}: $.vessels.services[1].id: expected an id no other service has (services[0] has it), got string "AEX1"`,
      `${file}: $.vessels.services[0].positionM: expected a position that keeps the vessel on the quay: ≤ 250 m, got 300`,
    ]);
  });

  it('cross-checks against the layout', async () => {
    const file = variant('too-many-cranes', (s) => (s.vessels.cranesPerVessel.max = 5));
    const r = await runCli(['validate', file]);
    expect(r.err).toBe(`${file}: $.vessels.cranesPerVessel.max: expected at most 3 (the quay cranes of the layout), got 5`);
  });

  it('prints a one-line summary and exits 0 for a valid file', async () => {
    const r = await runCli(['validate', 'scenarios/demo-small.json']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'scenarios/demo-small.json: valid: "Demo small terminal", layout scenarios/demo-small.layout.geojson (1 berth, 3 quay cranes, 2 blocks, 2400 slots, 2 chargers), 12 vehicles, seed 1',
    );
  });

  it('exits 1 from the real command with the lines on stderr and no stack trace', () => {
    const file = variant('wrong-type-2', (s) => (s.seed = -1));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['bin/zhigang.mjs', 'validate', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toBe(`${file}: $.seed: expected a number ≥ 0, got -1\n`);
  });
});

/** A variant of demo-small's layout, edited, written beside a scenario that names it; returns the scenario. */
function layoutVariant(name: string, edit: (features: any[]) => void): { scenario: string; layout: string } {
  const layout = JSON.parse(readFileSync('scenarios/demo-small.layout.geojson', 'utf8'));
  edit(layout.features);
  const file = join(dir, `${name}.layout.geojson`);
  writeFileSync(file, JSON.stringify(layout));
  return { scenario: variant(name, (s) => (s.layout = `${name}.layout.geojson`)), layout: file };
}

describe('zhigang validate accepts only what run can run to its end', () => {
  it('a layout without parking or without a gate lane out', async () => {
    // its bays go too: a bay naming no parking is an error of its own
    const noParking = layoutVariant('no-parking', (fs) => fs.splice(0, fs.length, ...fs.filter((f) => f.properties.kind !== 'parking' && f.properties.parking !== 'P1')));
    expect((await runCli(['validate', noParking.scenario])).err).toBe(`${noParking.layout}: $.features: expected at least one feature of kind "parking", got none`);
    const noGateOut = layoutVariant('no-gate-out', (fs) => fs.splice(fs.findIndex((f) => f.properties.kind === 'gateLane' && f.properties.direction === 'out'), 1));
    // (the lane it was also joined the gate to the roads: that is named too)
    expect((await runCli(['validate', noGateOut.scenario])).err.split('\n')[0]).toBe(`${noGateOut.layout}: $.features: expected at least one feature of kind "gateLane" with direction "out", got none`);
  });

  it('a block of a million bays or rows', async () => {
    const huge = layoutVariant('huge-block', (fs) => Object.assign(fs.find((f) => f.properties.kind === 'yardBlock').properties, { bays: 1e6, rows: 1e6 }));
    const r = await runCli(['validate', huge.scenario]);
    const at = JSON.parse(readFileSync(huge.layout, 'utf8')).features.findIndex((f: any) => f.properties.kind === 'yardBlock');
    expect(r.err.split('\n')).toEqual([`${huge.layout}: $.features[${at}].properties.bays: expected a number ≤ 200, got 1000000`, `${huge.layout}: $.features[${at}].properties.rows: expected a number ≤ 20, got 1000000`]);
  });

  it('a layout point a continent away', async () => {
    const far = layoutVariant('far', (fs) => (fs.find((f) => f.properties.kind === 'parking').geometry.coordinates[1] += 45));
    const at = JSON.parse(readFileSync(far.layout, 'utf8')).features.findIndex((f: any) => f.properties.kind === 'parking');
    expect((await runCli(['validate', far.scenario])).err).toBe(`${far.layout}: $.features[${at}].geometry.coordinates: expected points within 20 km of the quay's first point (a terminal), got a point 5004 km away`);
  });

  it('an inter-arrival of 0 or 1e-9 s', async () => {
    for (const value of [0, 1e-9]) {
      const file = variant(`gap-${value}`, (s) => (s.vessels.generated.interArrivalS = { dist: 'constant', value }));
      expect((await runCli(['validate', file])).err).toBe(`${file}: $.vessels.generated.interArrivalS: expected a distribution whose mean lies in [3600, 34560000] (its mean is ${value}), got an object`);
    }
  });

  it('a fleet of ten million or a trillion vehicles', async () => {
    for (const count of [1e7, 1e12]) {
      const file = variant(`fleet-${count}`, (s) => (s.vehicles.count = count));
      expect((await runCli(['validate', file])).err).toBe(`${file}: $.vehicles.count: expected a number ≤ 2000, got ${count}`);
    }
  });

  it('a layout that is /dev/zero, a folder or a pipe, refused at once', async () => {
    const device = variant('dev-zero', (s) => (s.layout = '/dev/zero'));
    expect((await runCli(['validate', device])).err).toBe(`${device}: $.layout: expected a readable layout file, got "/dev/zero" (not a regular file (a device, pipe or socket))`);
    const folder = variant('folder', (s) => (s.layout = '.'));
    expect((await runCli(['validate', folder])).err).toBe(`${folder}: $.layout: expected a readable layout file, got "." (a directory)`);
  });

  it('two calls with one id', async () => {
    const file = variant('twin-calls', (s) => s.vessels.calls.push({ ...s.vessels.calls[0], arrivalS: 90000 }));
    expect((await runCli(['validate', file])).err).toBe(`${file}: $.vessels.calls[1].id: expected an id no other call has (calls[0] has it), got string "D001"`);
  });

  it('more work than a run can hold, and vessels longer than any berth', async () => {
    const busy = variant('busy', (s) => Object.assign(s.run, { durationS: 300 * 86400 }) && Object.assign(s.vessels.generated, { interArrivalS: { dist: 'exponential', mean: 3600 }, callSizeMoves: { dist: 'constant', value: 30000 } }));
    expect((await runCli(['validate', busy])).err).toBe(`${busy}: $.vessels.generated: expected at most 5,000,000 crane moves planned for the run (fewer calls, smaller calls or a shorter run), got about 218,520,400 over 300.0 days`);
    const long = variant('long', (s) => (s.vessels.generated.lengthM = { dist: 'uniform', min: 200, max: 400 }));
    expect((await runCli(['validate', long])).err).toBe(`${long}: $.vessels.generated.lengthM: expected lengths that fit the longest berth, ≤ 350 m (a longer vessel could never berth), got a distribution reaching 400 m`);
    const tail = variant('tail', (s) => (s.vessels.generated.lengthM = { dist: 'lognormal', mean: 200, sd: 30 }));
    expect((await runCli(['validate', tail])).err).toBe(`${tail}: $.vessels.generated.lengthM: expected a distribution that never exceeds 500 (uniform, triangular, empirical, constant, or normal with a max ≤ 500; this one reaches Infinity), got an object`);
  });
});

