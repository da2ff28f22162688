/**
 * Pages of every kind in the built guide. Every subject (which entry, which link, which heading) is chosen from the
 * content and every expectation derived from it, so the tests hold whatever a contributor adds, rewords or removes.
 */
import { HEAD_SCRIPT } from '../../src/reading/head-script.ts';
import { expect, test } from '@playwright/test';
import { DIAGRAMS, type DiagramDefinition } from '../../src/diagrams/diagrams.ts';
import { COLLECTION_LABELS } from '../../src/model/site-model.ts';
import { GUIDE_SECTION_LABELS, SIDE_LABELS, TECHNOLOGY_KIND_LABELS, type GuideSection, type Side, type TechnologyKind } from '../../src/schemas/registry.ts';
import { PRIMARY_NAVIGATION } from '../../src/site/meta.ts';
import { CONTENT_DIR, comparisons, entryTitle, find, first, firstCriterion, glossary, guides, list, paths, subjectsOf, technologies, titleOf } from '../support/site-data.ts';
import { ENTRY_PAGE } from '../support/templates.ts';

test.describe('pages of every kind', () => {
  test('home page introduces the guide and links every section', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle('Backend Field Guide');
    await expect(page.getByRole('heading', { level: 1, name: 'Backend Field Guide' })).toBeVisible();
    const main = page.getByRole('main');
    for (const collection of PRIMARY_NAVIGATION) {
      await expect(main.getByRole('link', { name: COLLECTION_LABELS[collection], exact: true })).toBeVisible();
    }
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /backend development/);
  });

  test('glossary index jumps to a letter', async ({ page }) => {
    const term = first(glossary, (entry) => /^[A-Za-z]/.test(titleOf(entry)));
    const letter = titleOf(term).charAt(0).toUpperCase();
    await page.goto('glossary/');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: letter, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#letter-${letter.toLowerCase()}$`));
    await expect(page.getByRole('heading', { level: 2, name: letter, exact: true })).toBeInViewport();
    await expect(page.getByRole('link', { name: titleOf(term), exact: true }).first()).toBeVisible();
  });

  test('a glossary entry shows its side and cross-links to a related entry', async ({ page }) => {
    const term = first(glossary, (entry) => list(entry, 'related').some((id) => find(glossary, id) !== undefined));
    const related = find(glossary, list(term, 'related')[0] ?? '') ?? term;
    await page.goto(`glossary/${term.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: titleOf(term) })).toBeVisible();
    await expect(page).toHaveTitle(`${titleOf(term)} — Backend Field Guide`);
    await expect(page.getByText(`Side: ${SIDE_LABELS[term.data['side'] as Side]}`)).toBeAttached();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/glossary/${term.id}/$`));
    await page.getByRole('region', { name: 'Related concepts' }).getByRole('link', { name: titleOf(related), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/glossary/${related.id}/$`));
    await expect(page.getByRole('heading', { level: 1, name: titleOf(related) })).toBeVisible();
  });

  test('a technology card shows its facts and links its language and concepts', async ({ page }) => {
    const card = first(
      technologies,
      (entry) => entry.data['firstReleased'] !== undefined && typeof entry.data['website'] === 'string' && find(technologies, String(entry.data['language'])) !== undefined && list(entry, 'concepts').length > 0 && list(entry, 'alternatives').length > 0,
    );
    const language = find(technologies, String(card.data['language'])) ?? card;
    const website = new URL(String(card.data['website']));
    await page.goto(`technologies/${card.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: titleOf(card) })).toBeVisible();
    const facts = page.getByRole('complementary', { name: 'Facts' });
    await expect(facts.getByText(String(card.data['firstReleased']), { exact: true })).toBeVisible();
    await expect(facts.locator(`a[href="${website.href}"]`)).toBeVisible();
    for (const heading of ['Features', 'Pros', 'Cons', 'Use cases', 'Concepts', 'Alternatives']) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await facts.getByRole('link', { name: titleOf(language), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf(language) })).toBeVisible();
  });

  test('the technology index groups cards by kind', async ({ page }) => {
    await page.goto('technologies/');
    for (const kind of new Set(technologies.map((entry) => entry.data['kind'] as TechnologyKind))) {
      await expect(page.getByRole('heading', { level: 2, name: TECHNOLOGY_KIND_LABELS[kind], exact: true })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: titleOf(technologies[0] ?? glossary[0]), exact: true }).first()).toBeVisible();
  });

  test('a comparison is a real table with a caption and header scopes', async ({ page }) => {
    const comparison = first(comparisons, () => true);
    const subjects = subjectsOf(comparison);
    const linked = subjects.find((subject) => subject.linked);
    await page.goto(`comparisons/${comparison.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: titleOf(comparison) })).toBeVisible();
    const table = page.getByRole('table', { name: titleOf(comparison) });
    await expect(table.getByRole('columnheader')).toHaveText(subjects.map((subject) => subject.label));
    await expect(table.getByRole('rowheader', { name: firstCriterion(comparison), exact: true })).toBeVisible();
    await expect(table.locator('th[scope="col"]')).toHaveCount(subjects.length);
    await expect(table.locator('th[scope="row"]')).toHaveCount(await table.locator('tbody tr').count());
    test.skip(linked === undefined, 'the first comparison links none of its subjects');
    await table.getByRole('columnheader', { name: linked?.label ?? '' }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: linked?.label ?? '' })).toBeVisible();
  });

  test('a comparison table fits a 360 px wide phone without horizontal scrolling', async ({ page }) => {
    const comparison = first(comparisons, () => true);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`comparisons/${comparison.id}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('rowheader', { name: firstCriterion(comparison), exact: true })).toBeVisible();
  });

  test('guides are grouped by section and a guide page renders', async ({ page }) => {
    const guide = first(guides, () => true);
    await page.goto('guides/');
    await expect(page.getByRole('heading', { level: 2, name: GUIDE_SECTION_LABELS[guide.data['section'] as GuideSection] })).toBeVisible();
    await page.getByRole('link', { name: titleOf(guide), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf(guide) })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guides' })).toBeVisible();
  });

  test('an entry lists the entries that reference it, grouped by type', async ({ page }) => {
    const card = first(technologies, (entry) => list(entry, 'concepts').some((id) => find(glossary, id) !== undefined));
    const concept = first(glossary, (entry) => list(card, 'concepts').includes(entry.id));
    await page.goto(`glossary/${concept.id}/`);
    const referencedBy = page.getByRole('region', { name: 'Referenced by' });
    await expect(referencedBy.getByRole('heading', { level: 3, name: 'Technologies' })).toBeVisible();
    await referencedBy.getByRole('link', { name: titleOf(card), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf(card) })).toBeVisible();
  });

  test('an architecture guide draws its diagram with a text alternative and linked parts', async ({ page }) => {
    const guide = first(guides, (entry) => /<Diagram\s+name="[a-z0-9-]+"/.test(entry.body));
    const name = /<Diagram\s+name="([a-z0-9-]+)"/.exec(guide.body)?.[1] ?? '';
    const diagram = (DIAGRAMS as Record<string, DiagramDefinition>)[name];
    const node = diagram?.columns.flat().find((box) => box.entry !== undefined && entryTitle(box.entry) !== undefined);
    await page.goto(`guides/${guide.id}/`);
    const figure = page.getByRole('figure').first();
    await expect(figure.getByRole('img', { name: diagram?.title ?? '' })).toBeVisible();
    await expect(figure.getByRole('img')).toHaveAccessibleDescription(diagram?.description.replace(/\s+/g, ' ').trim() ?? '');
    test.skip(node === undefined, 'the diagram links no entry');
    await figure.getByRole('link', { name: node?.label ?? '' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: entryTitle(node?.entry ?? '') ?? '' })).toBeVisible();
  });

  test('every page links to its source for editing, with its last change date or its history', async ({ page }) => {
    const guide = first(guides, () => true);
    const term = first(glossary, () => true);
    for (const [path, source] of [
      [`glossary/${term.id}/`, `${CONTENT_DIR}/glossary/${term.id}.md`],
      [`guides/${guide.id}/`, `${CONTENT_DIR}/guides/${guide.id}.${guide.extension}`],
      ['technologies/', 'src/pages/technologies/index.astro'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', new RegExp(`/edit/main/${source.replace('.', '\\.')}$`));
      const dated = await page.locator('.page-source time[datetime*="T"]').count();
      if (dated === 0) await expect(page.getByRole('link', { name: 'Page history' })).toHaveAttribute('href', new RegExp(`/commits/main/${source.replace('.', '\\.')}$`));
      else await expect(page.locator('.page-source time[datetime*="T"]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    }
  });

  test('an unknown address answers 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(ENTRY_PAGE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test("pages start only the site's own small module scripts (CSP-hashed when inline), nothing third-party", async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const path of ['./', ENTRY_PAGE, `technologies/${technologies[0]?.id}/`, `comparisons/${comparisons[0]?.id}/`, 'frontend-and-backend/', `paths/${paths[0]?.id}/`]) {
      await page.goto(path);
      // JSON-LD and Speculation Rules are data blocks: browsers never execute them. The one classic script is the head
      // script (theme before the first paint), exactly as its source gives it. Everything else is a module script of
      // the site's own.
      const sources = await page.locator('script:not([type="application/ld+json"], [type="speculationrules"])').evaluateAll(
        (elements, headScript) =>
          elements.map((element) =>
            element.getAttribute('type') === null && element.textContent === headScript ? 'head script' : `${element.getAttribute('type')} ${element.getAttribute('src') ?? 'inline'}`,
          ),
        HEAD_SCRIPT,
      );
      expect(sources.filter((source) => source === 'head script'), path).toHaveLength(1);
      for (const source of sources) expect(source, path).toMatch(/^module \/_astro\/[\w.-]+\.js$|^module inline$|^head script$/);
    }
    // Their weight is the page-weight budget's to judge (≤ 1 KB brotli at start); here: site files only.
    for (const script of scripts) expect(script).toMatch(/^\/_astro\//);
  });
});

test.describe('heading links', () => {
  // One Markdown entry and one MDX guide: each pipeline adds the links.
  const pages = [`glossary/${first(glossary, (entry) => /^## /m.test(entry.body)).id}/`, `guides/${first(guides, (entry) => /^## /m.test(entry.body)).id}/`];

  for (const path of pages) {
    test(`every h2 and h3 of ${path} links to itself, shown on keyboard focus, named for screen readers`, async ({ page }) => {
      await page.goto(path);
      const headings = page.locator('.prose :is(h2, h3)');
      const count = await headings.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const heading = headings.nth(index);
        const id = (await heading.getAttribute('id')) ?? '';
        const text = ((await heading.textContent()) ?? '').trim();
        const link = page.getByRole('link', { name: `Link to this section: ${text}`, exact: true });
        await expect(link.first()).toHaveAttribute('href', `#${id}`);
      }
      const link = page.locator('.prose .heading-link').first();
      await expect(link).toHaveCSS('opacity', '0');
      await link.focus();
      await expect(link).toHaveCSS('opacity', '1');
    });
  }
});
