/**
 * Phase timings of one build, for the benchmark: the integrations (loaded by Astro's own module loader) and
 * `scripts/build.ts` record into one process-wide list, which the build writes to BUILD_TIMINGS when it is set.
 */
const STORE = Symbol.for('backend-field-guide:build-timings');

export interface PhaseTiming {
  phase: string;
  milliseconds: number;
}

function store(): PhaseTiming[] {
  const holder = globalThis as { [STORE]?: PhaseTiming[] };
  holder[STORE] ??= [];
  return holder[STORE];
}

/** Runs `work` and records how long it took under `phase`. */
export async function timePhase<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    store().push({ phase, milliseconds: performance.now() - started });
  }
}

export const recordedPhases = (): readonly PhaseTiming[] => store();
