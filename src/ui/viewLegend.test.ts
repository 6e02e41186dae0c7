// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BOX_FLOW_COLOURS, VEHICLE_STATE_COLOURS } from '../view/palettes';
import { t, type Lang } from './i18n';
import { drawViewLegend } from './viewLegend';

const tIn = (lang: Lang) => (key: Parameters<typeof t>[0]) => t(key, lang);
const texts = (root: Element, group: string) => [...root.querySelectorAll(`[data-legend="${group}"] .key`)].map((k) => k.textContent!.trim());
const swatches = (root: Element, group: string) => [...root.querySelectorAll<HTMLElement>(`[data-legend="${group}"] .swatch`)].map((s) => s.style.background);

describe('the 3D view\'s legend', () => {
  it('names every vehicle state in the view\'s colours, and the boxes by call', () => {
    const root = document.createElement('div');
    drawViewLegend(root, { vehicles: 'state', boxes: 'call' }, tIn('en'));
    expect(texts(root, 'state')).toEqual(['Parked', 'Idle', 'Empty to pickup', 'Loaded', 'Waiting at quay', 'Waiting at yard', 'To charger', 'Charging']);
    const hex = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(', ')})`;
    expect(swatches(root, 'state')).toEqual(['parked', 'idle', 'toPickup', 'loaded', 'waitQuay', 'waitYard', 'toCharger', 'charging'].map((s) => hex(VEHICLE_STATE_COLOURS[s as keyof typeof VEHICLE_STATE_COLOURS])));
    expect(texts(root, 'call')).toEqual(['one colour per vessel call', 'call not yet in the run']);
  });

  it('follows the colourings chosen and the language', () => {
    const root = document.createElement('div');
    drawViewLegend(root, { vehicles: 'charge', boxes: 'flow' }, tIn('zh'));
    expect(root.querySelector('[data-legend="charge"] .ramp')).not.toBeNull();
    expect(texts(root, 'charge')).toEqual(['低电量  满电']);
    expect(texts(root, 'flow')).toEqual(['进口', '出口', '中转']);
    expect(swatches(root, 'flow')).toHaveLength(BOX_FLOW_COLOURS.length);
    expect(root.querySelector('.legend-title')!.textContent).toBe('无人集卡');
  });
});
