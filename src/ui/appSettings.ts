import { findStrategy, strategyNames } from '../dispatch/registry';
import { durationS, durationText, DURATION_FORMS } from '../run/duration';
import { SPEEDS, type Speed } from './simClock';

export type Lang = 'zh' | 'en';

/**
 * Everything that decides what the app runs and shows, kept in the URL so that a link reproduces
 * the run: the scenario and its edits, the strategy (or the strategies compared), seed, duration,
 * speed, demo mode and language. Absent values mean "the scenario's own".
 */
export interface AppSettings {
  /** a bundled scenario's name; an uploaded one cannot live in a URL and is named 'upload' */
  scenario: string;
  strategy?: string;
  seed?: number;
  durationS?: number;
  warmUpS?: number;
  fleet?: number;
  cranesPerVessel?: number;
  chargers?: number;
  speed: Speed;
  /** 2–4 strategies side by side (compare mode) */
  compare: string[];
  /** seeds per strategy for the compare table's confidence intervals */
  seeds: number;
  demo: boolean;
  /** `?kiosk`: the terminal and its controls without the side panel (a screen that shows one run) */
  kiosk: boolean;
  lang: Lang;
}

export const DEFAULT_SETTINGS: AppSettings = { scenario: 'tianjin-c-section', speed: 60, compare: [], seeds: 1, demo: false, kiosk: false, lang: 'zh' };

/** Settings read from a query string, with one line per parameter that could not be read (and was ignored). */
export function settingsFromUrl(search: string): { settings: AppSettings; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const s: AppSettings = { ...DEFAULT_SETTINGS, compare: [], demo: q.has('demo'), kiosk: q.has('kiosk') };
  const count = (key: string, min: number): number | undefined => {
    const text = q.get(key);
    if (text === null || text === '') return undefined;
    const n = Number(text);
    if (Number.isSafeInteger(n) && n >= min) return n;
    problems.push(`?${key}=${text}: expected a whole number ≥ ${min}`);
    return undefined;
  };
  const seconds = (key: string, allowZero: boolean): number | undefined => {
    const text = q.get(key);
    if (text === null || text === '') return undefined;
    if (allowZero && text.trim() === '0') return 0;
    const v = durationS(text);
    if (Number.isNaN(v)) problems.push(`?${key}=${text}: expected ${DURATION_FORMS}`);
    return Number.isNaN(v) ? undefined : v;
  };
  s.scenario = q.get('scenario') || s.scenario;
  // a link names built-in strategies only: code comes from a file the user picks, never from a URL
  const builtIn = (name: string, key: string): boolean => {
    if (findStrategy(name) !== undefined) return true;
    problems.push(`?${key}=${name.length > 40 ? `${name.slice(0, 37)}...` : name}: expected one of ${strategyNames().join(', ')} (a strategy module runs only from a file you pick in the scenario panel)`);
    return false;
  };
  const strategy = q.get('strategy');
  s.strategy = strategy && builtIn(strategy, 'strategy') ? strategy : undefined;
  s.seed = count('seed', 0);
  s.durationS = seconds('duration', false);
  s.warmUpS = seconds('warmup', true);
  s.fleet = count('fleet', 1);
  s.cranesPerVessel = count('cranes', 1);
  s.chargers = count('chargers', 1);
  s.seeds = count('seeds', 1) ?? 1;
  const speed = q.get('speed');
  if (speed !== null) {
    const v: Speed = speed === 'max' ? 'max' : Number(speed);
    if (SPEEDS.includes(v)) s.speed = v;
    else problems.push(`?speed=${speed}: expected one of ${SPEEDS.join(', ')}`);
  } else if (s.demo) s.speed = 300;
  const compare = q.get('compare');
  if (compare) {
    const names = compare.split(',').filter((n) => n !== '');
    const known = names.every((n) => builtIn(n, 'compare')); // each unknown one is a problem line
    if (known && names.length >= 2 && names.length <= 4) s.compare = names;
    else if (known) problems.push(`?compare=${compare}: expected 2 to 4 strategies separated by commas`);
  }
  const lang = q.get('lang');
  if (lang === 'en' || lang === 'zh') s.lang = lang;
  else if (lang !== null) problems.push(`?lang=${lang}: expected zh or en`);
  return { settings: s, problems };
}

/** The query string for settings: only what differs from the defaults, in a fixed order. */
export function settingsToUrl(s: AppSettings): string {
  const q = new URLSearchParams();
  if (s.scenario !== DEFAULT_SETTINGS.scenario && s.scenario !== 'upload') q.set('scenario', s.scenario);
  if (s.strategy !== undefined) q.set('strategy', s.strategy);
  if (s.seed !== undefined) q.set('seed', String(s.seed));
  if (s.durationS !== undefined) q.set('duration', durationText(s.durationS));
  if (s.warmUpS !== undefined) q.set('warmup', s.warmUpS === 0 ? '0' : durationText(s.warmUpS));
  if (s.fleet !== undefined) q.set('fleet', String(s.fleet));
  if (s.cranesPerVessel !== undefined) q.set('cranes', String(s.cranesPerVessel));
  if (s.chargers !== undefined) q.set('chargers', String(s.chargers));
  if (s.speed !== (s.demo ? 300 : DEFAULT_SETTINGS.speed)) q.set('speed', String(s.speed));
  if (s.compare.length > 0) q.set('compare', s.compare.join(','));
  if (s.seeds !== 1) q.set('seeds', String(s.seeds));
  if (s.lang !== DEFAULT_SETTINGS.lang) q.set('lang', s.lang);
  const text = q.toString();
  // `demo` and `kiosk` are flags without a value
  const flags = [...(s.demo ? ['demo'] : []), ...(s.kiosk ? ['kiosk'] : [])];
  const all = [...(text === '' ? [] : [text]), ...flags].join('&');
  return all === '' ? '' : `?${all}`;
}
