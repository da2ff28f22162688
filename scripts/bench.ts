/**
 * `npm run bench [-- --entries N] [--processor satteri|unified]`: builds a deterministic synthetic corpus of N
 * glossary entries (default 1,000) in a temporary content root with the full production build four times (right
 * after an install, with the build tools' compile cache empty; cold; with no changes; after one entry was edited),
 * and prints wall time, peak memory, pages per second, the size of the output, the page weight the budget test
 * measures (first view of the heaviest entry page, scripts at start, stylesheets per page), what the first search
 * costs and the precache, and records that output in docs/performance.md (`--no-record` does not). It never touches
 * `content/`.
 *
 * `--starlight` measures this site and Starlight side by side on the same corpus in one run instead (Starlight is
 * installed once into node_modules/.cache/bench-starlight/): the cold build's time and the peak memory of its whole
 * process tree, and the first search through each site's own search UI, served by the same static server; `--only
 * build,memory,search` picks parts. `--without <internal>` (repeatable) builds this site without one of its private
 * internals (src/build/private-internals.ts), for paired measurements; such runs are not recorded.
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
import { internalsLeftOut } from '../src/build/private-internals.ts';
import { comparisonTable, type Comparison } from './lib/bench-report.ts';
import { measureCommand, type MeasuredRun } from './lib/process-tree.ts';
import { OUR_SEARCH_UI, probeSearch, STARLIGHT_SEARCH_UI, type SearchProbeSummary } from './lib/search-probe.ts';
import { installStarlight, STARLIGHT_PACKAGES, writeStarlightProject } from './lib/starlight-site.ts';
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
    starlight: { type: 'boolean', default: false },
    only: { type: 'string' },
    without: { type: 'string', multiple: true, default: [] },
  },
});
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) throw new Error('--entries takes a whole number of at least 1');
// Fails on an unknown name before anything is built.
const buildWithout = [...internalsLeftOut(values.without.join(','))].join(',');
const PARTS = ['build', 'memory', 'search'] as const;
const parts = new Set((values.only ?? PARTS.join(',')).split(',').map((part) => part.trim()));
for (const part of parts) {
  if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes a comma-separated list of ${PARTS.join(', ')}`);
}
if (values.only !== undefined && !values.starlight) throw new Error('--only picks parts of the side-by-side: add --starlight');
// A run without one of the internals is one half of a pair, never the figures of record.
const record = values.record && buildWithout === '';
const SEARCH_QUERY = 'cache';
const SEARCH_PAGE = `glossary/${syntheticId(1)}/`;
const SEARCH_RUNS = 9;

const work = await mkdtemp(path.join(tmpdir(), 'bfg-bench-'));
const contentRoot = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
const timingsFile = path.join(work, 'timings.json');
await writeSyntheticCorpus(contentRoot, entries);

const printed: string[] = [];
const say = (line: string) => {
  console.log(line);
  printed.push(line);
};
const machine = () => `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const without = buildWithout === '' ? '' : `, without ${buildWithout}`;
const buildEnvironment = {
  ...process.env,
  CONTENT_ROOT: contentRoot,
  OUT_DIR: outDir,
  ASTRO_CACHE_DIR: cacheDir,
  MARKDOWN_PROCESSOR: values.processor,
  BUILD_LOG_LEVEL: 'silent',
  BUILD_TIMINGS: timingsFile,
  BUILD_WITHOUT: buildWithout,
};

if (values.starlight) {
  await sideBySide();
  await finish(`starlight-entries-${entries}`);
  process.exit();
}

interface Run {
  seconds: number;
  peakMegabytes: number;
  phases: PhaseTiming[];
}

// Node's compile cache of the build tools, empty at first: the first build fills it, as the first build after an
// install does; the builds after it reuse it, as every later build does.
const compileCache = path.join(work, 'compile-cache');

function timedBuild(): Run {
  const env = { ...buildEnvironment, BUILD_COMPILE_CACHE: compileCache };
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
const search = await probeSearch(outDir, SEARCH_PAGE, SEARCH_QUERY, SEARCH_RUNS);
const precacheFiles = [...readFileSync(path.join(outDir, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => readFileSync(path.join(outDir, match[1] ?? '')));
const precache = {
  files: precacheFiles.length,
  bytes: precacheFiles.reduce((sum, bytes) => sum + bytes.length, 0),
  // Pagefind's files are gzip already; gzip adds nothing to them, so the sum stays honest.
  compressed: precacheFiles.reduce((sum, bytes) => sum + Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length), 0),
};

say(`Benchmark: ${entries} synthetic glossary entries, Markdown processor: ${values.processor}${without}`);
say(machine());
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

say(`  search            a page view fetches ${search.pageView.requests} search files; the first query fetches ` +
    `${search.firstQuery.requests} files, ${formatKb(search.firstQuery.transferBytes)} gzipped as sent (${formatKb(search.firstQuery.servedBytes)} uncompressed), ` +
    `first result in ${Math.round(search.firstQuery.firstResultMilliseconds)} ms, full-text results in ${Math.round(search.firstQuery.fullTextMilliseconds)} ms cold ` +
    `(median of ${SEARCH_RUNS} runs; middle half ${search.fullTextMiddleHalfMilliseconds.map(Math.round).join('–')} ms)`);
say(`  service worker    ${precache.files} files precached at install, ${formatKb(precache.bytes)} as served, ${formatKb(precache.compressed)} compressed`);

await finish(`entries-${entries}${values.processor === 'satteri' ? '' : `-${values.processor}`}`);

/** Records what was printed under `key` in docs/performance.md (unless told not to) and removes the work folder. */
async function finish(key: string): Promise<void> {
  if (record) {
    await writeFile(PERFORMANCE_DOC, withBenchOutput(await readFile(PERFORMANCE_DOC, 'utf8'), key, printed, new Date().toISOString().slice(0, 10)));
    console.log(`Recorded in ${PERFORMANCE_DOC}`);
  }
  if (values.keep) console.log(`Kept: ${work}`);
  else await rm(work, { recursive: true, force: true });
}

/**
 * This site and Starlight on the same corpus, one cold build each (after Starlight's install, which is not timed),
 * then the first search through each site's own UI, both served by the same static server.
 */
async function sideBySide(): Promise<void> {
  const starlightDir = path.join(work, 'starlight');
  const installed = await installStarlight(process.cwd());
  const pages = await writeStarlightProject(starlightDir, installed, contentRoot);
  const ours = await measuredBuild('this site', process.execPath, ['scripts/build.ts'], { env: buildEnvironment });
  const starlight = await measuredBuild('Starlight', process.execPath, [path.join(installed, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: starlightDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });

  const comparisons: Comparison[] = [];
  if (parts.has('build')) comparisons.push({ label: 'cold build', ours: ours.seconds, starlight: starlight.seconds, unit: 's', target: 0.75 });
  if (parts.has('memory')) {
    comparisons.push({ label: 'peak memory, process tree', ours: ours.peakTreeMegabytes, starlight: starlight.peakTreeMegabytes, unit: 'MB', target: 0.6 });
    comparisons.push({ label: 'peak memory, largest process', ours: ours.peakProcessMegabytes, starlight: starlight.peakProcessMegabytes, unit: 'MB' });
  }
  let searches: [SearchProbeSummary, SearchProbeSummary] | undefined;
  if (parts.has('search')) {
    searches = [
      await probeSearch(outDir, SEARCH_PAGE, SEARCH_QUERY, SEARCH_RUNS, OUR_SEARCH_UI),
      await probeSearch(path.join(starlightDir, 'dist'), SEARCH_PAGE, SEARCH_QUERY, SEARCH_RUNS, STARLIGHT_SEARCH_UI),
    ];
    const [mine, theirs] = searches;
    const kb = (bytes: number) => bytes / 1024;
    comparisons.push(
      { label: 'first search, bytes as sent', ours: kb(mine.firstQuery.transferBytes), starlight: kb(theirs.firstQuery.transferBytes), unit: 'KB', target: 1 },
      { label: 'first search, requests', ours: mine.firstQuery.requests, starlight: theirs.firstQuery.requests, unit: '' },
      { label: 'first result shown', ours: mine.firstQuery.firstResultMilliseconds, starlight: theirs.firstQuery.firstResultMilliseconds, unit: 'ms', target: 1 },
      { label: 'results complete', ours: mine.firstQuery.fullTextMilliseconds, starlight: theirs.firstQuery.fullTextMilliseconds, unit: 'ms' },
      { label: 'search bytes on a page view', ours: kb(mine.pageView.transferBytes), starlight: kb(theirs.pageView.transferBytes), unit: 'KB' },
    );
  }

  const versions = Object.entries(STARLIGHT_PACKAGES).map(([name, version]) => `${name} ${version}`).join(', ');
  say(`Side by side: ${entries} synthetic glossary entries (${pages} pages in Starlight's docs), this site against ${versions}${without}`);
  say(machine());
  for (const line of comparisonTable(comparisons)) say(`  ${line}`);
  if (parts.has('build') || parts.has('memory')) say('  Builds: one cold build each (no cached entries, no output), Starlight\'s install not counted.');
  if (parts.has('memory')) {
    say('  Memory: the peak sum of resident memory over the build and every process it starts, polled every 100 ms;');
    say('  the largest process alone is GNU time\'s figure.');
  }
  if (searches !== undefined) {
    const range = ([low, high]: [number, number]) => `${Math.round(low)}–${Math.round(high)}`;
    say(`  Search: "${SEARCH_QUERY}" typed on ${SEARCH_PAGE} into each site's own search dialog (this site: "/", Starlight: Ctrl+K),`);
    say('  both served by one static server that gzips text; bytes are response bodies as sent, from the key press to the');
    say(`  complete results; median of ${SEARCH_RUNS} cold runs each. First result shown, middle half: this site ` +
      `${range(searches[0].firstResultMiddleHalfMilliseconds)} ms, Starlight ${range(searches[1].firstResultMiddleHalfMilliseconds)} ms.`);
  }
}

async function measuredBuild(name: string, command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  console.log(`Building ${name}…`);
  const run = await measureCommand(command, args, options);
  if (run.status !== 0) {
    process.stderr.write(run.output);
    throw new Error(`the ${name} build failed`);
  }
  return run;
}
