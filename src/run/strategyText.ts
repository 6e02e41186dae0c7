import { findStrategy, strategyNames } from '../dispatch/registry';

/**
 * What a strategy named in text is, before anything is loaded: a registered strategy, a path to a
 * module file, a file: URL, or refused. No file system here: scenarios are checked the same in the
 * browser. Refused: `data:` and `http(s):` URLs and `node:` or package names, which would run code
 * that is not a file the user has on this machine.
 */
export type StrategyTextKind = { kind: 'name' } | { kind: 'path' } | { kind: 'fileUrl' } | { kind: 'refused'; why: string; got: string };

export function classifyStrategyText(text: string): StrategyTextKind {
  const s = text.trim();
  if (findStrategy(s) !== undefined) return { kind: 'name' };
  const windowsDrive = /^[a-z]:[\\/]/i.test(s);
  const scheme = windowsDrive ? null : (/^[a-z][a-z0-9+.-]*:/i.exec(s)?.[0].toLowerCase() ?? null);
  if (scheme === 'file:') return { kind: 'fileUrl' };
  if (scheme !== null)
    return {
      kind: 'refused',
      why: `"${short(s)}" is a ${scheme} URL: a strategy module must be a file on this machine, named by its path (data:, http(s):, node: and other URLs are refused: they would run code from elsewhere)`,
      got: `a ${scheme} URL ("${short(s)}"): only a file on this machine may hold a strategy's code`,
    };
  if (looksLikeModulePath(s)) return { kind: 'path' };
  return { kind: 'refused', why: `unknown strategy "${short(s)}" (have: ${strategyNames().join(', ')}, or a path to a module file such as ./my-strategy.js)`, got: `string "${short(s)}"` };
}

/** What a file's strategy field may hold, for its validation message. */
export const STRATEGY_EXPECTED = (relativeTo: string) => `a strategy name (${strategyNames().join(', ')}) or the path of a strategy module file, relative to the ${relativeTo}`;

/** A path to a strategy module rather than a name: it has a slash, or a script's file ending. */
export const looksLikeModulePath = (s: string): boolean => /[/\\]/.test(s) || /\.(c?js|m?js|m?ts)$/i.test(s);

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
