import type { EntityManager } from '@mikro-orm/postgresql';
import { run, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from '../../common/logger.js';
import { quietLogger } from '../../db/prepare.js';

export interface EnqueueOptions {
  /** De-duplicates: a second job with the same key replaces the pending one instead of adding another. */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * PostgreSQL-backed jobs (graphile-worker, SKIP LOCKED): any number of API or worker nodes can
 * share them. `enqueue` writes into the caller's transaction — the outbox: the job exists if and
 * only if the change that asked for it commits. Handlers must be idempotent (delivery is at least once).
 */
export class JobQueue {
  private runner?: Runner;

  constructor(
    private readonly pool: pg.Pool,
    private readonly tasks: TaskList,
    private readonly crontab: string,
    private readonly log: Logger,
  ) {}

  async enqueue(em: EntityManager, task: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
    if (!(task in this.tasks)) throw new Error(`unknown job "${task}"`);
    await em.execute('select app_enqueue_job(?, ?::json, ?, ?, ?)', [
      task,
      JSON.stringify(payload),
      options.runAt ?? null,
      options.maxAttempts ?? 10,
      options.jobKey ?? null,
    ]);
  }

  /** Starts processing jobs and schedules in this process. */
  async start(concurrency = 2): Promise<void> {
    this.runner = await run({
      pgPool: this.pool,
      taskList: this.tasks,
      crontab: this.crontab,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      logger: quietLogger,
    });
    this.log.info('job runner started', { tasks: Object.keys(this.tasks), concurrency });
  }

  get running(): boolean {
    return this.runner !== undefined;
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
    this.runner = undefined;
  }
}
