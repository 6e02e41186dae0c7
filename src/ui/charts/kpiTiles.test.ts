// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../kpi/kpis';
import { badNumbers, mount, tIn } from './chartTesting';
import { createKpiTiles, formatKpi, HEADLINE_KPIS } from './kpiTiles';

const kpis = (over: Partial<Kpis> = {}): Kpis => ({
  moves: 1234, craneRate: 27.46, berthRate: 70.1, vesselTurnaroundH: 20.5, qcBound: 38.92, gapToQcBound: 0.2951, qcWaitShare: 0.301,
  vehicleStateShares: { loaded: 0.3, empty: 0.2, waitQuay: 0.2, waitYard: 0.2, toCharger: 0, charging: 0.1, idle: 0 },
  emptyTravelRatio: 0.41, energyPerMoveKWh: 2.034, chargerUtilisation: 0.5, chargerQueueMean: 0.25, rehandlesPerRetrieval: 1.456, rehandlesPerExportRetrieval: 0.2, rehandlesPerImportRetrieval: 0.9, housekeepingMoves: 12,
  yardOccupancy: 0.612, yardCraneUtilisation: 0.33, yardCraneInterferenceShare: 0.05, trafficDelayShare: 0.04, externalTurnTimeMin: 42.26, berthWaitH: 3.25, openCalls: 2, truckTurnWithin60Share: 0.9, ...over,
});

const tile = (root: Element, key: string) => root.querySelector(`[data-kpi="${key}"]`)!;

describe('KPI tiles', () => {
  it('formats each headline KPI with its unit', () => {
    const root = mount();
    const tiles = createKpiTiles(root, { t: tIn('en') });
    tiles.update(kpis());
    expect(root.querySelectorAll('.kpi-tile')).toHaveLength(HEADLINE_KPIS.length);
    expect(tile(root, 'craneRate').querySelector('.kpi-value')!.textContent).toBe('27.5moves/h');
    expect(tile(root, 'craneRate').querySelector('.kpi-note')!.textContent).toBe('QC-bound 38.9');
    expect(tile(root, 'gapToQcBound').querySelector('.number')!.textContent).toBe('29.5%');
    expect(tile(root, 'rehandlesPerRetrieval').querySelector('.number')!.textContent).toBe('1.46');
    expect(tile(root, 'externalTurnTimeMin').querySelector('.unit')!.textContent).toBe('min');
    expect(tile(root, 'energyPerMoveKWh').querySelector('.kpi-value')!.textContent).toBe('2.03kWh/move');
    expect(tile(root, 'yardOccupancy').getAttribute('title')).toMatch(/slots/);
  });

  it('shows – for KPIs without data, and no NaN', () => {
    const root = mount();
    const tiles = createKpiTiles(root, { t: tIn('en'), kpis: ['craneRate', 'externalTurnTimeMin'] });
    tiles.update(kpis({ craneRate: null, qcBound: null, externalTurnTimeMin: null }));
    expect([...root.querySelectorAll('.number')].map((e) => e.textContent)).toEqual(['–', '–']);
    expect(badNumbers(root)).toEqual([]);
    expect(formatKpi('moves', 12345)).toBe('12,345');
  });

  it('keeps its tiles across updates and switches language', () => {
    const root = mount();
    const tiles = createKpiTiles(root, { t: tIn('en'), large: true });
    tiles.update(kpis());
    const number = tile(root, 'craneRate').querySelector('.number');
    tiles.update(kpis({ craneRate: 30 }));
    expect(tile(root, 'craneRate').querySelector('.number')).toBe(number);
    expect(number!.textContent).toBe('30.0');
    expect(root.querySelector('.zg-kpi-tiles')!.classList.contains('large')).toBe(true);
    tiles.relabel(tIn('zh'));
    expect(tile(root, 'craneRate').querySelector('.kpi-label')!.textContent).toBe('台时效率');
    expect(tile(root, 'craneRate').querySelector('.unit')!.textContent).toBe('自然箱/小时');
    expect(tile(root, 'craneRate').querySelector('.kpi-note')!.textContent).toBe('岸桥理论效率 38.9');
    expect(tile(root, 'rehandlesPerRetrieval').querySelector('.kpi-label')!.textContent).toBe('翻箱率');
  });

  it('says it is collecting until 50 moves are counted, then shows its figures (early ones swing wildly); the moves always', () => {
    const root = mount();
    const tiles = createKpiTiles(root, { t: tIn('en'), kpis: ['moves', 'craneRate', 'energyPerMoveKWh'] });
    tiles.update(kpis({ moves: 3, craneRate: 12, energyPerMoveKWh: 18.2 }));
    expect([...root.querySelectorAll('.number')].map((e) => e.textContent)).toEqual(['3', 'collecting…', 'collecting…']);
    expect(tile(root, 'craneRate').querySelector('.kpi-note')!.textContent).toBe('');
    tiles.relabel(tIn('zh'));
    expect(tile(root, 'energyPerMoveKWh').querySelector('.number')!.textContent).toBe('统计中…');
    tiles.update(kpis({ moves: 50, craneRate: 31.2, energyPerMoveKWh: 4.6 }));
    expect([...root.querySelectorAll('.number')].map((e) => e.textContent)).toEqual(['50', '31.2', '4.60']);
    expect(tile(root, 'craneRate').querySelector('.kpi-note')!.textContent).toBe('岸桥理论效率 38.9');
  });
});
