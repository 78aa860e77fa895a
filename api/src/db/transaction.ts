import type pg from 'pg';

/**
 * Runs `work` in one transaction on a connection of `pool`: committed when it returns (unless
 * `keep` says the result is not worth keeping), rolled back when it throws (the error goes on).
 * For owner-level work outside a request: imports, scans, jobs.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, keep: (result: T) => boolean = () => true): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query(keep(result) ? 'commit' : 'rollback');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
