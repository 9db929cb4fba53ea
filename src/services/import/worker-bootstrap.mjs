// A worker thread does not inherit tsx from its parent (under `tsx`, `node --import tsx`, the
// bin script's register() or vitest alike), so every TypeScript worker starts here: register
// tsx in this thread, then load the module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
