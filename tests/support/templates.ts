/** One page of every template the site builds: the sweeps (accessibility, CSP) visit each. */
export const TEMPLATES = [
  ['home', './'],
  ['glossary index', 'glossary/'],
  ['glossary entry', 'glossary/rest/'],
  ['technology index', 'technologies/'],
  ['technology card', 'technologies/django/'],
  ['comparison index', 'comparisons/'],
  ['comparison', 'comparisons/backend-frameworks/'],
  ['guide index', 'guides/'],
  ['guide with a diagram', 'guides/how-a-web-request-flows/'],
  ['compare, every kind', 'compare/'],
  ['compare, a selection', 'compare/?items=django,ruby-on-rails,laravel'],
  ['search', 'search/?q=cache'],
  ['offline reading', 'offline/'],
  ['not found', 'no-such-page/'],
] as const;
