/**
 * Wall time and peak memory of a command together with every process it starts (Astro's build runs Pagefind as a
 * separate program, for instance): `/proc` is polled while it runs, summing the resident memory of the command's
 * process tree. GNU time's figure (the largest single process) is kept alongside.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface ProcessSample {
  pid: number;
  parent: number;
  residentKilobytes: number;
}

/** The parent pid from `/proc/<pid>/stat` (its name, in parentheses, may itself hold spaces and parentheses). */
export function parentFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** The resident memory from `/proc/<pid>/status` in kilobytes (0 for a process that holds none, a zombie say). */
export function residentFromStatus(status: string): number {
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
}

/** Resident kilobytes of `root` and all its descendants among `processes`. */
export function treeResidentKilobytes(processes: readonly ProcessSample[], root: number): number {
  const children = new Map<number, ProcessSample[]>();
  for (const process of processes) children.set(process.parent, [...(children.get(process.parent) ?? []), process]);
  let total = processes.find((process) => process.pid === root)?.residentKilobytes ?? 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    for (const child of children.get(pid) ?? []) {
      total += child.residentKilobytes;
      pending.push(child.pid);
    }
  }
  return total;
}

async function sampleProcesses(): Promise<ProcessSample[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const samples = await Promise.all(
    pids.map(async (pid) => {
      try {
        const [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')]);
        return { pid: Number(pid), parent: parentFromStat(stat), residentKilobytes: residentFromStatus(status) };
      } catch {
        return undefined; // it exited meanwhile
      }
    }),
  );
  return samples.filter((sample) => sample !== undefined);
}

export interface MeasuredRun {
  seconds: number;
  /** The largest sum of resident memory over the command's process tree, polled every `intervalMs`. */
  peakTreeMegabytes: number;
  /** GNU time's maximum resident set size: the largest single process of the tree. */
  peakProcessMegabytes: number;
  status: number | null;
  output: string;
}

/** Runs `command` under GNU time while polling its process tree's memory. */
export async function measureCommand(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number } = {}): Promise<MeasuredRun> {
  const child = spawn('/usr/bin/time', ['-f', 'bench-time %e %M', command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  let running = true;
  const root = child.pid ?? -1;
  const polling = (async () => {
    while (running) {
      peak = Math.max(peak, treeResidentKilobytes(await sampleProcesses(), root));
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
    }
  })();
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  running = false;
  await polling;
  const timed = /bench-time ([\d.]+) (\d+)\s*$/.exec(output);
  return {
    seconds: Number(timed?.[1] ?? Number.NaN),
    peakTreeMegabytes: Math.round(peak / 1024),
    peakProcessMegabytes: Math.round(Number(timed?.[2] ?? 0) / 1024),
    status,
    output,
  };
}
