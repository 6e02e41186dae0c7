/**
 * SVG and HTML as strings, with no DOM: the report is built the same in Node and in a browser,
 * and needs no script to show.
 */
export type Attrs = Record<string, string | number | undefined>;

const SVG_LEAVES = new Set(['path', 'line', 'rect', 'circle', 'polyline', 'polygon']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `<tag a="1">children</tag>`; attributes left undefined are left out; children are markup already. */
export function tag(name: string, attrs: Attrs = {}, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? round(v) : v!)}"`)
    .join('');
  return children.length === 0 && SVG_LEAVES.has(name) ? `<${name}${a}/>` : `<${name}${a}>${children.join('')}</${name}>`;
}

/** Text content, escaped. */
export const text = (s: string): string => escapeXml(s);

/** Coordinates to a hundredth of a pixel: enough to draw, and stable text. */
export function round(v: number): string {
  return String(Math.round(v * 100) / 100);
}
