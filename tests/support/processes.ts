import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `pid` and every process below it, children first found by walking /proc's parent links (ps). */
export function processTree(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of table) if (parent === tree[i]) tree.push(child);
  return tree;
}

/** kill -9 of a whole app instance at once: its front, Next and whatever they started, in any process group. */
export function killTree(pid: number) {
  for (const p of processTree(pid).reverse()) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

/** A process as /proc knows it: its pid and its start time (clock ticks since boot), so a pid used again is not taken for it. */
export type ProcessId = { pid: number; started: string };

function stat(pid: number): { state: string; started: string } | null {
  try {
    // Fields after the command name (which may hold spaces, so it is skipped by its closing parenthesis): state is the 3rd field, starttime the 22nd.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], started: fields[19] };
  } catch {
    return null;
  }
}

/** `pid` and every process below it, as ProcessIds. */
export const processesOf = (pid: number): ProcessId[] =>
  processTree(pid).flatMap((p) => {
    const s = stat(p);
    return s ? [{ pid: p, started: s.started }] : [];
  });

/** Whether that process still runs: not gone, not a zombie (dead, not yet reaped), its pid not taken by another. */
export function stillRunning({ pid, started }: ProcessId): boolean {
  const now = stat(pid);
  return now !== null && now.state !== 'Z' && now.started === started;
}
