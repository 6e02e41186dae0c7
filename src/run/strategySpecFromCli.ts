import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyStrategyText } from './strategyText';

/** A strategy named by a user or a file, ready for a worker: a registered name, a module's file: URL, or why not. */
export type StrategyFromText = { kind: 'name'; name: string } | { kind: 'module'; url: string } | { kind: 'refused'; why: string };

/**
 * Reads a strategy named in text: a registered name stays a name; a path becomes the absolute
 * file: URL of that file, resolved from `baseDir`, which loads the same from any worker; a file:
 * URL is kept. Whether a module may be loaded at all is the caller's decision: a module named in a
 * scenario or experiment file needs --allow-code. Node only (paths), so apart from strategyText.ts.
 */
export function strategyFromText(text: string, baseDir: string): StrategyFromText {
  const s = text.trim();
  const c = classifyStrategyText(s);
  if (c.kind === 'name') return { kind: 'name', name: s };
  if (c.kind === 'fileUrl') return { kind: 'module', url: s };
  if (c.kind === 'path') return { kind: 'module', url: pathToFileURL(resolve(baseDir, s)).href };
  return c;
}
