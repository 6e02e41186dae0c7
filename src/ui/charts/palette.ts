import type { KpiVehicleState } from '../../kpi/recorder';
import { VEHICLE_STATE_COLOURS } from '../../view/palettes';

/**
 * Vehicle state colours are the 3D view's (src/view/palettes.ts), so an ART on the map and its band
 * in a chart match: waiting warm (red at the quay, where the crane is the bottleneck), moving cool,
 * energy yellow. Picked for the dark background (#0d1b2a).
 */
export { VEHICLE_STATE_COLOURS };

/** The KPI folds toPickup into `empty` and parked into `idle`; they keep the model states' colours. */
export const KPI_STATE_COLOURS: Record<KpiVehicleState, string> = {
  loaded: VEHICLE_STATE_COLOURS.loaded,
  empty: VEHICLE_STATE_COLOURS.toPickup,
  waitQuay: VEHICLE_STATE_COLOURS.waitQuay,
  waitYard: VEHICLE_STATE_COLOURS.waitYard,
  toCharger: VEHICLE_STATE_COLOURS.toCharger,
  charging: VEHICLE_STATE_COLOURS.charging,
  idle: VEHICLE_STATE_COLOURS.idle,
};

/** One colour per run in compare mode: distinct in hue and lightness, readable on the dark background. */
export const SERIES_COLOURS = ['#4cc9f0', '#ffb703', '#f72585', '#80ed99'] as const;

/** Fixed roles in the charts. */
export const CHART_COLOURS = {
  text: '#e8eef4',
  muted: '#8da2b5',
  grid: 'rgba(232, 238, 244, 0.12)',
  bar: '#4cc9f0',
  /** a value written inside a bar */
  barText: '#0b1724',
  qcBound: '#ffd43b',
  plugsBusy: '#ffd43b',
  queueing: '#ff5d5d',
} as const;
