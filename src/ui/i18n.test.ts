// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KPI_VEHICLE_STATES } from '../kpi/recorder';
import { strategyNames } from '../dispatch/registry';
import { VEHICLE_STATES } from '../run/renderSnapshot';
import { applyLabels, createI18n, fillLabel, isLabelKey, LABELS, t, type LabelKey } from './i18n';

const KPI_KEYS = [
  'moves', 'craneRate', 'berthRate', 'vesselTurnaroundH', 'qcBound', 'gapToQcBound', 'qcWaitShare', 'vehicleStateShares',
  'emptyTravelRatio', 'energyPerMoveKWh', 'chargerUtilisation', 'chargerQueueMean', 'rehandlesPerRetrieval', 'yardOccupancy',
  'yardCraneUtilisation', 'externalTurnTimeMin', 'fleetNeeded',
];
// labels that stay Latin or symbols in Chinese too: units, abbreviations, the language's own name
const LATIN_IN_ZH = new Set<LabelKey>(['lang.en', 'term.vehicle', 'unit.percent', 'unit.kWh']);
const CJK = /[\u4e00-\u9fff]/;

describe('labels', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(LABELS.zh).sort()).toEqual(Object.keys(LABELS.en).sort());
  });

  it('has no empty label', () => {
    for (const lang of ['zh', 'en'] as const) for (const [key, label] of Object.entries(LABELS[lang])) expect(label.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('writes Chinese labels in Chinese, but for units and abbreviations', () => {
    const latin = Object.entries(LABELS.zh).filter(([key, label]) => !CJK.test(label) && !LATIN_IN_ZH.has(key as LabelKey));
    expect(latin).toEqual([]);
  });

  it('names every KPI of kpis.md, every vehicle state and every registered strategy', () => {
    const keys = [
      ...KPI_KEYS.map((k) => `kpi.${k}`),
      ...VEHICLE_STATES.map((s) => `state.${s}`),
      ...KPI_VEHICLE_STATES.map((s) => `state.${s}`),
      ...strategyNames().flatMap((s) => [`strategy.${s}`, `strategyHint.${s}`]),
    ];
    expect(keys.filter((k) => !isLabelKey(k))).toEqual([]);
  });

  it('uses the port terms', () => {
    expect(t('kpi.craneRate', 'zh')).toBe('台时效率');
    expect(t('kpi.rehandlesPerRetrieval', 'zh')).toContain('翻箱');
    expect(t('term.quayCrane', 'zh')).toBe('岸桥');
    expect(t('term.yardCrane', 'zh')).toBe('场桥');
    expect(t('kpi.externalTurnTimeMin', 'zh')).toBe('外集卡周转时间');
    expect(t('legend.directPickup', 'zh')).toBe('船边直提');
    expect(t('legend.directLoading', 'zh')).toBe('抵港直装');
  });

  it('throws on a key it does not know (in tests)', () => {
    expect(() => t('kpi.nonsense' as LabelKey, 'en')).toThrow(/kpi\.nonsense/);
  });

  it('fills placeholders', () => {
    expect(fillLabel(t('clock.dayN', 'zh'), { n: 3 })).toBe('第 3 天');
    expect(fillLabel(t('clock.dayN', 'en'), { n: 3 })).toBe('Day 3');
  });
});

describe('createI18n', () => {
  it('answers in the current language and streams changes', () => {
    const i18n = createI18n('zh');
    const seen: string[] = [];
    i18n.lang$.subscribe((l) => seen.push(l));
    expect(i18n.t('ctrl.play')).toBe('播放');
    i18n.set('en');
    i18n.set('en');
    expect(i18n.t('ctrl.play')).toBe('Play');
    expect(seen).toEqual(['zh', 'en']);
  });
});

describe('applyLabels', () => {
  it('fills text, titles and placeholders under a root, the root included', () => {
    document.body.innerHTML = `
      <section id="root" data-i18n-title="panel.scenario">
        <h2 data-i18n="panel.scenario">?</h2>
        <button data-i18n="ctrl.play" data-i18n-title="ctrl.play">?</button>
        <input data-i18n-placeholder="form.seed">
        <span class="untouched">keep</span>
      </section>`;
    const root = document.getElementById('root')!;
    const i18n = createI18n('zh');
    applyLabels(root, i18n.t);
    expect(root.getAttribute('title')).toBe('场景设置');
    expect(root.querySelector('h2')!.textContent).toBe('场景设置');
    expect(root.querySelector('button')!.textContent).toBe('播放');
    expect(root.querySelector('button')!.getAttribute('title')).toBe('播放');
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe('随机种子');
    expect(root.querySelector('.untouched')!.textContent).toBe('keep');

    i18n.set('en');
    applyLabels(document, i18n.t);
    expect(root.querySelector('h2')!.textContent).toBe('Scenario');
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe('Random seed');
  });

  it('throws on an unknown data-i18n key (in tests)', () => {
    document.body.innerHTML = '<p data-i18n="panel.nowhere"></p>';
    expect(() => applyLabels(document.body, createI18n('en').t)).toThrow(/panel\.nowhere/);
  });
});
