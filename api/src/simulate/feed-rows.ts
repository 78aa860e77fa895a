/**
 * One row of each feed as the simulator holds it: the fields of the feed's columns, money in fen,
 * null for "not provided". feed-specs.ts turns them into file cells and GraphQL inputs.
 */
import type { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';

export interface RetireeFeedRow {
  idNumber: string;
  name: string;
  retirementDate: string;
  employer: string | null;
  hukouAddress: string | null;
  residenceAddress: string | null;
  monthlyPension: number;
  bankName: string | null;
  bankAccount: string | null;
  citizenCardNo: string | null;
  phone: string | null;
}

export interface LifeEventFeedRow {
  source: LifeEventSource;
  sourceRecordId: string;
  kind: LifeEventKind;
  idNumber: string | null;
  name: string;
  birthDate: string | null;
  eventDate: string;
  details: string | null;
}

export interface PaymentFeedRow {
  idNumber: string;
  name: string;
  period: string;
  amount: number;
  paidDate: string;
  bankAccount: string;
}
