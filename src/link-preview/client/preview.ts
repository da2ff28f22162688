/**
 * Link previews, loaded on the first hover or focus of a link to a glossary entry or technology card. One tooltip
 * element shows the target page's title and summary, read from that page itself (its `<h1>` and meta description),
 * fetched once per page and kept: nothing is built or downloaded for previews until a reader asks for one.
 *
 * The tooltip follows WCAG 1.4.13: it appears after a short pause under the pointer or at once on keyboard focus,
 * stays while the pointer moves onto it, and Escape dismisses it without moving focus. The link names it with
 * `aria-describedby` while it is shown, so screen readers announce the summary. It is a popover in the top layer,
 * placed with absolute coordinates, so the page never reflows; touch input gets no preview (a tap navigates).
 */

import previewStyles from '../link-preview.css?url';

/** The previewable link an event target is in, or null (the start-up script's own test). */
export type PreviewTarget = (node: EventTarget | null) => HTMLAnchorElement | null;

interface Summary {
  title: string;
  summary: string;
}

/** How long the pointer rests on a link before its preview appears, and may leave before it goes (ms). */
const HOVER_DELAY = 300;
const HIDE_DELAY = 200;
/** Space between the link and the tooltip, and kept free at the viewport's edges (px). */
const GAP = 8;

const summaries = new Map<string, Promise<Summary | undefined>>();

function summaryOf(link: HTMLAnchorElement): Promise<Summary | undefined> {
  const url = link.origin + link.pathname;
  let summary = summaries.get(url);
  if (summary === undefined) {
    summary = fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => {
        const page = new DOMParser().parseFromString(html, 'text/html');
        const title = page.querySelector('h1')?.textContent?.trim();
        const text = page.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
        return title && text ? { title, summary: text } : undefined;
      })
      .catch(() => undefined);
    summaries.set(url, summary);
  }
  return summary;
}

export function startLinkPreviews(previewTarget: PreviewTarget, firstEvent: Event): void {
  // The tooltip's styles come with this code; a preview shows once they have loaded, so it never shows unstyled.
  const stylesheet = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: previewStyles }));
  const stylesLoaded = new Promise((settle) => {
    stylesheet.onload = stylesheet.onerror = settle;
  });
  const tooltip = document.createElement('div');
  tooltip.id = 'link-preview';
  tooltip.className = 'link-preview';
  tooltip.setAttribute('role', 'tooltip');
  const heading = tooltip.appendChild(document.createElement('strong'));
  const text = tooltip.appendChild(document.createElement('span'));
  // Browsers from before 2024 lack popovers: the tooltip is then shown and hidden with `hidden`.
  const hasPopover = typeof tooltip.showPopover === 'function';
  if (hasPopover) tooltip.popover = 'manual';
  else tooltip.hidden = true;

  /** The link whose preview is shown or about to be. */
  let active: HTMLAnchorElement | undefined;
  /** The link whose preview the reader dismissed with Escape: it stays hidden until they leave that link. */
  let dismissed: HTMLAnchorElement | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const isOpen = () => (hasPopover ? tooltip.matches(':popover-open') : !tooltip.hidden);

  function hide(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    active?.removeAttribute('aria-describedby');
    active = undefined;
    if (!isOpen()) return;
    if (hasPopover) tooltip.hidePopover();
    else tooltip.hidden = true;
  }

  function place(link: HTMLAnchorElement): void {
    const anchor = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    const fitsBelow = anchor.bottom + GAP + box.height <= innerHeight || anchor.top < box.height + GAP;
    const top = fitsBelow ? anchor.bottom + GAP : anchor.top - GAP - box.height;
    const left = Math.max(GAP, Math.min(anchor.left, document.documentElement.clientWidth - box.width - GAP));
    tooltip.style.top = `${top + scrollY}px`;
    tooltip.style.left = `${left + scrollX}px`;
  }

  function show(link: HTMLAnchorElement, delay: number): void {
    clearTimeout(hideTimer);
    if (link === active || link === dismissed) return;
    hide();
    active = link;
    const summary = summaryOf(link);
    showTimer = setTimeout(() => {
      void Promise.all([summary, stylesLoaded]).then(([found]) => {
        // The reader may have moved on while the page was fetched.
        if (link !== active || found === undefined || !(link.matches(':hover') || link === document.activeElement)) return;
        heading.textContent = found.title;
        text.textContent = ` ${found.summary}`;
        // Inside a modal dialog (search results), the rest of the page is inert: the tooltip joins the dialog.
        (link.closest('dialog') ?? document.body).append(tooltip);
        link.setAttribute('aria-describedby', tooltip.id);
        if (hasPopover) tooltip.showPopover();
        else tooltip.hidden = false;
        place(link);
      });
    }, delay);
  }

  const within = (node: EventTarget | null, element: Element | undefined) => node instanceof Node && element?.contains(node) === true;

  const handlers: Record<string, (event: Event) => void> = {
    pointerover(event) {
      if ((event as PointerEvent).pointerType === 'touch') return;
      if (within(event.target, tooltip)) clearTimeout(hideTimer);
      const link = previewTarget(event.target);
      if (link !== null) show(link, HOVER_DELAY);
    },
    pointerout(event) {
      const { target, relatedTarget } = event as PointerEvent;
      if (dismissed !== undefined && within(target, dismissed) && !within(relatedTarget, dismissed)) dismissed = undefined;
      const leaving = within(target, active) || within(target, tooltip);
      const staying = within(relatedTarget, active) || within(relatedTarget, tooltip);
      if (leaving && !staying && active !== document.activeElement) {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(hide, HIDE_DELAY);
      }
    },
    focusin(event) {
      const link = previewTarget(event.target);
      if (link?.matches(':focus-visible')) show(link, 0);
    },
    focusout(event) {
      if (event.target === dismissed) dismissed = undefined;
      if (event.target === active) hide();
    },
    keydown(event) {
      if ((event as KeyboardEvent).key !== 'Escape' || active === undefined) return;
      dismissed = active;
      hide();
    },
  };
  for (const [type, handler] of Object.entries(handlers)) document.addEventListener(type, handler);
  addEventListener('resize', hide);
  handlers[firstEvent.type]?.(firstEvent);
}
