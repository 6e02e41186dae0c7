import type { Strategy, StrategyFactory } from '../dispatch/strategy';
import { describeValue } from '../validation/issue';
import type { StrategySpec } from './resolveStrategy';

const EXPECTED = 'a strategy {name: string, decide(snapshot)}';
/** Where a module may put its strategy, first found wins. */
const EXPORTS = ['default', 'strategy', 'createStrategy'];

/**
 * A user's strategy from a module URL (file: in Node, http(s): or blob: in a browser): its default
 * export, else its export `strategy` or `createStrategy`, is a strategy or a function returning one.
 * Returns a factory that checks what it makes, so a broken module fails with its URL in the message.
 */
export async function loadStrategyModule(url: string): Promise<StrategyFactory> {
  let module: Record<string, unknown>;
  try {
    module = commonJsExports(await import(/* @vite-ignore */ url));
  } catch (e) {
    throw new Error(`strategy module ${url} could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const key = EXPORTS.find((k) => module[k] !== undefined);
  if (key === undefined) {
    throw new Error(`strategy module ${url}: default export must be ${EXPECTED} or a function returning one; got no such export (it exports ${Object.keys(module).join(', ') || 'nothing'})`);
  }
  const exported = module[key];
  const what = key === 'default' ? 'default export' : `export "${key}"`;
  if (typeof exported === 'function') {
    return (context) => checked(exported(context), `strategy module ${url}: its ${what} must return ${EXPECTED}`);
  }
  const strategy = checked(exported, `strategy module ${url}: ${what} must be ${EXPECTED} or a function returning one`);
  return () => strategy;
}

/** A strategy spec from a string the worker or a batch was given: a module URL, else a registered name. */
export async function strategySpecFrom(nameOrUrl: string): Promise<StrategySpec> {
  return isModuleUrl(nameOrUrl) ? loadStrategyModule(nameOrUrl) : nameOrUrl;
}

/** Strategy names are plain words; anything with a scheme (`file:`, `https:`, `blob:`) is a module. */
export const isModuleUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(s);

/** A path to a strategy module rather than a name: it has a slash, or a script's file ending. */
export const looksLikeModulePath = (s: string): boolean => /[/\\]/.test(s) || /\.(m?js|m?ts)$/i.test(s);

/**
 * A CommonJS module compiled from ES exports (`exports.default = …`) arrives as `{default: {default: …}}`:
 * look one level down when the default export is no strategy but holds one of the exports.
 */
function commonJsExports(module: Record<string, unknown>): Record<string, unknown> {
  const inner = module.default as Record<string, unknown> | null | undefined;
  const wrapped = typeof inner === 'object' && inner !== null && typeof inner.decide !== 'function' && EXPORTS.some((k) => inner[k] !== undefined);
  return wrapped ? inner : module;
}

function checked(value: unknown, requirement: string): Strategy {
  const s = value as Partial<Strategy> | null;
  if (typeof s !== 'object' || s === null || typeof s.name !== 'string' || typeof s.decide !== 'function') throw new TypeError(`${requirement}; got ${describe(value)}`);
  return s as Strategy;
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return `an object with ${Object.keys(value).join(', ') || 'no keys'}`;
  return describeValue(value);
}
