/**
 * Copy buttons of code blocks (markup from `src/reading/code-frame.ts`): the build renders each button `hidden`, since
 * it can only work with JavaScript; this shows it, copies the block's text on click and announces "Copied" through
 * the block's live region.
 */
const COPIED_FOR_MS = 2000;

async function copy(button: HTMLButtonElement) {
  const block = button.closest('.code-block');
  const code = block?.querySelector('pre')?.textContent ?? '';
  const status = block?.querySelector<HTMLElement>('[role="status"]');
  let message = 'Copied';
  try {
    await navigator.clipboard.writeText(code);
  } catch {
    message = 'Copy failed: select the code and copy it yourself';
  }
  if (status) status.textContent = message;
  button.textContent = message === 'Copied' ? 'Copied' : 'Copy';
  setTimeout(() => {
    button.textContent = 'Copy';
    if (status) status.textContent = '';
  }, COPIED_FOR_MS);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => void copy(button));
}

export {};
