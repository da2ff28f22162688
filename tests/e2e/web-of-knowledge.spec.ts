/**
 * The links between entries and the ways into them: the frontend-and-backend page, counterparts, category and kind
 * pages, previous/next, tables of contents, JSON exports, JSON-LD, the sitemap and the RSS feed. The entries the
 * tests visit are picked from the JSON exports, and what they expect is derived from them, so the tests hold for any
 * valid content.
 */
import {
  COLLECTIONS,
  GLOSSARY_CATEGORY_LABELS,
  SIDES,
  SIDE_LABELS,
  TECHNOLOGY_KINDS,
  TECHNOLOGY_KIND_LABELS,
} from '../../src/schemas/registry.ts';
import { expect, test, type Page } from '@playwright/test';
import { resolveContentRoot } from '../../src/content-check/content-root.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { CROSSINGS } from '../../src/diagrams/crossings.ts';
import { escapeRegExp, fetchExport, inTitleOrder, pageOf, sitePath, titleOf } from '../support/exports.ts';

const jsonLd = async (page: Page) => {
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  return JSON.parse((await blocks.textContent()) ?? '') as Record<string, unknown> & { hasDefinedTerm?: unknown[] };
};

test.describe('the frontend and the backend', () => {
  test('the hub draws what crosses between the sides and links a glossary entry for each crossing', async ({ page, request }) => {
    const glossary = new Map((await fetchExport(request, 'glossary')).entries.map((entry) => [entry.id, entry]));
    await page.goto('frontend-and-backend/');
    await expect(page.getByRole('heading', { level: 1, name: 'Frontend and backend' })).toBeVisible();
    const figure = page.getByRole('figure');
    await expect(figure.getByRole('img', { name: 'What crosses between the frontend and the backend' })).toBeVisible();
    await expect(figure.getByRole('img')).toHaveAccessibleDescription(/HTTP, APIs, Authentication, Rendering, Caching/);
    const crossings = page.getByRole('region', { name: 'What crosses between them' });
    // Each crossing links, in the order the page's code gives, those of its glossary entries the guide has.
    const linked = CROSSINGS.map((crossing) => ({ crossing, entries: crossing.glossary.flatMap((id) => glossary.get(id) ?? []) }));
    for (const { crossing, entries } of linked) {
      await expect(crossings.getByRole('region', { name: crossing.label, exact: true }).getByRole('link')).toHaveText(entries.map((entry) => entry.title));
    }
    const followed = linked.findLast(({ entries }) => entries.length > 0);
    test.skip(followed === undefined, 'the guide has none of the glossary entries the crossings name');
    if (followed === undefined) return;
    const target = followed.entries.at(-1) ?? followed.entries[0];
    if (target === undefined) return;
    await crossings.getByRole('region', { name: followed.crossing.label, exact: true }).getByRole('link', { name: target.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(target.url))}$`));
    await expect(page.getByRole('heading', { level: 1, name: target.title, exact: true })).toBeVisible();
  });

  test('the hub links every glossary entry and technology under its side', async ({ page, request }) => {
    await page.goto('frontend-and-backend/');
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll('section.side')].map((section) => ({
        side: section.querySelector('h3')?.id.replace(/^side-/, '') ?? '',
        hrefs: [...section.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
      })),
    );
    const entries = [...(await fetchExport(request, 'glossary')).entries, ...(await fetchExport(request, 'technologies')).entries].map((entry) => ({
      href: sitePath(entry.url),
      side: entry.side,
    }));
    // Every side that has an entry, in the order of the sides.
    expect(listed.map((group) => group.side)).toEqual(SIDES.filter((side) => entries.some((entry) => entry.side === side)));
    const misplaced = entries.filter((entry) => !listed.find((group) => group.side === entry.side)?.hrefs.includes(entry.href));
    expect(misplaced).toEqual([]);
    expect(listed.flatMap((group) => group.hrefs)).toHaveLength(entries.length);
  });

  test("an entry's side badge leads to its side on the hub, and the home page links the hub", async ({ page, request }) => {
    const [technology] = (await fetchExport(request, 'technologies')).entries;
    test.skip(technology === undefined, 'the guide has no technology');
    if (technology === undefined) return;
    const side = SIDE_LABELS[technology.side];
    await page.goto(pageOf(technology));
    await page.getByRole('link', { name: `Side: ${side}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/frontend-and-backend/#side-${technology.side}$`));
    await expect(page.getByRole('heading', { level: 3, name: side, exact: true })).toBeInViewport();
    await page.goto('./');
    await page.getByRole('link', { name: 'The two sides, side by side' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Frontend and backend' })).toBeVisible();
  });

  for (const collection of ['glossary', 'technologies'] as const) {
    test(`counterparts show on both pages of a pair declared once (${collection})`, async ({ page, request }) => {
      const { entries } = await fetchExport(request, collection);
      const byId = new Map<string, (typeof entries)[number]>(entries.map((entry) => [entry.id, entry]));
      // The content check lets a pair be declared in one of its two entries only; the export lists it from both ends.
      const entry = entries.find((candidate) => candidate.counterparts.length > 0);
      test.skip(entry === undefined, `no ${collection} entry has a counterpart`);
      if (entry === undefined) return;
      const counterparts = inTitleOrder(entry.counterparts.flatMap((id) => byId.get(id) ?? []));
      const otherSide = page.getByRole('region', { name: 'On the other side' });
      await page.goto(pageOf(entry));
      await expect(otherSide.getByRole('link')).toHaveText(counterparts.map(titleOf));
      const [other] = counterparts;
      if (other === undefined) return;
      await otherSide.getByRole('link', { name: titleOf(other), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: titleOf(other), exact: true })).toBeVisible();
      await expect(otherSide.getByRole('link', { name: titleOf(entry), exact: true })).toBeVisible();
    });
  }

  test('an entry without counterparts has no "On the other side" section', async ({ page, request }) => {
    const entries = [...(await fetchExport(request, 'glossary')).entries, ...(await fetchExport(request, 'technologies')).entries];
    const alone = entries.find((entry) => entry.counterparts.length === 0);
    test.skip(alone === undefined, 'every entry has a counterpart');
    if (alone === undefined) return;
    await page.goto(pageOf(alone));
    await expect(page.getByRole('heading', { level: 1, name: titleOf(alone), exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'On the other side' })).toHaveCount(0);
  });
});

test.describe('navigation', () => {
  test('a glossary category page lists its terms, reached from the badge and the glossary index', async ({ page, request }) => {
    const { entries } = await fetchExport(request, 'glossary');
    const [term] = entries;
    const last = entries.at(-1);
    test.skip(term === undefined || last === undefined, 'the guide has no glossary entry');
    if (term === undefined || last === undefined) return;
    const category = GLOSSARY_CATEGORY_LABELS[term.category];
    await page.goto(pageOf(term));
    await page.getByRole('link', { name: `Category: ${category}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/glossary/category/${term.category}/$`));
    await expect(page.getByRole('heading', { level: 1, name: category, exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${category} — Glossary — Backend Field Guide`);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Glossary' })).toBeVisible();
    await expect(breadcrumb.getByText(category, { exact: true })).toHaveAttribute('aria-current', 'page');
    // Every term of the category, from A to Z, and no other.
    const members = inTitleOrder(entries.filter((entry) => entry.category === term.category));
    await expect(page.getByRole('main').locator('.entry-list').getByRole('link')).toHaveText(members.map((entry) => entry.title));
    await expect(page.getByRole('navigation', { name: 'Glossary categories' }).getByRole('link', { name: category, exact: true })).toHaveAttribute('aria-current', 'page');
    // The index links every category; this one is the last entry's.
    const other = GLOSSARY_CATEGORY_LABELS[last.category];
    await page.goto('glossary/');
    await page.getByRole('navigation', { name: 'Glossary categories' }).getByRole('link', { name: other, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: other, exact: true })).toBeVisible();
  });

  test('a glossary entry sits in its category in the breadcrumbs', async ({ page, request }) => {
    const term = (await fetchExport(request, 'glossary')).entries.at(-1);
    test.skip(term === undefined, 'the guide has no glossary entry');
    if (term === undefined) return;
    await page.goto(pageOf(term));
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link')).toHaveText(['Glossary', GLOSSARY_CATEGORY_LABELS[term.category]]);
  });

  test('a technology kind page lists its cards, reached from the technology index and the badge', async ({ page, request }) => {
    const { entries } = await fetchExport(request, 'technologies');
    const [technology] = entries;
    const last = entries.at(-1);
    test.skip(technology === undefined || last === undefined, 'the guide has no technology');
    if (technology === undefined || last === undefined) return;
    const kind = TECHNOLOGY_KIND_LABELS[technology.kind];
    await page.goto('technologies/');
    await page.getByRole('heading', { level: 2, name: kind, exact: true }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/technologies/kind/${technology.kind}/$`));
    await expect(page.getByRole('heading', { level: 1, name: kind, exact: true })).toBeVisible();
    // Every card of the kind, by name, and no other.
    const members = inTitleOrder(entries.filter((entry) => entry.kind === technology.kind));
    await expect(page.getByRole('main').locator('.entry-list').getByRole('link')).toHaveText(members.map((entry) => entry.name));
    // The badge of another card leads to its kind.
    const otherKind = TECHNOLOGY_KIND_LABELS[last.kind];
    await page.goto(pageOf(last));
    await page.getByRole('link', { name: `Kind: ${otherKind}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: otherKind, exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Technologies']);
  });

  test('previous and next walk the glossary A–Z in both directions', async ({ page, request }) => {
    // The second entry from A: its neighbours are the first and the third.
    const [first, second, third] = inTitleOrder((await fetchExport(request, 'glossary')).entries);
    test.skip(first === undefined || second === undefined || third === undefined, 'the glossary has fewer than three entries');
    if (first === undefined || second === undefined || third === undefined) return;
    await page.goto(pageOf(second));
    const sequence = page.getByRole('navigation', { name: 'Previous and next in Glossary' });
    await expect(sequence.getByRole('link', { name: /^Previous / })).toHaveAccessibleName(`Previous ${first.title}`);
    const next = sequence.getByRole('link', { name: /^Next / });
    await expect(next).toHaveAttribute('rel', 'next');
    await expect(next).toHaveAccessibleName(`Next ${third.title}`);
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(third.title);
    const previous = page.getByRole('navigation', { name: 'Previous and next in Glossary' }).getByRole('link', { name: /^Previous / });
    await expect(previous).toHaveAttribute('rel', 'prev');
    await expect(previous).toHaveAccessibleName(`Previous ${second.title}`);
  });

  test('previous and next stay within a technology kind', async ({ page, request }) => {
    const { entries } = await fetchExport(request, 'technologies');
    const kinds = TECHNOLOGY_KINDS.map((kind) => ({ kind, members: inTitleOrder(entries.filter((entry) => entry.kind === kind)) }));
    const group = kinds.find(({ members }) => members.length >= 3);
    test.skip(group === undefined, 'no kind has three technologies');
    if (group === undefined) return;
    const { kind, members } = group;
    const [first, second, third] = members;
    const last = members.at(-1);
    if (first === undefined || second === undefined || third === undefined || last === undefined) return;
    const label = TECHNOLOGY_KIND_LABELS[kind];
    await page.goto(pageOf(second));
    const sequence = page.getByRole('navigation', { name: `Previous and next in ${label}` });
    await expect(sequence.getByRole('link')).toHaveCount(2);
    await expect(sequence.getByRole('link', { name: /^Previous / })).toHaveAccessibleName(`Previous ${first.name}`);
    await sequence.getByRole('link', { name: /^Next / }).click();
    await expect(page.getByRole('heading', { level: 1, name: third.name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `Kind: ${label}`, exact: true })).toBeVisible();
    // The last card of its kind has no next one, though cards of other kinds follow it by name.
    await page.goto(pageOf(last));
    await expect(page.getByRole('navigation', { name: `Previous and next in ${label}` }).getByRole('link', { name: /^Next / })).toHaveCount(0);
  });

  test('the first guide has no previous link and links the next guide in reading order', async ({ page }) => {
    await page.goto('guides/');
    const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
    await first.click();
    const sequence = page.getByRole('navigation', { name: 'Previous and next in Guides' });
    await expect(sequence.getByRole('link', { name: /^Previous / })).toHaveCount(0);
    await expect(sequence.getByRole('link', { name: /^Next / })).toHaveAttribute('rel', 'next');
  });

  test('a long guide has a table of contents that jumps to its sections; a short page has none', async ({ page, request }) => {
    // The sections of every guide, comparison and glossary entry, read from their pages' bodies: a body with three
    // or more level-2 and level-3 headings gets a table of contents, a shorter one does not.
    const exported = await Promise.all((['guides', 'comparisons', 'glossary'] as const).map((collection) => fetchExport(request, collection)));
    const paths = exported.flatMap((collection) => collection.entries.map(pageOf));
    await page.goto('./');
    const bodies = await page.evaluate(
      async (pagePaths) =>
        Promise.all(
          pagePaths.map(async (path) => {
            const html = await (await fetch(`/${path}`)).text();
            const body = new DOMParser().parseFromString(html, 'text/html');
            const headings = [...body.querySelectorAll('.prose h2, .prose h3')].map((heading) => ({ level: Number(heading.tagName.slice(1)), text: heading.textContent?.trim() ?? '' }));
            return { path, headings };
          }),
        ),
      paths,
    );
    const long = bodies.find(({ headings }) => headings.length >= 3);
    const short = bodies.find(({ headings }) => headings.length < 3);
    test.skip(long === undefined || short === undefined, 'no page has three sections, or none has fewer');
    if (long === undefined || short === undefined) return;

    await page.goto(long.path);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.getByRole('link')).toHaveText(long.headings.map((heading) => heading.text));
    // The furthest section whose name no other section shares, so the jump has one place to land.
    const target = long.headings.findLast((heading) => long.headings.filter((other) => other.text === heading.text).length === 1);
    if (target === undefined) throw new Error(`every section of ${long.path} shares its name with another`);
    await contents.getByRole('link', { name: target.text, exact: true }).click();
    await expect(page.getByRole('heading', { level: target.level, name: target.text, exact: true }).first()).toBeInViewport();
    await page.goto(short.path);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  });

  test("a technology card's contents include its features, pros, cons and use cases", async ({ page, request }) => {
    const [technology] = (await fetchExport(request, 'technologies')).entries;
    test.skip(technology === undefined, 'the guide has no technology');
    if (technology === undefined) return;
    await page.goto(pageOf(technology));
    const contents = page.getByRole('navigation', { name: 'On this page' });
    for (const section of ['Features', 'Pros', 'Cons', 'Use cases']) await expect(contents.getByRole('link', { name: section, exact: true })).toBeVisible();
  });
});

test.describe('exports and machine-readable data', () => {
  test('each collection export lists every entry, sorted by id, with a URL that resolves to its page', async ({ page, request }) => {
    for (const [collection, indexPath] of [
      ['glossary', 'glossary/'],
      ['technologies', 'technologies/'],
      ['comparisons', 'comparisons/'],
      ['guides', 'guides/'],
    ] as const) {
      const exported = await fetchExport(request, collection);
      await page.goto(indexPath);
      const listed = await page.locator(`main .entry-list a[href*="/${collection}/"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(exported.count).toBe(exported.entries.length);
      expect(exported.entries.map((entry) => sitePath(entry.url)).sort()).toEqual([...new Set(listed)].sort());
      const ids = exported.entries.map((entry) => entry.id);
      expect(ids).toEqual([...ids].sort());
      await expect(page.getByRole('link', { name: `${collection}.json` })).toHaveAttribute('href', `/api/${collection}.json`);
    }
    const glossary = await fetchExport(request, 'glossary');
    for (const entry of glossary.entries) {
      const response = await request.get(sitePath(entry.url).slice(1));
      expect(response.status(), entry.url).toBe(200);
      expect(await response.text(), entry.url).toContain(`<link rel="canonical" href="${entry.url}">`);
    }
  });

  test('exports carry the data of the front matter and counterparts from both ends', async ({ request }) => {
    // What the content files say, as the content check validates it, is what every export must carry.
    const { files } = await checkContent(resolveContentRoot(), { spelling: false });
    for (const collection of COLLECTIONS) {
      const exported = await fetchExport(request, collection);
      const declared = files.filter((file) => file.collection === collection);
      expect(exported.entries.map((entry) => entry.id)).toEqual(declared.map((file) => file.id).sort());
      // A counterpart pair is declared in one of its two entries and exported from both.
      const symmetric = collection === 'glossary' || collection === 'technologies';
      const pairs = new Map<string, string[]>();
      for (const file of declared) {
        for (const other of (file.data as { counterparts?: string[] }).counterparts ?? []) {
          pairs.set(file.id, [...(pairs.get(file.id) ?? []), other]);
          pairs.set(other, [...(pairs.get(other) ?? []), file.id]);
        }
      }
      for (const file of declared) {
        const entry = exported.entries.find((candidate) => candidate.id === file.id);
        const { counterparts, ...data } = JSON.parse(JSON.stringify(file.data)) as { counterparts?: string[] } & Record<string, unknown>;
        expect(entry, file.file).toEqual({
          id: file.id,
          url: expect.stringMatching(new RegExp(`/${collection}/${file.id}/$`)),
          ...data,
          ...(symmetric ? { counterparts: expect.arrayContaining(pairs.get(file.id) ?? []) } : counterparts === undefined ? {} : { counterparts }),
        });
        if (symmetric) expect((entry as { counterparts: string[] }).counterparts, file.file).toHaveLength((pairs.get(file.id) ?? []).length);
      }
    }
  });

  test('a glossary page describes its term as a DefinedTerm of the glossary DefinedTermSet', async ({ page, request }) => {
    const glossary = await fetchExport(request, 'glossary');
    const [entry] = glossary.entries;
    test.skip(entry === undefined, 'the guide has no glossary entry');
    if (entry === undefined) return;
    await page.goto(pageOf(entry));
    const term = await jsonLd(page);
    expect(term).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      name: entry.title,
      description: entry.summary,
      inDefinedTermSet: { '@type': 'DefinedTermSet' },
    });
    if (entry.aliases.length > 0) expect(term['alternateName']).toEqual(entry.aliases);
    else expect(term).not.toHaveProperty('alternateName');
    expect(sitePath(String(term['url']))).toBe(sitePath(entry.url));
    await page.goto('glossary/');
    const set = await jsonLd(page);
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set['@id']).toBe((term['inDefinedTermSet'] as { '@id': string })['@id']);
    expect(set.hasDefinedTerm).toHaveLength(glossary.count);
    expect(set.hasDefinedTerm).toHaveLength(await page.locator('main .entry-list a').count());
  });

  test('a technology page describes the software with its official site', async ({ page, request }) => {
    const { entries } = await fetchExport(request, 'technologies');
    // schema.org wants a license as a URL: a single SPDX id links to its SPDX page, anything else stays as written.
    const spdxId = (license: string) => /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(license) && license !== 'Proprietary';
    const software = entries.filter((entry) => entry.kind !== 'language');
    const application = software.find((entry) => entry.license !== undefined && spdxId(entry.license)) ?? software[0];
    const language = entries.find((entry) => entry.kind === 'language');
    test.skip(application === undefined || language === undefined, 'the guide has no language card, or only language cards');
    if (application === undefined || language === undefined) return;

    await page.goto(pageOf(application));
    const described = await jsonLd(page);
    expect(described).toMatchObject({ '@type': 'SoftwareApplication', name: application.name, sameAs: application.website, applicationCategory: 'DeveloperApplication' });
    const { license, firstReleased } = application;
    if (license === undefined) expect(described).not.toHaveProperty('license');
    else expect(described['license']).toBe(spdxId(license) ? `https://spdx.org/licenses/${license}.html` : license);
    if (firstReleased === undefined) expect(described).not.toHaveProperty('datePublished');
    else expect(described['datePublished']).toBe(String(firstReleased));

    await page.goto(pageOf(language));
    expect(await jsonLd(page)).toMatchObject({ '@type': 'ComputerLanguage', name: language.name, sameAs: language.website });
  });

  test('the sitemap lists every page but the 404 page', async ({ page, request }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
    const index = await (await request.get('sitemap-index.xml')).text();
    expect(index).toMatch(/^<\?xml/);
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => sitePath(match[1] ?? ''));
    expect(sitemaps).toEqual(['/sitemap-0.xml']);
    const sitemap = await (await request.get('sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => sitePath(match[1] ?? ''));
    // The site's own pages, and the index page of every glossary category and technology kind that has an entry.
    const [glossary, technologies] = [await fetchExport(request, 'glossary'), await fetchExport(request, 'technologies')];
    const groupPages = [
      ...new Set(glossary.entries.map((entry) => `/glossary/category/${entry.category}/`)),
      ...new Set(technologies.entries.map((entry) => `/technologies/kind/${entry.kind}/`)),
    ];
    for (const path of ['/', '/frontend-and-backend/', '/compare/', '/paths/', ...groupPages]) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.includes('404'))).toEqual([]);
    const exported = await Promise.all(COLLECTIONS.map((collection) => fetchExport(request, collection)));
    const missing = exported.flatMap((collection) => collection.entries.map((entry) => sitePath(entry.url))).filter((path) => !paths.includes(path));
    expect(missing).toEqual([]);
  });

  test('the RSS feed lists every entry and every page announces it', async ({ page, request }) => {
    const [entry] = (await fetchExport(request, 'glossary')).entries;
    await page.goto(entry === undefined ? './' : pageOf(entry));
    const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(alternate).toHaveAttribute('href', '/rss.xml');
    const response = await request.get('rss.xml');
    expect(response.status()).toBe(200);
    const feed = await response.text();
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    expect(feed).toContain('<title>Backend Field Guide</title>');
    const total = (await Promise.all(COLLECTIONS.map((collection) => fetchExport(request, collection)))).reduce((sum, collection) => sum + collection.count, 0);
    expect(feed.match(/<item>/g)).toHaveLength(total);
    expect(feed).toMatch(/<item><title>[^<]+<\/title><link>https?:\/\/[^<]+\/<\/link>/);
  });
});
