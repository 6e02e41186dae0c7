import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isModuleUrl, looksLikeModulePath } from './strategyModule';

/**
 * A CLI's --strategy argument as a spec the runner and the workers understand: a registered name
 * stays as it is, and so does a URL; a path (it has a slash, or a .js/.mjs/.ts/.mts ending) becomes an
 * absolute file URL, which resolves the same from any worker. Node only, so it is kept apart from
 * strategyModule.ts, which a browser worker loads.
 */
export function strategySpecFromCli(arg: string, cwd: string): string {
  const windowsDrive = /^[a-z]:[\\/]/i.test(arg);
  if (isModuleUrl(arg) && !windowsDrive) return arg;
  return looksLikeModulePath(arg) ? pathToFileURL(resolve(cwd, arg)).href : arg;
}
