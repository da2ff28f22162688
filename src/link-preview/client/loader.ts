/**
 * Previews of glossary entries and technology cards: this waits for the first pointer or keyboard focus on a link
 * to one, then loads the preview module (`src/link-preview/client/preview.ts`). Without JavaScript the links are
 * plain links.
 */
export function startLinkPreviewLoader(base: string) {
  /** The link to a glossary entry or technology card (other than this page) that `node` is in, if any. */
  const previewTarget = (node: EventTarget | null): HTMLAnchorElement | null => {
    const link = node instanceof Element ? node.closest('a') : null;
    return link !== null &&
      link.origin === location.origin &&
      link.pathname !== location.pathname &&
      link.pathname.startsWith(base) &&
      /^(?:glossary|technologies)\/[^/]+\/$/.test(link.pathname.slice(base.length))
      ? link
      : null;
  };

  const load = (event: Event) => {
    const link = previewTarget(event.target);
    // A tap navigates at once: touch (its pointer, or the focus a tap gives a link) gets no preview and loads none.
    if (link === null || (event as PointerEvent).pointerType === 'touch' || (event.type === 'focusin' && !link.matches(':focus-visible'))) return;
    removeEventListener('pointerover', load);
    removeEventListener('focusin', load);
    void import('./preview.ts').then((preview) => preview.startLinkPreviews(previewTarget, event));
  };
  addEventListener('pointerover', load);
  addEventListener('focusin', load);
}
