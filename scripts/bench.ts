/**
 * `npm run bench [-- --entries N] [--processor satteri|unified]`: builds a deterministic synthetic corpus of N
 * glossary entries (default 1,000) in a temporary content root with the full production build four times (right
 * after an install, with the build tools' compile cache empty; cold; with no changes; after one entry was edited),
 * and prints wall time, peak memory, pages per second, the size of the output, the page weight the budget test
 * measures (first view of the heaviest entry page, scripts at start, stylesheets per page), what the first search
 * costs and the precache, and records that output in docs/performance.md (`--no-record` does not). It never touches
 * `content/`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { PhaseTiming } from '../src/build/timings.ts';
import { withBenchOutput } from './lib/bench-report.ts';
import { formatKb, measureSite, SCRIPT_BUDGET, scriptBudget } from './lib/page-budgets.ts';
import { probeSearch } from './lib/search-probe.ts';
import { syntheticId, writeSyntheticCorpus } from './lib/synthetic-corpus.ts';

const PERFORMANCE_DOC = 'docs/performance.md';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    entries: { type: 'string', default: '1000' },
    processor: { type: 'string', default: 'satteri' },
    keep: { type: 'boolean', default: false },
    // Writes the figures into docs/performance.md; --no-record leaves it alone (trial runs, A/B pairs).
    record: { type: 'boolean', default: true },
  },
});
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) throw new Error('--entries takes a whole number of at least 1');

const work = await mkdtemp(path.join(tmpdir(), 'bfg-bench-'));
const contentRoot = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
const timingsFile = path.join(work, 'timings.json');
await writeSyntheticCorpus(contentRoot, entries);

interface Run {
  seconds: number;
  peakMegabytes: number;
  phases: PhaseTiming[];
}

// Node's compile cache of the build tools, empty at first: the first build fills it, as the first build after an
// install does; the builds after it reuse it, as every later build does.
const compileCache = path.join(work, 'compile-cache');

function timedBuild(): Run {
  const env = {
    ...process.env,
    BUILD_COMPILE_CACHE: compileCache,
    CONTENT_ROOT: contentRoot,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    MARKDOWN_PROCESSOR: values.processor,
    BUILD_LOG_LEVEL: 'silent',
    BUILD_TIMINGS: timingsFile,
  };
  // GNU time reports the peak resident memory of the build and every process it starts.
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'scripts/build.ts'], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('the benchmark build failed');
  }
  const [seconds = '0', kilobytes = '0'] = result.stderr.trim().split('\n').at(-1)?.split(' ') ?? [];
  const phases = JSON.parse(readFileSync(timingsFile, 'utf8')) as PhaseTiming[];
  return { seconds: Number(seconds), peakMegabytes: Math.round(Number(kilobytes) / 1024), phases };
}

async function folderBytes(folder: string): Promise<{ bytes: number; files: number; pages: number }> {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files, pages };
}

const afterInstall = timedBuild();
await rm(cacheDir, { recursive: true, force: true });
await rm(outDir, { recursive: true, force: true });
const cold = timedBuild();
const unchanged = timedBuild();
const editedFile = path.join(contentRoot, 'glossary', `${syntheticId(1)}.md`);
await writeFile(editedFile, `${await readFile(editedFile, 'utf8')}\nOne more sentence, edited for the benchmark.\n`);
const edited = timedBuild();
const output = await folderBytes(outDir);
const weights = measureSite(outDir);
const entry = weights.find((weight) => weight.type === 'entry')?.largest;
// Pages for reading have the 1 KB budget; the compare, search and offline pages, whose controls need a little more, their own.
const largestScripts = (reading: boolean) =>
  Math.max(0, ...weights.filter((weight) => (scriptBudget(weight.type) === SCRIPT_BUDGET) === reading).map((weight) => weight.maxScriptBrotli));
const stylesheetCounts = weights.flatMap((weight) => weight.stylesheetCounts);
const SEARCH_RUNS = 9;
const search = await probeSearch(outDir, `glossary/${syntheticId(1)}/`, "cache", SEARCH_RUNS);
const precacheFiles = [...readFileSync(path.join(outDir, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => readFileSync(path.join(outDir, match[1] ?? '')));
const precache = {
  files: precacheFiles.length,
  bytes: precacheFiles.reduce((sum, bytes) => sum + bytes.length, 0),
  // Pagefind's files are gzip already; gzip adds nothing to them, so the sum stays honest.
  compressed: precacheFiles.reduce((sum, bytes) => sum + Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length), 0),
};

const printed: string[] = [];
const say = (line: string) => {
  console.log(line);
  printed.push(line);
};

say(`Benchmark: ${entries} synthetic glossary entries, Markdown processor: ${values.processor}`);
say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
say(`  cold build        ${cold.seconds.toFixed(1)} s   (${Math.round(output.pages / cold.seconds)} pages/s; no cached entries, no output)`);
say(`  first build       ${afterInstall.seconds.toFixed(1)} s   (cold, right after an install: the build tools are compiled too; peak ${afterInstall.peakMegabytes} MB)`);
const kept = !unchanged.phases.some((entry) => entry.phase === 'astro build');
say(`  unchanged rebuild ${unchanged.seconds.toFixed(1)} s   (${(unchanged.seconds / cold.seconds).toFixed(2)} × cold; ${kept ? 'no input changed, so dist/ was kept' : 'built in full: a project file changed during the benchmark'})`);
say(`  one entry edited  ${edited.seconds.toFixed(1)} s   (${(edited.seconds / cold.seconds).toFixed(2)} × cold; a full build reusing Astro's cached entries)`);
say(`  peak memory       ${cold.peakMegabytes} MB (one entry edited: ${edited.peakMegabytes} MB)`);
/** Seconds per phase; Astro's build contains the content check, the search index and the service worker. */
function phases(run: Run): [string, number][] {
  const seconds = (name: string) => (run.phases.find((entry) => entry.phase === name)?.milliseconds ?? 0) / 1000;
  const nested = ['content check', 'search index', 'service worker'];
  const pages = seconds('astro build') - nested.reduce((sum, name) => sum + seconds(name), 0);
  return [
    ['input digest', seconds('input digest') + seconds('up-to-date check')],
    ['content check', seconds('content check')],
    ['pages (Astro)', pages],
    ['search index', seconds('search index')],
    ['service worker', seconds('service worker')],
    ['link check', seconds('link check')],
    ['swap, record', seconds('swap into place') + seconds('record inputs')],
  ];
}
const unchangedPhases = new Map(phases(unchanged));
const editedPhases = new Map(phases(edited));
say('  phases, cold / unchanged / one entry edited (s):');
for (const [name, seconds] of phases(cold)) {
  say(`    ${name.padEnd(16)} ${seconds.toFixed(1).padStart(5)} / ${(unchangedPhases.get(name) ?? 0).toFixed(1)} / ${(editedPhases.get(name) ?? 0).toFixed(1)}`);
}
say(`  output            ${output.pages} pages, ${output.files} files, ${(output.bytes / 2 ** 20).toFixed(1)} MB`);
say(
  `  page weight       entry first view ${entry === undefined ? 'n/a' : `${formatKb(entry.brotli)} brotli (${entry.page})`}, ` +
    `scripts at start ≤ ${formatKb(largestScripts(true))} (compare, search and offline pages ≤ ${formatKb(largestScripts(false))}), ` +
    (stylesheetCounts.length === 0 ? '1 stylesheet on every page' : `${stylesheetCounts.length} pages without exactly 1 stylesheet`),
);

say(`  search            a page view fetches ${search.pageViewSearchRequests} search files; the first query fetches ` +
    `${search.firstQuery.requests} files, ${formatKb(search.firstQuery.transferBytes)} compressed (${formatKb(search.firstQuery.servedBytes)} as served), ` +
    `first result in ${Math.round(search.firstQuery.firstResultMilliseconds)} ms, full-text results in ${Math.round(search.firstQuery.fullTextMilliseconds)} ms cold ` +
    `(median of ${SEARCH_RUNS} runs; middle half ${search.fullTextMiddleHalfMilliseconds.map(Math.round).join('–')} ms)`);
say(`  service worker    ${precache.files} files precached at install, ${formatKb(precache.bytes)} as served, ${formatKb(precache.compressed)} compressed`);

if (values.record) {
  const key = `entries-${entries}${values.processor === 'satteri' ? '' : `-${values.processor}`}`;
  await writeFile(PERFORMANCE_DOC, withBenchOutput(await readFile(PERFORMANCE_DOC, 'utf8'), key, printed, new Date().toISOString().slice(0, 10)));
  console.log(`Recorded in ${PERFORMANCE_DOC}`);
}
if (values.keep) console.log(`Kept: ${work}`);
else await rm(work, { recursive: true, force: true });
