import { bandText, valueText, type Scorecard } from '../../calibration/scorecard';
import { tag, text } from '../../experiment/report/svg';

const KIND: Record<string, string> = { published: 'published', input: 'input', model: 'model target, not a published figure' };

/**
 * The calibration scorecard of one run: its figures against the targets' bands. One seed gives no
 * interval, so the page says the verdict is a single seed's and how to get the replicated one.
 */
export function scorecardSection(s: Scorecard, seed: number): string[] {
  const head = tag('tr', {}, ...['line', 'kind', 'published', 'band', `this run (seed ${seed})`, 'verdict'].map((h) => tag('th', {}, text(h))));
  const rows = s.lines.map((l) => {
    const v = l.values[0] ?? null;
    return tag(
      'tr',
      { 'data-target': l.id, 'data-pass': String(l.pass) },
      tag('td', {}, text(l.label)),
      tag('td', {}, text(KIND[l.kind])),
      tag('td', {}, text(l.published)),
      tag('td', {}, text(bandText(l))),
      tag('td', { 'data-value': v === null ? '' : String(v) }, text(v === null ? 'no data' : valueText(l, v))),
      tag('td', { class: l.pass ? '' : 'warn' }, l.pass ? 'PASS' : 'FAIL'),
    );
  });
  const failing = s.lines.filter((l) => !l.pass);
  return [
    tag('h2', { id: 'scorecard' }, text('Calibration scorecard')),
    tag('p', {}, text(`${s.name} (${s.file}). One seed only: each figure is this run's, with no confidence interval, so a line near a bound may pass or fail by chance; npx zhigang calibrate runs seeds 1–5 and judges their mean. A line passes when the figure lies inside its band, bounds included.`)),
    tag('div', { class: 'wide' }, tag('table', {}, tag('thead', {}, head), tag('tbody', {}, ...rows))),
    tag('p', failing.length === 0 ? {} : { class: 'warn' }, text(failing.length === 0 ? `All ${s.lines.length} lines pass.` : `${failing.length} of ${s.lines.length} lines fail: ${failing.map((l) => l.label).join(', ')}.`)),
  ];
}
