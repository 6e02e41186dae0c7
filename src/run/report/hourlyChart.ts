import { line, scaleLinear } from 'd3';
import { bottomAxis, colour, leftAxis, legend, margin, svgRoot, WIDTH, type ReportChart } from '../../experiment/report/chartFrame';
import { tag, text } from '../../experiment/report/svg';

const HEIGHT = 260;
const HOUR_S = 3600;

export interface HourlyChartSpec {
  id: string;
  title: string;
  /** y axis label, unit included */
  yLabel: string;
  /** start of each hour, s */
  startS: readonly number[];
  lines: { name: string; values: readonly (number | null)[] }[];
  /** a dashed horizontal line (the QC-bound under the crane rate) */
  reference?: { name: string; value: number | null };
  format: (v: number) => string;
}

/**
 * Hourly values of one run over simulated hours, each at the middle of its hour; a null hour is a
 * gap, and each value is also a dot, so an hour between two gaps still shows.
 */
export function hourlyChart(spec: HourlyChartSpec): ReportChart {
  const { startS } = spec;
  const h0 = startS.length > 0 ? startS[0] / HOUR_S : 0;
  const h1 = startS.length > 0 ? startS[startS.length - 1] / HOUR_S + 1 : 1;
  const ref = spec.reference?.value ?? null;
  const values = spec.lines.flatMap((l) => l.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const x = scaleLinear().domain([h0, h1]).range([margin.left, WIDTH - margin.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1e-9, ...values, ref ?? 0)])
    .nice()
    .range([HEIGHT - margin.bottom, margin.top]);
  const at = (k: number) => x(startS[k] / HOUR_S + 0.5);
  const drawn = spec.lines.map((l, i) => {
    const path = line<number>()
      .defined((k) => isValue(l.values[k]))
      .x(at)
      .y((k) => y(l.values[k]!));
    const hours = Array.from({ length: Math.min(startS.length, l.values.length) }, (_, k) => k);
    return tag(
      'g',
      { class: 'series', 'data-series': l.name, 'data-values': l.values.map((v) => v ?? '').join(' ') },
      tag('path', { d: path(hours) ?? '', fill: 'none', stroke: colour(i), 'stroke-width': 2 }),
      ...hours.filter((k) => isValue(l.values[k])).map((k) => tag('circle', { cx: at(k), cy: y(l.values[k]!), r: 2.5, fill: colour(i) }, tag('title', {}, text(`${l.name}, hour ${startS[k] / HOUR_S}: ${spec.format(l.values[k]!)}`)))),
    );
  });
  const reference = ref === null ? '' : tag('line', { class: 'reference', x1: margin.left, x2: WIDTH - margin.right, y1: y(ref), y2: y(ref), stroke: '#444', 'stroke-dasharray': '5 3', 'data-value': ref });
  const entries = [...spec.lines.map((l, i) => ({ name: l.name, colour: colour(i) })), ...(ref === null ? [] : [{ name: spec.reference!.name, colour: '#444', dashed: true }])];
  const hourTicks = x.ticks(Math.min(12, Math.max(1, Math.round(h1 - h0)))).filter(Number.isInteger);
  return {
    id: spec.id,
    title: spec.title,
    svg: svgRoot(
      spec.title,
      HEIGHT,
      leftAxis(y, spec.format, margin.left, WIDTH - margin.right, spec.yLabel),
      bottomAxis(x, hourTicks, String, HEIGHT - margin.bottom, 'simulated time (h)'),
      ...drawn,
      reference,
      legend(entries, WIDTH - margin.right + 16, margin.top + 8),
    ),
  };
}

const isValue = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);
