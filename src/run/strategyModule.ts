import type { Strategy, StrategyFactory } from '../dispatch/strategy';
import { DispatchError, describeThrown } from '../dispatch/dispatchError';
import { RunFailure } from '../sim';
import { describeValue } from '../validation/issue';

const EXPECTED = 'a strategy {name: string, decide(snapshot)}';
/** Where a module may put its strategy, first found wins. */
const EXPORTS = ['default', 'strategy', 'createStrategy'];

/**
 * A user's strategy from a module URL (file: in Node, blob: in a browser): its default
 * export, else its export `strategy` or `createStrategy`, is a strategy or a function returning one.
 * Returns a factory that checks what it makes, so a broken module fails with its URL in the message.
 */
export async function loadStrategyModule(url: string): Promise<StrategyFactory> {
  const refused = moduleUrlProblem(url);
  if (refused !== null) throw new RunFailure(0, refused);
  let module: Record<string, unknown>;
  try {
    module = commonJsExports(await import(/* @vite-ignore */ url));
  } catch (e) {
    throw new RunFailure(0, `strategy module ${url} could not be loaded: ${describeThrown(e)}`);
  }
  const key = EXPORTS.find((k) => module[k] !== undefined);
  if (key === undefined) {
    throw new RunFailure(0, `strategy module ${url}: default export must be ${EXPECTED} or a function returning one; got no such export (it exports ${Object.keys(module).join(', ') || 'nothing'})`);
  }
  const exported = module[key];
  const what = key === 'default' ? 'default export' : `export "${key}"`;
  if (typeof exported === 'function') {
    const name = moduleName(url);
    return (context) => {
      let made: unknown;
      try {
        made = exported(context);
      } catch (e) {
        throw new DispatchError(name, 0, `its ${what} threw ${describeThrown(e)} while making the strategy`);
      }
      return checked(made, `strategy module ${url}: its ${what} must return ${EXPECTED}`);
    };
  }
  const strategy = checked(exported, `strategy module ${url}: ${what} must be ${EXPECTED} or a function returning one`);
  return () => strategy;
}

/**
 * The URLs a worker loads a strategy module from: a file: URL (Node; the CLI made it from a path the
 * user gave) or a blob: URL (the browser; made from a file the user picked). Nothing else: a link or
 * a scenario must never make the app or a worker run code from elsewhere.
 */
export function moduleUrlProblem(url: string): string | null {
  return /^(file|blob):/i.test(url) ? null : `a strategy module is loaded from a file: or blob: URL only (a file the user chose), not "${url.length > 60 ? `${url.slice(0, 57)}...` : url}"`;
}

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
  let ok = false;
  try {
    const s = value as Partial<Strategy> | null;
    ok = typeof s === 'object' && s !== null && typeof s.name === 'string' && typeof s.decide === 'function';
  } catch {
    // a getter that throws: not a strategy
  }
  if (!ok) throw new RunFailure(0, `${requirement}; got ${describe(value)}`);
  return value as Strategy;
}

/** `file:///home/me/mine.js` → `mine.js`: what a message calls a module's strategy before it has a name. */
function moduleName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1) || url;
}

function describe(value: unknown): string {
  try {
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return `an object with ${Object.keys(value).join(', ') || 'no keys'}`;
    return describeValue(value);
  } catch {
    return 'a value that cannot be shown';
  }
}
