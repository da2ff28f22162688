/**
 * The search panel's markup — box, filter chips, status, suggestions, results — built in one place for the dialog
 * and the search page, so the two cannot drift apart.
 */
import { ENTRY_TYPE_LABELS, SIDE_LABELS } from '../../schemas/registry.ts';
import type { SearchElements } from './controller.ts';

const FILTER_GROUPS = [
  { name: 'type', legend: 'Type', values: Object.values(ENTRY_TYPE_LABELS) },
  { name: 'side', legend: 'Side', values: Object.values(SIDE_LABELS) },
] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A search panel whose ids start with `prefix`; `label` names the search box for assistive technology. */
export function createSearchPanel(prefix: string, label: string): { root: HTMLElement; elements: SearchElements } {
  const root = element('div', { class: 'search-panel' });
  const resultsId = `${prefix}-results`;
  const inputId = `${prefix}-input`;
  const input = element('input', {
    id: inputId,
    type: 'search',
    name: 'q',
    role: 'combobox',
    'aria-controls': resultsId,
    'aria-expanded': 'false',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search the guide',
  });
  const box = element('div', { class: 'search-panel__box' });
  box.append(element('label', { for: inputId, class: 'visually-hidden' }, label), input);

  const filters = element('div', { class: 'search-panel__filters' });
  for (const group of FILTER_GROUPS) {
    const fieldset = element('fieldset', { class: 'chips' });
    fieldset.append(element('legend', {}, group.legend));
    for (const value of group.values) {
      const chip = element('label', { class: 'chip' });
      chip.append(element('input', { type: 'checkbox', name: group.name, value }), value);
      fieldset.append(chip);
    }
    filters.append(fieldset);
  }

  const status = element('p', { id: `${prefix}-status`, class: 'search-panel__status', role: 'status' });
  const suggestions = element('p', { class: 'search-panel__suggestions' });
  const list = element('div', { id: resultsId, class: 'search-panel__results', role: 'listbox', 'aria-label': 'Search results' });
  list.hidden = true;
  root.append(box, filters, status, suggestions, list);
  return { root, elements: { input, list, status, suggestions, filters } };
}
