import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../validation/issue';
import { parseTargets } from './loadTargets';
import { targetsJsonSchema } from './targetsSchema';

const line = { id: 'berthRate', label: 'Berth rate', kind: 'published', measure: 'berthRate', published: '122 moves/h', unit: 'moves/h', band: { min: 100, max: 140 }, source: { title: 'a newspaper' } };
const file = (targets: unknown[]) => JSON.stringify({ name: 'T', targets });

/** The `FILE: $.path: expected …, got …` lines a targets text gives. */
function problems(text: string): string[] {
  try {
    parseTargets({ file: 'x.targets.json', text });
  } catch (e) {
    if (e instanceof InputError) return e.message.split('\n');
    throw e;
  }
  return [];
}

describe('targets files', () => {
  it('reads a valid file, unit defaulting to none', () => {
    const t = parseTargets({ file: 'x.targets.json', text: file([{ ...line, unit: undefined }]) });
    expect(t).toMatchObject({ file: 'x.targets.json', name: 'T', targets: [{ id: 'berthRate', unit: '', band: { min: 100, max: 140 } }] });
  });

  it('names the file, the JSON path and what was expected for each problem', () => {
    expect(problems(file([{ ...line, measure: 'berthSpeed' }]))[0]).toMatch(/^x\.targets\.json: \$\.targets\[0\]\.measure: expected one of "moves", .*"chargingHoursPer12hWork", got string "berthSpeed"$/);
    expect(problems(file([{ ...line, band: {} }]))).toEqual(['x.targets.json: $.targets[0].band: expected a band with "min", "max" or both, got an object']);
    expect(problems(file([{ ...line, band: { min: 2, max: 1 } }]))).toEqual(['x.targets.json: $.targets[0].band: expected a band whose "min" is at most its "max", got an object']);
    expect(problems(file([{ ...line, band: { min: '100' } }]))).toEqual(['x.targets.json: $.targets[0].band.min: expected a number, got string "100"']);
    expect(problems(file([{ ...line, source: undefined }]))).toEqual(['x.targets.json: $.targets[0].source: expected a "source" (only a "model" target may have none), got nothing']);
    expect(problems(file([line, { ...line, id: 'other', colour: 'red' }]))).toEqual(['x.targets.json: $.targets[1].colour: expected no such key (unknown keys are errors), got key "colour"']);
    expect(problems(file([line, line]))).toEqual(['x.targets.json: $.targets[1].id: expected an "id" no other target has, got string "berthRate"']);
    expect(problems(file([]))).toEqual(['x.targets.json: $.targets: expected an array with ≥ 1 items, got an array of 0']);
    expect(problems('{"name": "T", "targets": [}')).toEqual(['x.targets.json: $: expected valid JSON, got value expected at line 1, column 27']);
  });

  it('lets a model target go without a source', () => {
    expect(problems(file([{ ...line, kind: 'model', source: undefined }]))).toEqual([]);
  });

  it('ships the JSON Schema generated from the validating schema, and a tianjin file it accepts', () => {
    expect(JSON.parse(readFileSync('scenarios/targets.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(targetsJsonSchema())));
    const t = parseTargets({ file: 'scenarios/tianjin-c-section.targets.json', text: readFileSync('scenarios/tianjin-c-section.targets.json', 'utf8') });
    expect(t.targets.map((x) => x.measure)).toEqual(['berthRate', 'craneRate', 'externalTurnTimeMin', 'truckTurnWithin60Share', 'vehiclesPerQuayCrane', 'chargingHoursPer12hWork', 'rehandlesPerExportRetrieval', 'rehandlesPerImportRetrieval']);
    // model targets say so where a reader looks first
    for (const x of t.targets.filter((x) => x.kind === 'model')) expect(x.published).toMatch(/^model target, not a published figure/);
  });
});
