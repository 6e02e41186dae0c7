import { t as translate, type Lang, type Translate } from '../i18n';

/** Helpers for the chart tests (jsdom): a fresh container, numeric attributes, a NaN scan. */
export function mount(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

export const tIn =
  (lang: Lang): Translate =>
  (key) =>
    translate(key, lang);

export function num(el: Element | null, attr: string): number {
  if (el === null) throw new Error(`no element to read ${attr} from`);
  const v = el.getAttribute(attr);
  if (v === null) throw new Error(`<${el.tagName} class="${el.getAttribute('class')}"> has no ${attr}`);
  return Number(v);
}

/** Every attribute and text in the tree that says NaN or Infinity (browsers drop such attributes silently). */
export function badNumbers(root: Element): string[] {
  const found: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of el.attributes) if (/NaN|Infinity/.test(a.value)) found.push(`${el.tagName}[${a.name}="${a.value}"]`);
    if (el.children.length === 0 && /NaN|Infinity/.test(el.textContent ?? '')) found.push(`${el.tagName}: ${el.textContent}`);
  }
  return found;
}

/** The (x, y) pairs of an SVG path's d attribute, in order. */
export function pathPoints(d: string): [number, number][] {
  const nums = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) points.push([nums[i], nums[i + 1]]);
  return points;
}
