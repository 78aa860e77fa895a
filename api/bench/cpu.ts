/**
 * Best-effort disturbance check (Linux /proc): how much of the machine's CPU went to processes
 * other than the bench, the API under test and the PostgreSQL cluster serving it. A test run or a
 * build in parallel shows up here. Elsewhere the numbers are simply absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function machineBusyTicks(): number | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = cpu;
    return user + nice + system + irq + softirq;
  } catch {
    return null;
  }
}

function processTicks(pid: number): { ticks: number; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after "pid (comm) ": state ppid … utime(12) stime(13) cutime(14) cstime(15)
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU ticks of the given processes and of every child of `parents` (the postmaster's backends). */
function ourTicks(pids: number[], parents: number[]): number {
  let total = 0;
  const counted = new Set<number>();
  for (const pid of pids) {
    const t = processTicks(pid);
    if (t) {
      total += t.ticks;
      counted.add(pid);
    }
  }
  if (!parents.length) return total;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (counted.has(pid)) continue;
    const t = processTicks(pid);
    if (t && parents.includes(t.ppid)) total += t.ticks;
  }
  return total;
}

/** CPU seconds used so far by `pids` and every child of `parents` (null where /proc is unavailable). */
export function cpuSeconds(pids: number[], parents: number[] = []): number | null {
  if (machineBusyTicks() === null) return null;
  return ourTicks(pids, parents) / TICKS_PER_SECOND;
}

export interface CpuWatch {
  /** Share of all CPUs (0..1) used by other processes since start; null when unknown. */
  stop(): number | null;
}

export function watchOtherCpu(pids: () => number[], parents: number[]): CpuWatch {
  const busy0 = machineBusyTicks();
  if (busy0 === null) return { stop: () => null };
  const ours0 = ourTicks(pids(), parents);
  const started = Date.now();
  return {
    stop() {
      const busy1 = machineBusyTicks();
      if (busy1 === null) return null;
      const ours1 = ourTicks(pids(), parents);
      const seconds = (Date.now() - started) / 1000;
      const other = busy1 - busy0 - (ours1 - ours0);
      return Math.max(0, other / (TICKS_PER_SECOND * seconds * os.availableParallelism()));
    },
  };
}

/** The postmaster of an embedded cluster, from its pid file. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}
