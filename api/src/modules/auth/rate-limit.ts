import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/errors.js';

/**
 * Failed-attempt limits, stored in PostgreSQL so that every API node counts the same attempts.
 * A key is blocked once it has used its points; success resets it.
 */
export class AttemptLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(pool: pg.Pool, keyPrefix: string, points: number, durationSeconds: number) {
    this.limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
      blockDuration: durationSeconds,
    });
  }

  /** Throws TOO_MANY_REQUESTS while the key is blocked. */
  async assertAllowed(key: string): Promise<void> {
    const state = await this.limiter.get(key);
    if (state && state.remainingPoints <= 0) throw tooManyRequests(Math.ceil(state.msBeforeNext / 1000));
  }

  /**
   * Counts one attempt. By default the attempt that uses the last point is refused at once, so a
   * person learns of the lock on the failure that caused it; `quiet` only counts.
   */
  async fail(key: string, { quiet = false } = {}): Promise<void> {
    try {
      const state = await this.limiter.consume(key);
      if (!quiet && state.remainingPoints <= 0) throw tooManyRequests(Math.ceil(state.msBeforeNext / 1000));
    } catch (e) {
      if (e instanceof RateLimiterRes) throw tooManyRequests(Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
