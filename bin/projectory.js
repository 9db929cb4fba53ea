#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx projectory …` needs no build step.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { register } from 'tsx/esm/api';

// An import never holds its whole file as objects (an IATI file one batch at a time, a CSV file
// a chunk of rows), yet with Node's default heap sizing V8 lets garbage pile up to ~400 MB on
// a 1 GB file before collecting it.
// So every import runs in a child process with a capped old space (unless the caller chose a
// cap): peak RSS stays under 256 MB for IATI files (docs/PERFORMANCE.md, "Import"); 20,000
// projects fit as a 9 MB XLSX workbook (~285 MB RSS) or a 35 MB CSV file (~280 MB RSS).
const IMPORT_HEAP_MB = 128;
const args = process.argv.slice(2);
const capped = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
  a.replace(/_/g, '-').startsWith('--max-old-space-size'),
);
const cappedImport = args[0] === 'import';

if (cappedImport && !capped) {
  // A debugger flag would make the child fight the parent for the port.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--inspect'));
  const child = spawn(
    process.execPath,
    [...execArgv, `--max-old-space-size=${IMPORT_HEAP_MB}`, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  // The child does the work: a signal to this process is passed on, so `timeout` or a
  // supervisor stopping the import stops it (and its transaction rolls back).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`projectory: could not start the import: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
  });
} else {
  register();
  await import('../src/main.ts');
}
