#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx projectory …` needs no build step.
import { spawnSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

// An import holds one batch at a time, yet with Node's default heap sizing V8 lets garbage pile
// up to ~400 MB on a 1 GB file before collecting it. So `import` runs in a child process with a
// capped old space (unless the caller chose a cap): peak RSS stays under 256 MB for a little
// more CPU (docs/PERFORMANCE.md, "Import").
const IMPORT_HEAP_MB = 128;
const capped = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
  a.startsWith('--max-old-space-size'),
);
if (process.argv[2] === 'import' && !capped) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${IMPORT_HEAP_MB}`, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}
register();
await import('../src/main.ts');
