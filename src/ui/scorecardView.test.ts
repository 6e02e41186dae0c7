// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../calibration/loadTargets';
import { scoreRuns } from '../calibration/scorecard';
import { kpisWith } from '../kpi/testing/kpisFixture';
import type { Kpis } from '../kpi/kpis';
import { targetsFromTexts } from '../calibration/loadTargets';
import { badNumbers, tIn } from './charts/chartTesting';
import { scorecardTable } from './scorecardView';
import { bundledScenarioTextsFromDisk } from './testing/scenarioTextsFromDisk';

const targets = parseTargets({ file: 'scenarios/tianjin-c-section.targets.json', text: readFileSync('scenarios/tianjin-c-section.targets.json', 'utf8') });
const shares = { loaded: 0.3, empty: 0.1, waitQuay: 0.1, waitYard: 0.1, toCharger: 0, charging: 0.05, idle: 0.35 };
const run = (over: Partial<Kpis>) => ({ kpis: kpisWith({ vehicleStateShares: shares, ...over }), vehicles: 92, quayCranes: 12 });
const good = { berthRate: 120, craneRate: 31, externalTurnTimeMin: 12, truckTurnWithin60Share: 0.99, rehandlesPerExportRetrieval: 0.2, rehandlesPerImportRetrieval: 0.8 };
const cell = (table: Element, id: string, cls: string) => table.querySelector(`tr[data-target="${id}"] td.${cls}`)!;

describe('the scorecard panel', () => {
  it('finds the targets a bundled scenario names among the files given with it', () => {
    const texts = bundledScenarioTextsFromDisk('tianjin-c-section');
    expect(targetsFromTexts(texts, 'tianjin-c-section.targets.json')!.targets).toHaveLength(8);
    expect(targetsFromTexts(texts, undefined)).toBeNull();
    expect(() => targetsFromTexts(texts, 'other.targets.json')).toThrow('scenarios/tianjin-c-section.json: $.targets: expected a targets file given with the scenario, got "other.targets.json" (not among the files given)');
  });

  it('shows the live run against every band, then the replicated means and their verdicts', () => {
    const live = scoreRuns(targets, [run({ ...good, externalTurnTimeMin: 45 })]);
    const table = scorecardTable({ targets: targets.targets, live, replicated: null, lang: 'en', t: tIn('en') });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(8);
    expect(table.querySelector('caption')!.textContent).toMatch(/^Live figures from one seed/);
    expect(cell(table, 'berthRate', 'live').textContent).toBe('120.0 moves/hPASS');
    expect(cell(table, 'truckTurn', 'live').textContent).toBe('45.0 minFAIL');
    expect(cell(table, 'charging', 'live').textContent).toBe('1.00 hPASS');
    expect(table.querySelector('td.replicated')).toBeNull();
    expect(table.querySelector('tr[data-target="exportRehandles"] th small')!.textContent).toBe('model target, not a published figure');

    const seeds = [1, 2, 3, 4, 5];
    const replicated = { scorecard: scoreRuns(targets, seeds.map((k) => run({ ...good, externalTurnTimeMin: 40 + k }))), seeds };
    const both = scorecardTable({ targets: targets.targets, live, replicated, lang: 'en', t: tIn('en') });
    expect(both.querySelectorAll('thead th')).toHaveLength(5);
    expect(both.querySelector('thead th:last-child')!.textContent).toBe('Mean ± 95% CI, seeds 1, 2, 3, 4, 5');
    expect(cell(both, 'truckTurn', 'replicated').textContent).toBe('43.0 ± 2.0 minFAIL');
    expect(cell(both, 'truckTurn', 'replicated').querySelector('[data-pass]')!.getAttribute('data-pass')).toBe('false');
    expect(both.querySelector('caption')!.textContent).toMatch(/· Failing: External truck turn time$/);
    expect(badNumbers(both)).toEqual([]);
  });

  it('speaks Chinese: the lines by their Chinese labels, the verdicts and headings translated', () => {
    const table = scorecardTable({ targets: targets.targets, live: scoreRuns(targets, [run({})]), replicated: null, lang: 'zh', t: tIn('zh') });
    expect(table.querySelector('tr[data-target="craneRate"] th')!.textContent).toMatch(/^岸桥台时效率/);
    expect(cell(table, 'truckTurn', 'live').textContent).toBe('暂无数据');
    expect(cell(table, 'artsPerCrane', 'live').textContent).toBe('7.7 ARTs达标');
    expect(table.querySelector('thead th')!.textContent).toBe('指标');
  });

  it('lists the lines before the run has given any figure', () => {
    const table = scorecardTable({ targets: targets.targets, live: null, replicated: null, lang: 'en', t: tIn('en') });
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-target'))).toEqual(targets.targets.map((x) => x.id));
    expect(cell(table, 'berthRate', 'live').textContent).toBe('—');
  });
});
