/**
 * "Save the whole guide for offline": fetches every page and every search index chunk into the caches the service
 * worker reads, a few at a time, with a progress bar and a status line. Files already saved are skipped, so an
 * interrupted save resumes where it stopped.
 */
import { OFFLINE_FILES, PAGES_CACHE, SEARCH_INDEX_CACHE, type OfflineFiles } from '../files.ts';

const PARALLEL = 6;

/** Saves everything, reporting progress in the page's progress bar and status line; the button is off meanwhile. */
export async function saveWholeGuide(base: string, button: HTMLButtonElement, status: HTMLElement, progress: HTMLProgressElement) {
  button.disabled = true;
  try {
    const response = await fetch(`${base}${OFFLINE_FILES}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const files = (await response.json()) as OfflineFiles;
    const jobs = [
      ...files.pages.map((file) => ({ url: `${base}${file}`, cache: PAGES_CACHE })),
      ...files.searchIndex.map((file) => ({ url: `${base}${file}`, cache: SEARCH_INDEX_CACHE })),
    ];
    progress.max = jobs.length;
    progress.value = 0;
    progress.hidden = false;
    const openCaches = { [PAGES_CACHE]: await caches.open(PAGES_CACHE), [SEARCH_INDEX_CACHE]: await caches.open(SEARCH_INDEX_CACHE) };
    let done = 0;
    let next = 0;
    // The status line is a live region: it speaks every tenth of the way, the progress bar shows every file.
    const step = Math.max(1, Math.ceil(jobs.length / 10));
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (job === undefined) break;
        const cache = openCaches[job.cache as keyof typeof openCaches];
        if ((await cache.match(job.url)) === undefined) await cache.add(job.url);
        done += 1;
        progress.value = done;
        if (done % step === 0) status.textContent = `Saving… ${done} of ${jobs.length} files.`;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    status.textContent = `Saved: ${files.pages.length} pages and the search index are on this device. Search and read offline.`;
  } catch (error) {
    status.textContent = 'Saving stopped: check your connection and press the button again to resume.';
    console.error(error);
  } finally {
    button.disabled = false;
  }
}
