import { bandText, estimateText, type Scorecard, type ScorecardLine } from '../calibration/scorecard';
import type { Target } from '../calibration/targetsSchema';
import { el } from './dom';
import type { LabelKey, Lang, Translate } from './i18n';

export interface ScorecardViewInput {
  /** the lines, shown before any figure has come */
  targets: readonly Target[];
  /** the run shown, scored on its figures so far (one seed) */
  live: Scorecard | null;
  /** replications over several seeds, once they have all run */
  replicated: { scorecard: Scorecard; seeds: readonly number[] } | null;
  lang: Lang;
  t: Translate;
}

const verdict = (l: ScorecardLine, t: Translate, cross = false) =>
  el('span', { class: l.pass ? 'pass' : 'fail', 'data-pass': String(l.pass) }, `${t(l.pass ? 'scorecard.pass' : 'scorecard.fail')}${cross && l.ciCrossesBand ? ' *' : ''}`);

const figure = (l: ScorecardLine | undefined, t: Translate) => (l === undefined ? '—' : l.estimate === null ? t('scorecard.noData') : estimateText(l));

/**
 * The scorecard as a table: a row per target with the published figure, its band, the live run's
 * figure and verdict, and, once replicated, the mean ± 95% CI over the seeds and its verdict.
 */
export function scorecardTable({ targets, live, replicated, lang, t }: ScorecardViewInput): HTMLTableElement {
  const lines: readonly Omit<Target, 'note'>[] = (replicated?.scorecard ?? live)?.lines ?? targets;
  const rep = replicated?.scorecard.lines;
  const head = el(
    'tr',
    {},
    el('th', {}, t('scorecard.line')),
    el('th', {}, t('scorecard.published')),
    el('th', {}, t('scorecard.band')),
    el('th', {}, t('scorecard.live')),
    ...(rep === undefined ? [] : [el('th', {}, `${t('scorecard.seeds')} ${replicated!.seeds.join(', ')}`)]),
  );
  const rows = lines.map((line, k) => {
    const now = live?.lines[k];
    const label = lang === 'zh' && line.labelZh !== undefined ? line.labelZh : line.label;
    return el(
      'tr',
      { 'data-target': line.id, 'data-kind': line.kind },
      el('th', { scope: 'row' }, label, el('br'), el('small', {}, t(`scorecard.kind.${line.kind}` as LabelKey))),
      el('td', {}, line.published),
      el('td', {}, bandText(line)),
      // a live run with no data yet has no verdict yet: it may still come
      el('td', { class: 'live' }, figure(now, t), ...(now === undefined || now.estimate === null ? [] : [el('br'), verdict(now, t)])),
      ...(rep === undefined ? [] : [el('td', { class: 'replicated' }, figure(rep[k], t), el('br'), verdict(rep[k], t, true))]),
    );
  });
  const caption = replicated === null ? t('scorecard.liveCaption') : `${t('scorecard.rule')}${replicated.scorecard.failing.length === 0 ? '' : ` · ${t('scorecard.failing')}: ${replicated.scorecard.lines.filter((l) => !l.pass).map((l) => (lang === 'zh' && l.labelZh !== undefined ? l.labelZh : l.label)).join(', ')}`}`;
  return el('table', {}, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...rows));
}
