import { VEHICLE_STATES } from '../run/renderSnapshot';
import { BOX_CALL_COLOURS, BOX_FLOW_COLOURS, BOX_NO_CALL_COLOUR, VEHICLE_STATE_COLOURS, type BoxColouring, type VehicleColouring } from '../view/palettes';
import { el } from './dom';
import type { LabelKey, Translate } from './i18n';

/** What the 3D view's colours mean now: the ARTs' and the boxes' colouring chosen in the controls. */
export interface ViewColouring {
  vehicles: VehicleColouring;
  boxes: BoxColouring;
}

const swatch = (colour: string) => el('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' });
const key = (colour: string, text: string) => el('span', { class: 'key' }, swatch(colour), ` ${text}`);

/**
 * The legend of the 3D view, drawn into `root` (its colour keys first, then the traffic keys already
 * in the page): the ARTs by state (the view's colours, the dashboard's) or a charge ramp, the boxes
 * by import / export / transshipment or one colour per vessel call; redrawn when a colouring or the
 * language changes, so it always says what the picture shows.
 */
export function drawViewLegend(root: HTMLElement, colouring: ViewColouring, t: Translate): void {
  const vehicles =
    colouring.vehicles === 'state'
      ? VEHICLE_STATES.map((s) => key(VEHICLE_STATE_COLOURS[s], t(`state.${s}` as LabelKey)))
      : [el('span', { class: 'key' }, `${t('legend.lowCharge')} `, el('span', { class: 'ramp charge', 'aria-hidden': 'true' }), ` ${t('legend.fullCharge')}`)];
  const boxes =
    colouring.boxes === 'flow'
      ? (['legend.import', 'legend.export', 'legend.transshipment'] as const).map((k, i) => key(BOX_FLOW_COLOURS[i], t(k)))
      : [el('span', { class: 'key' }, ...BOX_CALL_COLOURS.slice(0, 5).map(swatch), ` ${t('legend.perCall')}`), key(BOX_NO_CALL_COLOUR, t('legend.noCall'))];
  const group = (title: LabelKey, kind: string, keys: HTMLElement[]) => el('div', { class: 'legend-group', 'data-legend': kind }, el('span', { class: 'legend-title' }, t(title)), ...keys);
  root.replaceChildren(group('legend.vehicles', colouring.vehicles, vehicles), group('legend.boxes', colouring.boxes, boxes));
}
