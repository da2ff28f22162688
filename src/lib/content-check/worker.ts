/** The content check as a worker thread's whole job (see `early.ts`): checks `workerData.contentRoot`, posts the summary. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, summarizeCheck } from './index.ts';

const { contentRoot } = workerData as { contentRoot: string };
parentPort?.postMessage(summarizeCheck(await checkContent(contentRoot)));
