/**
 * Closed-loop load: `concurrency` workers each issue one request after another for a fixed time.
 * Every latency of a request started inside the measured window is kept and sorted afterwards
 * (a few hundred thousand numbers at most: exact percentiles, no histogram needed).
 */
import { performance } from 'node:perf_hooks';

export interface LoopOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoopResult {
  /** Requests completed in the measured window. */
  requests: number;
  /** Requests completed in all, warm-up included (for CPU per request). */
  completed: number;
  errors: number;
  firstError: string | null;
  /** Measured window, from its start to the last completion of a request started in it. */
  elapsedMs: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** `op(worker, i)` runs request number `i` (global, increasing) on behalf of `worker`. */
export async function closedLoop(options: LoopOptions, op: (worker: number, i: number) => Promise<void>): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  let completed = 0;
  const begin = performance.now();
  const measureFrom = begin + options.warmupMs;
  const end = measureFrom + options.durationMs;
  let lastFinish = measureFrom;

  async function worker(w: number): Promise<void> {
    for (;;) {
      const started = performance.now();
      if (started >= end) return;
      const i = next++;
      try {
        await op(w, i);
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
        // A failing target must not turn the loop into a busy spin.
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      const finished = performance.now();
      completed++;
      if (started >= measureFrom) {
        latencies.push(finished - started);
        if (finished > lastFinish) lastFinish = finished;
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  latencies.sort((a, b) => a - b);
  const elapsedMs = Math.max(lastFinish - measureFrom, 1);
  return {
    requests: latencies.length,
    completed,
    errors,
    firstError,
    elapsedMs,
    throughput: (latencies.length * 1000) / elapsedMs,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
  };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
