import { Migration } from '@mikro-orm/migrations';

/** Counters of rate-limiter-flexible (login and one-time-code attempts), shared by every API node. */
export class Migration20261129172200_RateLimit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table rate_limit (key varchar(255) primary key, points integer not null default 0, expire bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists rate_limit;`);
  }
}
