import type { G } from './chartFrame';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** a filled square (areas, bars), a short line (series, markers) or a dashed outline (windows) */
  shape?: 'swatch' | 'line' | 'dashed';
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
// text width without layout (jsdom has none, and measuring each frame would be slow): CJK glyphs are ~square
export const labelWidth = (s: string) => [...s].reduce((w, ch) => w + (CJK.test(ch) ? 11 : 6.2), 0);

const ROW_PX = 13;

/**
 * Rows of swatches and labels, wrapped at `maxWidth` (compare mode's strategy names and the seven
 * states do not fit one row); joined by key so a relabel or an update moves the same nodes.
 */
export function drawLegend(g: G, items: readonly LegendItem[], maxWidth = Infinity): void {
  let x = 0;
  let row = 0;
  const offsets = items.map((it) => {
    const w = 14 + labelWidth(it.label) + 12;
    if (x > 0 && x + w - 12 > maxWidth) {
      x = 0;
      row++;
    }
    const at = [x, row * ROW_PX];
    x += w;
    return at;
  });
  g.selectAll<SVGGElement, LegendItem>('g.legend-item')
    .data(items, (d) => d.key)
    .join((enter) => {
      const item = enter.append('g').attr('class', 'legend-item');
      item.append('rect').attr('y', -8).attr('width', 10);
      item.append('text').attr('x', 14).attr('fill', 'currentColor');
      return item;
    })
    .attr('transform', (_, i) => `translate(${offsets[i][0]},${offsets[i][1]})`)
    .call((item) => {
      item
        .select('rect')
        .attr('height', (d) => (d.shape === 'line' ? 3 : 10))
        .attr('y', (d) => (d.shape === 'line' ? -5 : -8))
        .attr('fill', (d) => (d.shape === 'dashed' ? 'none' : d.colour))
        .attr('stroke', (d) => (d.shape === 'dashed' ? d.colour : null))
        .attr('stroke-dasharray', (d) => (d.shape === 'dashed' ? '3 2' : null));
      item.select('text').text((d) => d.label);
    });
}
