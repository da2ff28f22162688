import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { budgetProblems, formatWeightTable, measureSite, FIRST_VIEW_BUDGETS, pageType, SCRIPT_BUDGET } from '../../scripts/lib/page-budgets.ts';
import { brotliSize, cssImports, measureFirstView, startResources, staticImports } from '../../scripts/lib/page-weight.ts';
import { tempSites } from '../support/temp-site.ts';

const sites = tempSites('bfg-weight-');
afterEach(sites.removeAll);
const site = sites.create;

/** Random text: brotli cannot shrink base64 below three quarters of its length, so sizes are predictable. */
const noise = (length: number) => randomBytes(length).toString('base64').slice(0, length);

describe('what loads at start', () => {
  test('stylesheets, external and preloaded scripts count; data scripts, other links, commented-out tags, tags in script text, <noscript> and <template> do not', () => {
    const html = `<html><head>
      <link rel="icon" href="/favicon.svg"><link rel="canonical" href="/x/">
      <link rel="stylesheet" href="/_astro/site.css"><link href='/print.css' rel="alternate stylesheet">
      <link rel="stylesheet" href="/off.css" disabled>
      <link rel="modulepreload" href="/_astro/chunk.js">
      <script type="module" src="/_astro/page.js"></script><script src=/legacy.js defer></script>
      <script type="application/ld+json">{"@context":"https://schema.org"}</script>
      <script type="application/json" src="/data.json"></script>
      <!-- <script src="/commented.js"></script> -->
      <script type="module">import "/_astro/inline-dep.js"; import("/_astro/lazy.js");</script>
      <script>document.write('<script src="/written.js"><\/script>')</script>
    </head><body>
      <noscript><link rel="stylesheet" href="/no-js.css"></noscript>
      <template><script type="module" src="/_astro/cloned.js"></script></template>
    </body></html>`;
    expect(startResources(html)).toEqual({
      stylesheets: ['/_astro/site.css', '/print.css'],
      scripts: ['/_astro/chunk.js', '/_astro/page.js', '/legacy.js'],
      inlineModules: ['import "/_astro/inline-dep.js"; import("/_astro/lazy.js");'],
    });
  });

  test('static imports load with a module, dynamic imports do not', () => {
    const minified = 'import{a as b}from"./shared.js";import"./side-effect.js";export*from"./re.js";const c=()=>import("./lazy.js");export{b};';
    expect(staticImports(minified)).toEqual(['./shared.js', './side-effect.js', './re.js']);
    expect(staticImports('import x from \'./x.js\'\nimport { y } from "./y.js"')).toEqual(['./x.js', './y.js']);
    expect(staticImports('const important = "import me"; import.meta.url;')).toEqual([]);
  });

  test('a stylesheet pulls in its @imports', () => {
    expect(cssImports('@import url("./a.css"); @import \'b.css\' screen; body{}')).toEqual(['./a.css', 'b.css']);
  });
});

describe('measureFirstView', () => {
  test('sums the brotli sizes of the HTML, its stylesheets and the scripts it loads at start, following static imports once', async () => {
    const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head><body>Hello</body></html>';
    const css = `body{color:red}${noise(3000)}`;
    const page = 'import"./shared.js";import"./other.js";const load=()=>import("./lazy.js");';
    const other = 'import"./shared.js";';
    const shared = noise(1500);
    const out = await site({
      'glossary/a/index.html': html,
      '_astro/site.css': css,
      '_astro/page.js': page,
      '_astro/other.js': other,
      '_astro/shared.js': shared,
      '_astro/lazy.js': noise(20000),
    });
    const view = measureFirstView(out, 'glossary/a/index.html');
    expect(view.html).toMatchObject({ url: '/glossary/a/', bytes: html.length, brotli: brotliSize(html) });
    expect(view.stylesheets.map((sheet) => [sheet.file, sheet.brotli])).toEqual([['_astro/site.css', brotliSize(css)]]);
    expect(view.scripts.map((script) => script.file)).toEqual(['_astro/page.js', '_astro/shared.js', '_astro/other.js']);
    // Named by the page, the script travels with it; what it imports is asked for only once it has arrived.
    expect(view.importedScripts.map((script) => script.file)).toEqual(['_astro/shared.js', '_astro/other.js']);
    const scripts = brotliSize(page) + brotliSize(shared) + brotliSize(other);
    expect(view.scriptBrotli).toBe(scripts);
    expect(view.brotli).toBe(brotliSize(html) + brotliSize(css) + scripts);
    expect(brotliSize(shared)).toBeGreaterThan(1000);
  });

  test('resolves relative URLs against the page and absolute ones under the base path', async () => {
    const out = await site({
      'guides/g/index.html': '<link rel="stylesheet" href="/docs/_astro/site.css"><script src="../../app.js"></script>',
      '_astro/site.css': 'a{}',
      'app.js': 'console.log(1)',
    });
    const view = measureFirstView(out, 'guides/g/index.html', { base: '/docs/' });
    expect(view.stylesheets.map((sheet) => sheet.file)).toEqual(['_astro/site.css']);
    expect(view.scripts.map((script) => script.file)).toEqual(['app.js']);
    expect(view.importedScripts).toEqual([]);
  });

  test('a resource from another site cannot be measured, so it is an error rather than a silent zero', async () => {
    const out = await site({ 'index.html': '<script src="https://cdn.example/x.js"></script>' });
    expect(() => measureFirstView(out, 'index.html')).toThrow(/cdn\.example\/x\.js is not a file of this site/);
  });

  test('a page with no stylesheet and no script weighs its HTML alone', async () => {
    const out = await site({ 'index.html': '<p>Hi</p>' });
    const view = measureFirstView(out, 'index.html');
    expect(view).toMatchObject({ stylesheets: [], scripts: [], scriptBrotli: 0, brotli: brotliSize('<p>Hi</p>') });
  });
});

describe('page types and budgets', () => {
  test.each([
    ['index.html', 'home'],
    ['glossary/index.html', 'index'],
    ['guides/index.html', 'index'],
    ['glossary/rest/index.html', 'entry'],
    ['technologies/django/index.html', 'entry'],
    ['comparisons/databases/index.html', 'comparison'],
    ['guides/faq/index.html', 'guide'],
    ['compare/index.html', 'compare'],
    ['glossary/category/security/index.html', 'index'],
    ['technologies/kind/framework/index.html', 'index'],
    ['frontend-and-backend/index.html', 'hub'],
    ['search/index.html', 'other'],
    ['404.html', 'other'],
    ['glossary/rest/extra/index.html', 'other'],
  ] as const)('%s is a page of type %s', (file, type) => {
    expect(pageType(file)).toBe(type);
  });

  test('the heaviest page of each type is kept and a page over its budget, over the script budget, without one stylesheet or with a chained script is reported', async () => {
    const css = '<link rel="stylesheet" href="/site.css">';
    const out = await site({
      'site.css': 'body{}',
      'index.html': `${css}<p>home</p>`,
      'glossary/small/index.html': `${css}<p>small</p>`,
      'glossary/large/index.html': `${css}<p>${noise(FIRST_VIEW_BUDGETS.entry * 1.5)}</p>`,
      'technologies/two-sheets/index.html': `${css}<link rel="stylesheet" href="/site.css?v=2"><link rel="stylesheet" href="/more.css"><link rel="stylesheet" href="/more.css?v=2">`,
      'more.css': 'p{}',
      'guides/scripted/index.html': `${css}<script type="module" src="/big.js"></script>`,
      'big.js': noise(SCRIPT_BUDGET * 1.5),
      'comparisons/chained/index.html': `${css}<script type="module" src="/start.js"></script>`,
      'start.js': 'import{t as e}from"./helper.js";e(()=>import("./lazy.js"));',
      'helper.js': 'var e=e=>e();export{e as t};',
    });
    const weights = measureSite(out);
    expect(weights.map((weight) => [weight.type, weight.pages, weight.largest.page])).toEqual([
      ['home', 1, 'index.html'],
      ['entry', 3, 'glossary/large/index.html'],
      ['comparison', 1, 'comparisons/chained/index.html'],
      ['guide', 1, 'guides/scripted/index.html'],
    ]);
    const problems = budgetProblems(weights);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(new RegExp(`^entry: glossary/large/index\\.html weighs \\d+\\.\\d KB at first view, over its budget of ${(FIRST_VIEW_BUDGETS.entry / 1024).toFixed(1)} KB$`));
    expect(problems[1]).toBe('entry: technologies/two-sheets/index.html links 4 stylesheets; a page links 1 to 3');
    expect(problems[2]).toBe(
      'comparison: comparisons/chained/index.html starts a script that imports helper.js, requested only once that script has arrived; bundle it into the script',
    );
    expect(problems[3]).toMatch(/^guide: a page loads 1\.\d KB of scripts at start, over the 1\.0 KB budget$/);
    const table = formatWeightTable(weights);
    expect(table).toContain('glossary/large/index.html');
    expect(table.split('\n')).toHaveLength(2 + weights.length);
  });

  test('a site within every budget has no problems', async () => {
    const out = await site({ 'site.css': 'body{}', 'index.html': '<link rel="stylesheet" href="/site.css"><h1>Home</h1>' });
    expect(budgetProblems(measureSite(out))).toEqual([]);
  });
});
