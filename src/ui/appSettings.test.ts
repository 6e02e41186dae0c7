import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFromUrl, settingsToUrl, type AppSettings } from './appSettings';

describe('settings in the URL', () => {
  it('round-trips every setting, so a link reproduces the run', () => {
    const s: AppSettings = { scenario: 'demo-small', strategy: 'pooled-lap', seed: 7, durationS: 36 * 3600, warmUpS: 0, fleet: 40, cranesPerVessel: 3, chargers: 5, speed: 3600, compare: ['fcfs', 'dual-cycle'], seeds: 5, demo: true, kiosk: false, lang: 'en' };
    const url = settingsToUrl(s);
    expect(url).toBe('?scenario=demo-small&strategy=pooled-lap&seed=7&duration=36h&warmup=0&fleet=40&cranes=3&chargers=5&speed=3600&compare=fcfs%2Cdual-cycle&seeds=5&lang=en&demo');
    expect(settingsFromUrl(url)).toEqual({ settings: s, problems: [] });
  });

  it('has a kiosk flag, alone or with other settings', () => {
    expect(settingsFromUrl('?kiosk').settings.kiosk).toBe(true);
    expect(settingsFromUrl('?scenario=demo-small&kiosk').settings).toMatchObject({ scenario: 'demo-small', kiosk: true, demo: false });
    expect(settingsToUrl({ ...DEFAULT_SETTINGS, kiosk: true })).toBe('?kiosk');
    expect(settingsToUrl({ ...DEFAULT_SETTINGS, scenario: 'demo-small', kiosk: true })).toBe('?scenario=demo-small&kiosk');
    expect(settingsFromUrl('').settings.kiosk).toBe(false);
  });

  it('writes nothing for the defaults and reads nothing as the defaults', () => {
    expect(settingsToUrl(DEFAULT_SETTINGS)).toBe('');
    expect(settingsFromUrl('').settings).toEqual(DEFAULT_SETTINGS);
  });

  it('names each parameter it cannot read and keeps the rest', () => {
    const { settings, problems } = settingsFromUrl('?fleet=-2&duration=soon&speed=7&compare=fcfs&lang=fr&seed=3');
    expect(problems).toEqual([
      '?duration=soon: expected a positive duration of at most 400 days, such as 24h, 7d, 90m or 3600 (seconds)',
      '?fleet=-2: expected a whole number ≥ 1',
      '?speed=7: expected one of 1, 10, 60, 300, 900, 3600, max',
      '?compare=fcfs: expected 2 to 4 strategies separated by commas',
      '?lang=fr: expected zh or en',
    ]);
    expect(settings.seed).toBe(3);
    expect(settings.fleet).toBeUndefined();
  });

  it('names built-in strategies only: a link never makes the app load code', () => {
    const { settings, problems } = settingsFromUrl('?strategy=data:text/javascript,fetch(%22https://example.org%22)&compare=fcfs,https://example.org/s.mjs');
    expect(settings.strategy).toBeUndefined();
    expect(settings.compare).toEqual([]);
    expect(problems).toEqual([
      '?strategy=data:text/javascript,fetch("https://e...: expected one of fcfs, nearest, dedicated, pooled-lap, lookahead, dual-cycle, energy-aware (a strategy module runs only from a file you pick in the scenario panel)',
      '?compare=https://example.org/s.mjs: expected one of fcfs, nearest, dedicated, pooled-lap, lookahead, dual-cycle, energy-aware (a strategy module runs only from a file you pick in the scenario panel)',
    ]);
  });
});
