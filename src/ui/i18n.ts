import { BehaviorSubject } from 'rxjs';
import { EN, type LabelKey } from './labels.en';
import { ZH } from './labels.zh';

/**
 * Every label the app shows, in English (labels.en.ts) and Chinese (labels.zh.ts). Keys are grouped by where they appear; KPI keys
 * are those of docs/kpis.md, state keys those of the model (plus the KPI's `empty`),
 * strategy keys the registry's names, so callers can build keys from data (`kpi.${key}`).
 */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type { LabelKey };
export type Translate = (key: LabelKey) => string;

export const LABELS: Record<Lang, Readonly<Record<LabelKey, string>>> = { en: EN, zh: ZH };

/** Whether a string built from data (`strategy.${name}`) is a label; lets callers fall back for user strategies. */
export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(EN, key);
}

// A missing key is a bug the tests must catch; in the app a raw key on screen beats a crash.
const strict = import.meta.env?.MODE === 'test';

export function t(key: LabelKey, lang: Lang): string {
  const label = LABELS[lang][key];
  if (label !== undefined) return label;
  if (strict) throw new Error(`i18n: no label '${key}' in '${lang}'`);
  return key;
}

/** Fills `{name}` placeholders: fillLabel(t('clock.dayN'), { n: 2 }) is 'Day 2', '第 2 天'. */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface I18n {
  lang$: BehaviorSubject<Lang>;
  t: Translate;
  set(lang: Lang): void;
}

/** The app's language as a stream; `t` always answers in the current language. */
export function createI18n(initial: Lang): I18n {
  const lang$ = new BehaviorSubject<Lang>(initial);
  return {
    lang$,
    t: (key) => t(key, lang$.value),
    set: (lang) => {
      if (lang !== lang$.value) lang$.next(lang);
    },
  };
}

const ATTRIBUTES = [
  ['data-i18n-title', 'title'],
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-aria-label', 'aria-label'],
] as const;

/** Fills `data-i18n` (text) and `data-i18n-title|placeholder|aria-label` (attributes) under `root`, root included. */
export function applyLabels(root: ParentNode, translate: Translate): void {
  const selector = '[data-i18n],[data-i18n-title],[data-i18n-placeholder],[data-i18n-aria-label]';
  const elements = [...root.querySelectorAll(selector)];
  if (isElement(root) && root.matches(selector)) elements.unshift(root);
  for (const el of elements) {
    const text = el.getAttribute('data-i18n');
    if (text !== null) el.textContent = translate(text as LabelKey);
    for (const [from, to] of ATTRIBUTES) {
      const key = el.getAttribute(from);
      if (key !== null) el.setAttribute(to, translate(key as LabelKey));
    }
  }
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
