import type { RandomStream } from '../../src/sim';

type Json = unknown;

/** Values a hostile or careless edit puts in a file: edges of every range, wrong types. */
const ODD_VALUES: Json[] = [0, -1, -0.5, 1e-9, 0.5, 2.5, 1e6, 1e7, 1e12, 1e308, -1e308, '', 'x', '7', true, false, null, [], {}, [1, 2], { value: 3 }, { dist: 'constant', value: -5 }, { dist: 'lognormal', mean: 1, sd: 1e9 }, { dist: 'exponential', mean: 1e-9 }];

/** Every place in a JSON document: the path to it, as keys and indices. */
function places(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  return out;
}

function parentOf(root: Json, path: (string | number)[]): Record<string | number, Json> | Json[] {
  return path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], root) as Record<string | number, Json>;
}

/**
 * One seeded mutation of a JSON text: a value somewhere replaced by an odd one, scaled, removed,
 * duplicated or given an unknown sibling; or the text cut short. Returns the new text and what was
 * done, so a failing case names its mutation.
 */
export function mutate(text: string, r: RandomStream): { text: string; what: string } {
  const root = JSON.parse(text) as Json;
  const all = places(root).filter((p) => p.length > 0);
  // half the cases nudge a number within its type, so many mutants stay valid and are run
  const numbers = all.filter((p) => typeof (parentOf(root, p) as Record<string | number, Json>)[p[p.length - 1]] === 'number');
  const nudge = numbers.length > 0 && r.chance(0.5);
  const path = nudge ? numbers[r.int(numbers.length)] : all[r.int(all.length)];
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  const where = path.join('.');
  const current = (parent as Record<string | number, Json>)[key];
  if (nudge) {
    const factor = [0, 0.1, 0.5, 2, 3, 10, 100][r.int(7)];
    (parent as Record<string | number, Json>)[key] = (current as number) * factor;
    return { text: JSON.stringify(root), what: `${where} ×= ${factor}` };
  }
  const op = r.int(7);
  if (op === 0) {
    const v = ODD_VALUES[r.int(ODD_VALUES.length)];
    (parent as Record<string | number, Json>)[key] = structuredClone(v);
    return { text: JSON.stringify(root), what: `${where} = ${JSON.stringify(v)}` };
  }
  if (op === 1 && typeof current === 'number') {
    const factor = [0, -1, 1e-6, 1e3, 1e9][r.int(5)];
    (parent as Record<string | number, Json>)[key] = current * factor;
    return { text: JSON.stringify(root), what: `${where} ×= ${factor}` };
  }
  if (op === 2) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key];
    return { text: JSON.stringify(root), what: `delete ${where}` };
  }
  if (op === 3 && Array.isArray(parent)) {
    parent.splice(key as number, 0, structuredClone(parent[key as number]));
    return { text: JSON.stringify(root), what: `duplicate ${where}` };
  }
  if (op === 4 && !Array.isArray(parent)) {
    (parent as Record<string, Json>).unexpected = 1;
    return { text: JSON.stringify(root), what: `unknown key beside ${where}` };
  }
  if (op === 5) {
    const cut = r.int(text.length);
    return { text: text.slice(0, cut), what: `text cut at ${cut}` };
  }
  const v = ODD_VALUES[r.int(ODD_VALUES.length)];
  (parent as Record<string | number, Json>)[key] = structuredClone(v);
  return { text: JSON.stringify(root), what: `${where} = ${JSON.stringify(v)}` };
}
