/**
 * The compare page in the browser: shows the technologies a link or the picker names side by side by hiding the
 * other kinds and columns of the server-rendered tables, keeps the address shareable (`?items=a,b`) and says what
 * changed in the picker's status line, which screen readers announce politely.
 */
import { MAX_ITEMS, MIN_ITEMS, itemsQuery, listNames, readItems, resolveSelection, type CompareCandidate } from '../selection.ts';

export function enhanceComparePage(picker: HTMLElement): void {
  const kindSelect = picker.querySelector('select');
  const status = picker.querySelector('[role="status"]');
  if (kindSelect === null || status === null) return;
  const fieldsets = [...picker.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kind]')];
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-compare-kind]')];
  const kindLinks = document.querySelector<HTMLElement>('[data-compare-kinds]');
  const kindOf = (box: HTMLInputElement) => box.closest('fieldset')?.dataset['kind'] ?? '';
  const candidates: CompareCandidate[] = boxes.map((box) => ({
    id: box.value,
    name: box.labels?.[0]?.textContent?.trim() ?? box.value,
    kind: kindOf(box),
    aliases: (box.dataset['aliases'] ?? '').split(' ').filter(Boolean),
  }));
  const nameOf = (id: string) => candidates.find((candidate) => candidate.id === id)?.name ?? id;

  /**
   * Shows one kind (or every kind, for '') with the chosen columns, or all of them while fewer than two are chosen,
   * and sets the picker to match.
   */
  const show = (kind: string, chosen: readonly string[]) => {
    const columns = chosen.length >= MIN_ITEMS ? chosen : undefined;
    for (const section of sections) {
      section.hidden = kind !== '' && section.dataset['compareKind'] !== kind;
      const table = section.querySelector('table');
      const ids = [...(table?.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.dataset['id']);
      for (const row of table?.rows ?? []) {
        [...row.cells].forEach((cell, index) => {
          const id = ids[index];
          cell.hidden = columns !== undefined && id !== undefined && !columns.includes(id);
        });
      }
    }
    // Its links lead to the other kinds' tables, which are hidden while one kind is shown.
    if (kindLinks !== null) kindLinks.hidden = kind !== '';
    kindSelect.value = kind;
    for (const fieldset of fieldsets) fieldset.hidden = fieldset.dataset['kind'] !== kind;
    for (const box of boxes) {
      box.checked = chosen.includes(box.value);
      box.disabled = !box.checked && chosen.length >= MAX_ITEMS;
    }
  };

  const describe = (kind: string, chosen: readonly string[]) => {
    if (chosen.length >= MIN_ITEMS) {
      const more = chosen.length >= MAX_ITEMS ? ` That is the most at once: clear one to pick another.` : '';
      return `Comparing ${listNames(chosen.map(nameOf))}.${more}`;
    }
    if (kind === '') return 'Showing every kind.';
    const label = kindSelect.selectedOptions[0]?.textContent ?? kind;
    return `Showing all ${label.toLowerCase()}. Pick ${MIN_ITEMS} to ${MAX_ITEMS} to compare.`;
  };

  /** Shows a choice, puts it in the address (without a new history entry) and says what is shown now. */
  const update = (kind: string, chosen: readonly string[]) => {
    show(kind, chosen);
    const url = new URL(location.href);
    url.search = chosen.length >= MIN_ITEMS ? itemsQuery(chosen) : '';
    history.replaceState(history.state, '', url);
    status.textContent = describe(kind, chosen);
  };
  const checkedOf = (kind: string) => boxes.filter((box) => box.checked && kindOf(box) === kind).map((box) => box.value);

  picker.addEventListener('change', (event) => {
    if (event.target === kindSelect) {
      update(kindSelect.value, []);
      return;
    }
    const kind = event.target instanceof HTMLInputElement ? kindOf(event.target) : kindSelect.value;
    update(kind, checkedOf(kind));
  });

  const selection = resolveSelection(readItems(location.search), candidates);
  if (selection.status === 'ok') update(selection.kind, selection.ids);
  else if (selection.status === 'invalid') {
    show('', []);
    status.textContent = selection.message;
  } else {
    // The reader used the picker before this module loaded, or the browser restored it: show what it says now.
    update(kindSelect.value, checkedOf(kindSelect.value));
  }
}
