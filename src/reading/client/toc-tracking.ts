/**
 * "On this page" (`nav.toc`) follows the reader: the link of the section being read gets `aria-current="true"`. An
 * IntersectionObserver watches the headings (and the content between them) in a band below the sticky header, as
 * Starlight's table of contents does; it is rebuilt when the window is resized, since the header's height can change.
 */
const toc = document.querySelector<HTMLElement>('nav.toc');
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const linkById = new Map(links.map((link) => [decodeURIComponent(link.hash.slice(1)), link]));

function mark(link: HTMLAnchorElement | undefined) {
  if (link === undefined || link.getAttribute('aria-current') === 'true') return;
  for (const other of links) other.removeAttribute('aria-current');
  link.setAttribute('aria-current', 'true');
}

/** The heading an element belongs to: itself when it is one of the linked headings, else the last one before it. */
function sectionOf(element: Element): HTMLAnchorElement | undefined {
  const heading = element.matches('h2, h3') ? element : element.querySelector('h2, h3');
  if (heading?.id && linkById.has(heading.id)) return linkById.get(heading.id);
  return undefined;
}

let observer: IntersectionObserver | undefined;

function observe() {
  observer?.disconnect();
  // A header that stays on screen covers the top of the window: the band starts below it.
  const header = document.querySelector('.site-header');
  const covers = header !== null && ['sticky', 'fixed'].includes(getComputedStyle(header).position);
  const top = covers ? header.getBoundingClientRect().height : 0;
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const link = sectionOf(entry.target);
        if (link) {
          mark(link);
          break;
        }
      }
    },
    // A band from just below the header to a third of the way down the window: the section whose heading is in it is
    // the one being read.
    { rootMargin: `-${Math.round(top)}px 0px -66% 0px` },
  );
  for (const id of linkById.keys()) {
    const heading = document.getElementById(id);
    // Headings with a link to themselves sit in a wrapper (src/markdown/heading-links.ts); observe the wrapper.
    const target = heading?.parentElement?.classList.contains('heading-wrapper') ? heading.parentElement : heading;
    if (target) observer.observe(target);
  }
}

if (links.length > 0) {
  observe();
  let resizing: number | undefined;
  addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = window.setTimeout(observe, 200);
  });
}

export {};
