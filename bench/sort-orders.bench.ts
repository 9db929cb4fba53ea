// npm run bench:sort-orders [-- --projects N]
//
// What a search pays for its sort order after a write. Fills an in-memory FacetData with N
// synthetic published projects (default 1,000,000), builds every sort order (the baseline: what
// each first search after a write paid before orders were carried over), then changes one,
// ten and a thousand projects and times getting each order again (now patched). Prints both
// and their ratio; both run in the same process on the same data, so machine load moves them
// alike.
import { loadavg } from 'node:os';
import { FacetData } from '../src/search/facet-index.ts';
import type { IndexedProject } from '../src/search/index-loader.ts';
import { slotOrder } from '../src/search/sort-order.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(option('--projects') ?? 1_000_000);

let seed = 11;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const WORDS = ['justice', 'police', 'Courts', 'border', 'reform', 'Правосудие', 'legal', 'aid'];
const day = () =>
  `20${10 + Math.floor(rnd() * 16)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-1${Math.floor(rnd() * 9)}`;
function project(id: number): IndexedProject {
  return {
    id,
    startsOn: rnd() < 0.1 ? null : day(),
    endsOn: rnd() < 0.2 ? null : day(),
    source: 'iati',
    updatedAt: new Date(1.7e12 + Math.floor(rnd() * 1e10)).toISOString(),
    title: `${WORDS[Math.floor(rnd() * WORDS.length)]} ${Math.floor(rnd() * 1e6)} ${WORDS[id % WORDS.length]}`,
    places: [],
    types: [],
    donors: [],
    implementers: [],
    budgets: rnd() < 0.3 ? [] : [{ currency: 'USD', cents: Math.floor(rnd() * 1e9) * 100 }],
  };
}

const KEYS = ['start', 'end', 'updated', 'title', 'budget'] as const;
const time = (f: () => unknown) => {
  const started = performance.now();
  f();
  return performance.now() - started;
};

const data = new FacetData();
for (let id = 1; id <= COUNT; id++) data.add(project(id));
data.startChangeLog();
console.log(
  `${COUNT.toLocaleString('en')} projects in memory; node ${process.version}; load ${loadavg()[0]!.toFixed(1)}\n`,
);
console.log(
  `${'order'.padEnd(8)} ${'full build'.padStart(11)} ${'1 write'.padStart(9)} ${'10 writes'.padStart(10)} ${'1,000 writes'.padStart(13)}  ratio (1 write / build)`,
);
for (const key of KEYS) {
  const built = time(() => slotOrder(data, key, 'USD'));
  const after = [1, 10, 1000].map((writes) => {
    for (let i = 0; i < writes; i++) data.add(project(1 + Math.floor(rnd() * COUNT)));
    return time(() => slotOrder(data, key, 'USD'));
  });
  console.log(
    `${key.padEnd(8)} ${`${built.toFixed(0)} ms`.padStart(11)} ${after.map((ms, i) => `${ms.toFixed(1)} ms`.padStart([9, 10, 13][i]!)).join(' ')}  ${(after[0]! / built).toFixed(3)}`,
  );
}
