/**
 * The page-weight budgets (scripts/lib/page-budgets.ts) over the real build in dist/, which Playwright's web server has
 * just built: the heaviest page of every type fits its first-view budget, no page loads more than the script budget
 * at start, no script at start imports another file, and every page links exactly one stylesheet. The sizes are
 * printed on every run.
 */
import { expect, test } from '@playwright/test';
import { budgetProblems, formatWeightTable, measureSite, FIRST_VIEW_BUDGETS } from '../../scripts/lib/page-budgets.ts';

test('every page type fits its page-weight budget', () => {
  test.setTimeout(180_000);
  const weights = measureSite('dist');
  console.log(formatWeightTable(weights));
  // Every budgeted type except the catch-all is present, so a renamed route cannot slip out of its budget.
  const budgeted = Object.keys(FIRST_VIEW_BUDGETS).filter((type) => type !== 'other');
  expect(weights.map((weight) => weight.type)).toEqual(expect.arrayContaining(budgeted));
  expect(budgetProblems(weights)).toEqual([]);
});
