#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader: no build step, so `npx zhigang` always runs the
// current source, and esbuild's transform keeps start-up around a tenth of a second.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
