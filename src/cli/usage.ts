import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A run that could not be done (a strategy module that fails, a worker's run that fails): one line, exit code 1. */
export class CommandError extends Error {}

/** node:util parseArgs, with its errors turned into UsageErrors (a line, not a stack trace). */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
