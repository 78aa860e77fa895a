/**
 * One row of each feed as the simulator holds it: the fields of the feed's columns, money in fen,
 * null for "not provided". feed-specs.ts turns them into file cells and GraphQL inputs.
 */
import type { LifeEventRecord, PaymentRecord, RetireeRecord } from '../modules/import/feed-formats.js';

export type RetireeFeedRow = RetireeRecord;

export type LifeEventFeedRow = LifeEventRecord;

/** The simulator always knows the name and the account. */
export interface PaymentFeedRow extends PaymentRecord {
  name: string;
  bankAccount: string;
}
