import { axisBottom, axisLeft, hsl, scaleLinear } from 'd3';
import type { Translate } from '../i18n';
import { createChartFrame } from './chartFrame';

export const SOC_BINS = 10;

export interface ChargeHistogram {
  /** state of charge per vehicle, 0…1 (RenderSnapshot.vehicles.soc) */
  update(soc: ArrayLike<number>): void;
  relabel(t: Translate): void;
  dispose(): void;
}

/**
 * Vehicles per 10% band of charge: [0, 10%), …, [90%, 100%]; full charge counts in the top band.
 * A charge stored as Float32 (0.7 → 0.6999999881) is nudged up so it lands in the band its value names.
 */
export function socBins(soc: ArrayLike<number>, bins = SOC_BINS): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < soc.length; i++) {
    const v = soc[i];
    if (!Number.isFinite(v)) continue;
    counts[Math.min(bins - 1, Math.max(0, Math.floor(v * bins + 1e-6)))]++;
  }
  return counts;
}

/** The 3D view's "by charge" ramp (src/view/palettes.ts writeSocColour): red, amber, green; the histogram doubles as its legend. */
export const socColour = (soc: number): string => hsl(Math.min(1, Math.max(0, soc)) * 120, 0.85, 0.5).formatHex();

/** Histogram of the fleet's state of charge, bands coloured as the view colours ARTs by charge. */
export function createChargeHistogram(container: HTMLElement, options: { t: Translate }): ChargeHistogram {
  let t = options.t;
  const frame = createChartFrame(container, 'charge-histogram', { top: 30 });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain([0, 100]).range([0, width]);
  const y = scaleLinear().range([height, 0]);
  frame.drawAxis('x', axisBottom(x).ticks(SOC_BINS), 'soc');
  const bandW = width / SOC_BINS;
  // the bins never change, so their nodes are made once here and updates only move heights
  const bars = plot
    .selectAll('g.bin')
    .data(Array.from({ length: SOC_BINS }, (_, b) => b))
    .join('g')
    .attr('class', 'bin')
    .attr('transform', (b) => `translate(${b * bandW},0)`);
  const rects = bars
    .append('rect')
    .attr('x', 1)
    .attr('width', bandW - 2)
    .attr('fill', (b) => socColour((b + 0.5) / SOC_BINS));
  const counts = bars.append('text').attr('class', 'count').attr('x', bandW / 2).attr('text-anchor', 'middle').attr('fill', 'currentColor');

  function labels(): void {
    frame.title.text(t('chart.chargeHistogram'));
    frame.xTitle.text(t('axis.charge'));
    frame.yTitle.text(t('axis.vehicles'));
  }

  labels();
  return {
    update(soc) {
      const bins = socBins(soc);
      const top = Math.max(1, ...bins);
      // whole vehicles on the axis: a top of 5, 10, 15… keeps ticks integral and still while counts move
      const axisTop = top <= 5 ? top : Math.ceil(top / 5) * 5;
      y.domain([0, axisTop]);
      frame.drawAxis('y', axisLeft(y).ticks(Math.min(axisTop, 5), 'd').tickSize(-width), `${axisTop}`);
      rects.attr('y', (b) => y(bins[b])).attr('height', (b) => height - y(bins[b]));
      counts.attr('y', (b) => y(bins[b]) - 3).text((b) => (bins[b] > 0 ? String(bins[b]) : ''));
    },
    relabel(next) {
      t = next;
      labels();
    },
    dispose: frame.dispose,
  };
}
