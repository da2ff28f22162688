/**
 * Development server only: shows the content check's problems where a contributor looks. On the page of an entry with
 * problems they stand at the top of the main content; on every other page a notice says how many there are and lists
 * them. Fixing a file clears them without a reload: the server sends the new list over Vite's socket.
 */
import './problems-notice.css';
import { DEV_PROBLEMS_EVENT, DEV_PROBLEMS_PATH, type DevProblem } from '../dev-problems.ts';

const PANEL_ID = 'content-problems';

function render(problems: readonly DevProblem[]) {
  document.getElementById(PANEL_ID)?.remove();
  if (problems.length === 0) return;
  const here = problems.filter((problem) => problem.page === location.pathname);
  const errors = problems.filter((problem) => problem.severity === 'error').length;

  const panel = document.createElement('section');
  panel.id = PANEL_ID;
  panel.className = 'content-problems';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${PANEL_ID}-heading`);
  const heading = document.createElement('h2');
  heading.id = `${PANEL_ID}-heading`;
  heading.textContent =
    here.length > 0
      ? `This entry has ${here.length} content problem${here.length === 1 ? '' : 's'}`
      : `The content check found ${errors} error${errors === 1 ? '' : 's'} and ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`;
  const intro = document.createElement('p');
  intro.textContent = 'The same list as npm run check. Fix the file and save: this notice updates by itself. The build refuses errors.';
  const list = document.createElement('ul');
  for (const problem of here.length > 0 ? here : problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = problem.text;
    item.append(code);
    list.append(item);
  }
  panel.append(heading, intro, list);
  if (here.length > 0) {
    (document.querySelector('main') ?? document.body).prepend(panel);
  } else {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = heading.textContent;
    details.append(summary, intro, list);
    panel.replaceChildren(details);
    panel.classList.add('content-problems--elsewhere');
    document.body.prepend(panel);
  }
}

async function load() {
  const response = await fetch(`${import.meta.env.BASE_URL}${DEV_PROBLEMS_PATH}`).catch(() => undefined);
  if (response?.ok === true) render((await response.json()) as DevProblem[]);
}

void load();
import.meta.hot?.on(DEV_PROBLEMS_EVENT, (problems: DevProblem[]) => render(problems));
