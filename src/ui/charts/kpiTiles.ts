import { format, select } from 'd3';
import type { Kpis } from '../../kpi/kpis';
import { isLabelKey, type LabelKey, type Translate } from '../i18n';
import { CHART_COLOURS } from './palette';

/** The KPIs a tile can show: every single-number KPI. */
export type TileKpi = Exclude<keyof Kpis, 'vehicleStateShares'>;

/** The dashboard's headline figures, in the order they are read. */
export const HEADLINE_KPIS: readonly TileKpi[] = [
  'craneRate',
  'gapToQcBound',
  'qcWaitShare',
  'rehandlesPerRetrieval',
  'externalTurnTimeMin',
  'yardOccupancy',
  'energyPerMoveKWh',
  'emptyTravelRatio',
];

/**
 * Moves counted after the warm-up before a tile shows its figure: a rate or a share over the first
 * few moves swings wildly (energy per move at 18 kWh three minutes in, against 4-5 at steady state);
 * until then a tile says it is collecting. The move count itself always shows.
 */
export const MIN_MOVES_FOR_FIGURES = 50;

const percent = format('.1%');
const oneDecimal = format('.1f');
const twoDecimals = format('.2f');

/** How each KPI reads: fractions as %, the rest with its unit of kpis.md. */
const DISPLAY: Record<TileKpi, { format: (v: number) => string; unit?: LabelKey }> = {
  moves: { format: format(',d'), unit: 'unit.moves' },
  craneRate: { format: oneDecimal, unit: 'unit.movesPerH' },
  berthRate: { format: oneDecimal, unit: 'unit.movesPerH' },
  vesselTurnaroundH: { format: oneDecimal, unit: 'unit.h' },
  berthWaitH: { format: oneDecimal, unit: 'unit.h' },
  openCalls: { format: format(',d'), unit: 'unit.calls' },
  qcBound: { format: oneDecimal, unit: 'unit.movesPerH' },
  gapToQcBound: { format: percent },
  qcWaitShare: { format: percent },
  emptyTravelRatio: { format: percent },
  energyPerMoveKWh: { format: twoDecimals, unit: 'unit.kWhPerMove' },
  chargerUtilisation: { format: percent },
  chargerQueueMean: { format: twoDecimals, unit: 'unit.vehicles' },
  rehandlesPerRetrieval: { format: twoDecimals, unit: 'unit.boxes' },
  rehandlesPerExportRetrieval: { format: twoDecimals, unit: 'unit.boxes' },
  rehandlesPerImportRetrieval: { format: twoDecimals, unit: 'unit.boxes' },
  housekeepingMoves: { format: format(',d'), unit: 'unit.boxes' },
  yardOccupancy: { format: percent },
  yardCraneUtilisation: { format: percent },
  yardCraneInterferenceShare: { format: percent },
  trafficDelayShare: { format: percent },
  externalTurnTimeMin: { format: oneDecimal, unit: 'unit.min' },
  truckTurnWithin60Share: { format: percent },
};

/** The unit a KPI is read in (none for shares, which read as %). */
export function kpiUnit(kpi: TileKpi): LabelKey | undefined {
  return DISPLAY[kpi].unit;
}

/** The figure as shown on a tile; "–" before the run has data for it. */
export function formatKpi(kpi: TileKpi, value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : DISPLAY[kpi].format(value);
}

export interface KpiTilesOptions {
  t: Translate;
  kpis?: readonly TileKpi[];
  /** demo captions: bigger type, for a projector */
  large?: boolean;
}

export interface KpiTiles {
  update(kpis: Kpis): void;
  relabel(t: Translate): void;
  dispose(): void;
}

/**
 * Big-number tiles (HTML, so they reflow in a grid and scale with the page). The crane-rate tile
 * carries the QC-bound underneath: the figure means little without its ceiling.
 */
export function createKpiTiles(container: HTMLElement, options: KpiTilesOptions): KpiTiles {
  let t = options.t;
  const keys = options.kpis ?? HEADLINE_KPIS;
  const large = options.large === true;
  const root = select(container)
    .append('div')
    .attr('class', `zg-kpi-tiles${large ? ' large' : ''}`)
    .style('display', 'grid')
    // captions stand in one row along the bottom of a projector's screen; the panel's tiles reflow
    .style('grid-template-columns', large ? `repeat(${keys.length}, minmax(200px, 1fr))` : 'repeat(auto-fill, minmax(150px, 1fr))')
    .style('gap', '8px')
    .style('color', CHART_COLOURS.text);
  const tiles = root
    .selectAll('div.kpi-tile')
    .data(keys)
    .join('div')
    .attr('class', (k) => `kpi-tile kpi-${k}`)
    .attr('data-kpi', (k) => k)
    .style('padding', large ? '12px 16px' : '6px 10px')
    .style('border-radius', '6px')
    .style('background', 'rgba(232, 238, 244, 0.06)');
  const label = tiles.append('div').attr('class', 'kpi-label').style('font-size', large ? '18px' : '12px').style('color', CHART_COLOURS.muted);
  const value = tiles.append('div').attr('class', 'kpi-value').style('font-size', large ? '48px' : '26px').style('font-weight', '600').style('line-height', '1.15');
  const number = value.append('span').attr('class', 'number');
  const unit = value.append('span').attr('class', 'unit').style('font-size', '0.45em').style('margin-left', '0.3em').style('color', CHART_COLOURS.muted);
  const note = tiles.append('div').attr('class', 'kpi-note').style('font-size', large ? '16px' : '11px').style('color', CHART_COLOURS.muted);
  let last: Kpis | null = null;

  function labels(): void {
    label.text((k) => t(`kpi.${k}`));
    tiles.attr('title', (k) => (isLabelKey(`kpiHelp.${k}`) ? t(`kpiHelp.${k}` as LabelKey) : null));
    unit.text((k) => {
      const u = DISPLAY[k].unit;
      return u === undefined ? '' : t(u);
    });
    if (last !== null) figures(last);
  }

  const collecting = (kpis: Kpis, k: TileKpi) => k !== 'moves' && kpis.moves < MIN_MOVES_FOR_FIGURES;

  function notes(kpis: Kpis): void {
    note.text((k) => (k === 'craneRate' && !collecting(kpis, k) ? `${t('kpi.qcBound')} ${formatKpi('qcBound', kpis.qcBound)}` : ''));
  }

  function figures(kpis: Kpis): void {
    number.text((k) => (collecting(kpis, k) ? t('kpi.collecting') : formatKpi(k, kpis[k]))).classed('collecting', (k) => collecting(kpis, k)).style('font-size', (k) => (collecting(kpis, k) ? '0.5em' : null));
    unit.style('display', (k) => (collecting(kpis, k) ? 'none' : null));
    notes(kpis);
  }

  labels();
  return {
    update(kpis) {
      last = kpis;
      figures(kpis);
    },
    relabel(next) {
      t = next;
      labels();
    },
    dispose: () => root.remove(),
  };
}
