import { describe, expect, it } from 'vitest';
import { formatIssue } from '../validation/issue';
import { parseExperiment } from './experimentFile';

const issues = (value: unknown) => parseExperiment({ file: 'e.json', text: JSON.stringify(value) }).issues.map((i) => formatIssue('e.json', i));
const valid = { name: 'e', scenario: 's.json', replications: 3, factors: [{ path: 'vehicles.count', values: [6, 12] }] };

describe('parseExperiment', () => {
  it('reads factors with their default names, kinds and the baseline as written', () => {
    const { experiment, issues: none } = parseExperiment({
      file: 'e.json',
      text: JSON.stringify({ ...valid, durationS: { value: 86400, note: 'one day' }, factors: [...valid.factors, { path: 'dispatch.strategy', values: ['fcfs'] }, { name: 'cranes', path: ['vessels.cranesPerVessel.min', 'vessels.cranesPerVessel.max'], values: [2, 3] }, { path: 'chargers', values: [2] }], baseline: { 'vehicles.count': 12 } }),
    });
    expect(none).toEqual([]);
    expect(experiment!.durationS).toBe(86400);
    expect(experiment!.factors.map((f) => [f.name, f.kind, f.paths.length])).toEqual([
      ['vehicles.count', 'scenario', 1],
      ['dispatch.strategy', 'strategy', 1],
      ['cranes', 'scenario', 2],
      ['chargers', 'chargers', 1],
    ]);
    expect(experiment!.baseline).toEqual({ 'vehicles.count': 12 });
  });

  it('reports every schema problem at its JSON path', () => {
    expect(issues({ ...valid, replications: 0, extra: true, factors: [{ path: 'vehicles..count', values: [] }] })).toEqual([
      'e.json: $.replications: expected a number ≥ 1, got 0',
      'e.json: $.factors[0].path: expected a dotted path into the scenario, such as vehicles.count or vessels.cranesPerVessel.max, got string "vehicles..count"',
      'e.json: $.factors[0].values: expected an array with ≥ 1 items, got an array of 0',
      'e.json: $.extra: expected no such key (unknown keys are errors), got key "extra"',
    ]);
    expect(issues('{')).toHaveLength(1);
    expect(parseExperiment({ file: 'e.json', text: '{"name": ' }).issues[0]).toMatchObject({ path: '$', expected: 'valid JSON' });
  });

  it('refuses two factors of one name or one path, a special path among others, strategy and charger values of the wrong kind', () => {
    expect(
      issues({
        ...valid,
        factors: [
          { name: 'fleet', path: 'vehicles.count', values: [6] },
          { name: 'fleet', path: 'vehicles.count', values: [8] },
          { path: ['dispatch.strategy', 'vehicles.speedEmptyMps'], values: ['fcfs'] },
          { path: 'dispatch.strategy', values: [3] },
          { path: 'chargers', values: [0, 1.5] },
        ],
      }),
    ).toEqual([
      'e.json: $.factors[1].name: expected a name no other factor has, got "fleet"',
      'e.json: $.factors[1].path: expected a path no other factor sets, got "vehicles.count"',
      'e.json: $.factors[2].path[0]: expected "dispatch.strategy" as a factor\'s only path, got it among several',
      'e.json: $.factors[3].path: expected a path no other factor sets, got "dispatch.strategy"',
      'e.json: $.factors[3].values[0]: expected a strategy name or a path to a strategy module, got 3',
      'e.json: $.factors[4].values[0]: expected a whole number of charging stations, at least 1, got 0',
      'e.json: $.factors[4].values[1]: expected a whole number of charging stations, at least 1, got 1.5',
    ]);
  });

  it('refuses a baseline naming no factor', () => {
    expect(issues({ ...valid, baseline: { fleet: 6 } })).toEqual(['e.json: $.baseline.fleet: expected a factor name (vehicles.count), got "fleet"']);
  });
});
