/**
 * The compare page and the links to it. The tests pick the technologies they compare from the technologies export
 * and expect what that export says of them, so they hold for any valid content.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { TECHNOLOGY_KINDS, TECHNOLOGY_KIND_LABELS, type TechnologyKind } from '../../src/schemas/registry.ts';
import { BASE_PATH_PREFIX, E2E_BASE_PATH_PORT } from '../support/servers.ts';
import { escapeRegExp, fetchExport, inTitleOrder, listNames, pageOf, type Technology } from '../support/exports.ts';

const table = (page: Page, kind: TechnologyKind) => page.getByRole('table', { name: `${TECHNOLOGY_KIND_LABELS[kind]} side by side` });
/** The names of the columns a reader can see (hidden cells leave the accessibility tree). */
const visibleColumns = (page: Page, kind: TechnologyKind) => table(page, kind).getByRole('columnheader');
const status = (page: Page) => page.getByRole('status');
const kindHeading = (page: Page, kind: TechnologyKind) => page.getByRole('heading', { level: 2, name: TECHNOLOGY_KIND_LABELS[kind], exact: true });

const names = (technologies: readonly Technology[]) => technologies.map((technology) => technology.name);
const ids = (technologies: readonly Technology[]) => technologies.map((technology) => technology.id);
/** The address of a comparison, as the page writes it: ids, in the order given. */
const comparisonUrl = (items: readonly string[]) => new RegExp(`/compare/\\?items=${items.map(escapeRegExp).join(',')}$`);

/** How a compare link matches a name or an alias: `Ruby on Rails` → `ruby-on-rails` (the rule the compare page documents). */
const toSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface CompareKind {
  kind: TechnologyKind;
  /** In the order of the table's columns: by name. */
  members: Technology[];
}

/** Every kind the compare page has a table for (those with two or more technologies), in the site's order of kinds. */
async function compareKinds(request: APIRequestContext): Promise<CompareKind[]> {
  const { entries } = await fetchExport(request, 'technologies');
  return TECHNOLOGY_KINDS.map((kind) => ({ kind, members: inTitleOrder(entries.filter((entry) => entry.kind === kind)) })).filter((group) => group.members.length >= 2);
}

/** A technology with an alternative of its own kind, so its card has "Compare with…" links; with those alternatives. */
async function cardWithComparisons(request: APIRequestContext) {
  const { entries } = await fetchExport(request, 'technologies');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const technology of entries) {
    const alternatives = technology.alternatives.flatMap((id) => byId.get(id) ?? []).filter((other) => other.kind === technology.kind);
    if (alternatives.length > 0) return { technology, alternatives };
  }
  return undefined;
}

test.describe('compare technologies', () => {
  test('a shared link shows only the technologies it names, side by side with their data', async ({ page, request }) => {
    const kinds = await compareKinds(request);
    const group = kinds.find((candidate) => candidate.members.length >= 3);
    test.skip(group === undefined, 'no kind has three technologies to compare');
    if (group === undefined) return;
    const { kind } = group;
    const chosen = group.members.slice(0, 3);
    // The link names them against name order: the columns keep the table's order, the status line the link's.
    const linked = [...chosen].reverse();
    await page.goto(`compare/?items=${ids(linked).join(',')}`);
    await expect(visibleColumns(page, kind)).toHaveText(names(chosen));

    // Each column shows that technology's own facts and lists.
    const row = (label: string) => table(page, kind).getByRole('row', { name: new RegExp(`^${label}`) });
    // The table leaves out a row in which no technology of the kind states anything.
    if (group.members.some((member) => member.firstReleased !== undefined)) {
      await expect(row('First released').getByRole('cell')).toHaveText(chosen.map((member) => String(member.firstReleased ?? 'Not stated')));
    }
    const websites = row('Website').getByRole('cell');
    await expect(websites).toHaveCount(chosen.length);
    for (const [index, member] of chosen.entries()) {
      await expect(websites.nth(index).getByRole('link')).toHaveAttribute('href', member.website);
    }
    const pros = row('Pros').getByRole('cell');
    await expect(pros).toHaveCount(chosen.length);
    for (const [index, member] of chosen.entries()) {
      await expect(pros.nth(index).getByRole('listitem')).toHaveCount(member.pros.length);
      await expect(pros.nth(index)).toContainText(member.pros[0]?.title ?? '');
    }

    // The other kinds' tables, and the links to them, are hidden.
    for (const other of kinds.filter((candidate) => candidate.kind !== kind)) await expect(kindHeading(page, other.kind)).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Kinds' })).toBeHidden();
    await expect(status(page)).toHaveText(`Comparing ${listNames(names(linked))}.`);
    await expect(page.getByRole('combobox', { name: 'Kind of technology' })).toHaveValue(kind);
    for (const member of chosen) await expect(page.getByRole('checkbox', { name: member.name, exact: true })).toBeChecked();
  });

  test('an alias in the link works and the address is rewritten to ids', async ({ page, request }) => {
    const kinds = await compareKinds(request);
    const candidates = kinds.flatMap((group) => group.members);
    const knownIds = new Set(ids(candidates));
    const aliasUses = new Map<string, number>();
    for (const slug of candidates.flatMap((candidate) => candidate.aliases.map(toSlug))) aliasUses.set(slug, (aliasUses.get(slug) ?? 0) + 1);
    // An alias names its technology only when no id and no other alias reads the same as a slug.
    const usable = (slug: string) => slug !== '' && !knownIds.has(slug) && aliasUses.get(slug) === 1;
    const subject = kinds
      .flatMap((group) => group.members.flatMap((technology) => technology.aliases.map((alias) => ({ group, technology, alias: toSlug(alias) }))))
      .find(({ alias }) => usable(alias));
    test.skip(subject === undefined, 'no technology that can be compared has an alias of its own');
    if (subject === undefined) return;
    const { group, technology, alias } = subject;
    const [first, second] = group.members.filter((member) => member !== technology);
    const linked = [first, technology, second].flatMap((member) => member ?? []);
    await page.goto(`compare/?items=${linked.map((member) => (member === technology ? alias : member.id)).join(',')}`);
    await expect(visibleColumns(page, group.kind)).toHaveText(names(inTitleOrder(linked)));
    await expect(page).toHaveURL(comparisonUrl(ids(linked)));
  });

  test('picking in the picker updates the table and the shareable address', async ({ page, request }) => {
    const kinds = await compareKinds(request);
    // Five of one kind: four fill the comparison, the fifth shows the limit.
    const group = kinds.find((candidate) => candidate.members.length >= 5);
    test.skip(group === undefined, 'no kind has five technologies, which showing the limit of four needs');
    if (group === undefined) return;
    const { kind, members } = group;
    const [m0, m1, m2, m3, m4] = members as [Technology, Technology, Technology, Technology, Technology];
    const label = TECHNOLOGY_KIND_LABELS[kind];

    await page.goto('compare/');
    await expect(page).toHaveURL(/\/compare\/$/);
    await page.getByRole('combobox', { name: 'Kind of technology' }).selectOption({ label });
    for (const other of kinds.filter((candidate) => candidate.kind !== kind)) await expect(kindHeading(page, other.kind)).toBeHidden();
    await expect(status(page)).toHaveText(`Showing all ${label.toLowerCase()}. Pick 2 to 4 to compare.`);
    const picker = page.getByRole('group', { name: `Pick 2 to 4 ${label.toLowerCase()}` });
    const box = (technology: Technology) => picker.getByRole('checkbox', { name: technology.name, exact: true });
    // Picked out of order: the address and the columns follow the table's order, not the order of the clicks.
    await box(m1).check();
    await expect(page).toHaveURL(/\/compare\/$/);
    await box(m0).check();
    await expect(page).toHaveURL(comparisonUrl(ids([m0, m1])));
    await expect(visibleColumns(page, kind)).toHaveText(names([m0, m1]));
    await expect(status(page)).toHaveText(`Comparing ${m0.name} and ${m1.name}.`);
    await box(m3).check();
    await box(m2).check();
    await expect(page).toHaveURL(comparisonUrl(ids([m0, m1, m2, m3])));
    await expect(box(m4)).toBeDisabled();
    await expect(status(page)).toContainText('That is the most at once');
    await box(m0).uncheck();
    await expect(box(m4)).toBeEnabled();
    await expect(visibleColumns(page, kind)).toHaveText(names([m1, m2, m3]));

    // The address it wrote opens the same comparison.
    await page.reload();
    await expect(visibleColumns(page, kind)).toHaveText(names([m1, m2, m3]));

    await page.getByRole('combobox', { name: 'Kind of technology' }).selectOption({ label: 'Every kind' });
    await expect(page).toHaveURL(/\/compare\/$/);
    for (const other of kinds) await expect(kindHeading(page, other.kind)).toBeVisible();
    await expect(visibleColumns(page, kind)).toHaveText(names(members));
  });

  test('a link naming unknown ids or mixed kinds says so and shows every table', async ({ page, request }) => {
    const kinds = await compareKinds(request);
    const [one, another] = kinds;
    test.skip(one === undefined || another === undefined, 'fewer than two kinds have technologies to compare');
    if (one === undefined || another === undefined) return;
    const [a, b] = [one.members[0] as Technology, another.members[0] as Technology];
    await page.goto(`compare/?items=${a.id},${b.id}`);
    await expect(status(page)).toHaveText(`${a.name} and ${b.name} are not the same kind of technology; a comparison needs 2 to 4 of one kind.`);
    for (const { kind, members } of [one, another]) {
      await expect(kindHeading(page, kind)).toBeVisible();
      await expect(visibleColumns(page, kind)).toHaveText(names(members));
    }

    // A name no technology has, as an id or an alias.
    const known = new Set(kinds.flatMap((group) => group.members.flatMap((member) => [member.id, ...member.aliases.map(toSlug)])));
    let unknown = 'no-such-thing';
    while (known.has(unknown)) unknown += '-at-all';
    await page.goto(`compare/?items=${a.id},${unknown}`);
    await expect(status(page)).toHaveText(`This guide has no technology called “${unknown}”.`);
  });

  test('a card links "Compare with…" its alternatives, landing on that comparison', async ({ page, request }) => {
    const subject = await cardWithComparisons(request);
    test.skip(subject === undefined, 'no technology has an alternative of its own kind');
    if (subject === undefined) return;
    const { technology, alternatives } = subject;
    await page.goto(pageOf(technology));
    const compareWith = page.getByRole('region', { name: 'Compare with…' });
    // One link per alternative of its kind, in the card's order, and one for all of them while they fit in one comparison.
    const expected = alternatives.map((other) => `${technology.name} vs ${other.name}`);
    if (alternatives.length >= 2 && alternatives.length < 4) expected.push(`${technology.name}, ${listNames(names(alternatives))} side by side`);
    await expect(compareWith.getByRole('link')).toHaveText(expected);

    const [other] = alternatives as [Technology];
    await compareWith.getByRole('link', { name: `${technology.name} vs ${other.name}`, exact: true }).click();
    await expect(page).toHaveURL(comparisonUrl([technology.id, other.id]));
    await expect(visibleColumns(page, technology.kind)).toHaveText(names(inTitleOrder([technology, other])));
  });
});

test.describe('compare technologies without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind with two or more cards has its full table, and the picker, which needs a script, is absent', async ({ page, request }) => {
    const kinds = await compareKinds(request);
    const [first] = kinds;
    test.skip(first === undefined, 'no kind has two technologies to compare');
    if (first === undefined) return;

    // The link names a comparison, but without the script every table shows in full.
    await page.goto(`compare/?items=${ids(first.members.slice(0, 2)).join(',')}`);
    await expect(page.locator('#compare-picker')).toHaveAttribute('hidden', '');
    await expect(page.locator('#compare-picker')).toBeHidden();
    await expect(page.getByRole('table')).toHaveCount(kinds.length);
    for (const { kind, members } of kinds) {
      await expect(visibleColumns(page, kind)).toHaveText(names(members));
      for (const row of ['Features', 'Pros', 'Cons', 'Use cases']) {
        await expect(table(page, kind).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell')).toHaveCount(members.length);
      }
    }
  });
});

test('under a base path, a card\'s compare link carries the prefix and the comparison narrows', async ({ page, request }) => {
  const subject = await cardWithComparisons(request);
  test.skip(subject === undefined, 'no technology has an alternative of its own kind');
  if (subject === undefined) return;
  const { technology, alternatives } = subject;
  const other = alternatives.at(-1) as Technology;
  await page.goto(`http://127.0.0.1:${E2E_BASE_PATH_PORT}${BASE_PATH_PREFIX}${pageOf(technology)}`);
  const link = page.getByRole('region', { name: 'Compare with…' }).getByRole('link', { name: `${technology.name} vs ${other.name}`, exact: true });
  await expect(link).toHaveAttribute('href', `${BASE_PATH_PREFIX}compare/?items=${technology.id},${other.id}`);
  await link.click();
  await expect(visibleColumns(page, technology.kind)).toHaveText(names(inTitleOrder([technology, other])));
});
