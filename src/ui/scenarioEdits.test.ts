import { describe, expect, it } from 'vitest';
import { loadScenarioTexts } from '../run/scenarioTexts';
import { InputError } from '../validation/issue';
import { bundledScenarioTextsFromDisk } from './testing/scenarioTextsFromDisk';
import { applyScenarioEdits } from './scenarioEdits';

describe('the scenario form edits', () => {
  const texts = bundledScenarioTextsFromDisk('tianjin-c-section');

  it('sets fleet, cranes per vessel, charging stations and warm-up, keeping the notes', () => {
    const { texts: edited, issues } = applyScenarioEdits(texts, { fleet: 40, cranesPerVessel: 3, chargers: 5, warmUpS: 0 });
    expect(issues).toEqual([]);
    const loaded = loadScenarioTexts(edited);
    expect(loaded.scenario.vehicles.count).toBe(40);
    expect(loaded.scenario.vessels.cranesPerVessel).toMatchObject({ min: 2, max: 3 });
    expect(loaded.scenario.run.warmUpS).toBe(0);
    expect(loaded.layout.chargers.map((c) => c.id)).toEqual(['CH1', 'CH2', 'CH3', 'CH4', 'CH5']);
    expect(JSON.parse(edited.scenario.text).vessels.cranesPerVessel.note).toMatch(/12 quay cranes/);
  });

  it('lowers the minimum cranes when the maximum goes under it', () => {
    const loaded = loadScenarioTexts(applyScenarioEdits(texts, { cranesPerVessel: 1 }).texts);
    expect(loaded.scenario.vessels.cranesPerVessel).toMatchObject({ min: 1, max: 1 });
  });

  it('says when the layout has fewer charging stations than asked for', () => {
    expect(applyScenarioEdits(texts, { chargers: 9 }).issues).toEqual([{ path: '$.features', expected: "at most 8 charging stations (the layout's)", got: '9' }]);
  });

  it('leaves a bad value for validation to report with its JSON path', () => {
    const edited = applyScenarioEdits(texts, { fleet: 0 }).texts;
    expect(() => loadScenarioTexts(edited)).toThrow(InputError);
    expect(() => loadScenarioTexts(edited)).toThrow('scenarios/tianjin-c-section.json: $.vehicles.count.value: expected a number ≥ 1, got 0');
  });

  it('returns texts that do not parse untouched, for the loader to report', () => {
    const broken = { ...texts, scenario: { file: 'x.json', text: '{ "name": ' } };
    expect(applyScenarioEdits(broken, { fleet: 3 }).texts).toBe(broken);
  });
});
