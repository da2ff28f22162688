/** "Did you mean …?" for ids, keys and enum values. */

/** Edit distance (insertions, deletions, substitutions and swaps of neighbours) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate closest to `input`, or undefined when nothing is close enough to be a plausible typo: within a third
 * of the longer string's length, or one that starts with the other (`postgres` → `postgresql`).
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: { value: string; score: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const prefix = hay.startsWith(needle) || needle.startsWith(hay);
    const distance = editDistance(needle, hay);
    const limit = Math.max(2, Math.ceil(Math.max(needle.length, hay.length) / 3));
    if (!prefix && distance > limit) continue;
    const score = prefix ? Math.min(distance, 1) : distance;
    if (best === undefined || score < best.score || (score === best.score && candidate < best.value)) {
      best = { value: candidate, score };
    }
  }
  return best?.value;
}

/** " Did you mean `x`?" or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closest(input, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}
