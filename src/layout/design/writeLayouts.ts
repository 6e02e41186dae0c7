// Regenerates the committed layout files: npx tsx src/layout/design/writeLayouts.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { layoutFiles } from './layoutFiles';

for (const { file, text } of layoutFiles()) {
  const path = fileURLToPath(new URL(`../../../${file}`, import.meta.url));
  writeFileSync(path, text());
  console.log(`wrote ${file}`);
}
