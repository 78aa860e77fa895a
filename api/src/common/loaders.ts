import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FamilyMember } from '../modules/retiree/family-member.entity.js';
import { PensionPayment } from '../modules/payment/pension-payment.entity.js';
import { Retiree } from '../modules/retiree/retiree.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';

/**
 * Per-request batch loaders: a list of 100 retirees asking for their family members costs one
 * query, not 100. They read through the request's entity manager, so the area filter applies.
 */
export interface Loaders {
  /** Retirees by id, in the request's area (missing: outside it). */
  retirees: DataLoader<number, Retiree | null>;
  familyMembers: DataLoader<number, FamilyMember[]>;
  /** Staff accounts by id (a list of tasks naming their assignees: one query). */
  staffUsers: DataLoader<number, StaffUser | null>;
  /** The retiree's payments from `sincePeriod` (YYYY-MM) on, newest first. */
  paymentsSince(sincePeriod: string): DataLoader<number, PensionPayment[]>;
}

export function createLoaders(em: EntityManager): Loaders {
  const paymentLoaders = new Map<string, DataLoader<number, PensionPayment[]>>();
  return {
    retirees: new DataLoader(async (ids) => byIds(ids, await em.find(Retiree, { id: { $in: [...ids] } }))),
    staffUsers: new DataLoader(async (ids) => byIds(ids, await em.find(StaffUser, { id: { $in: [...ids] } }))),
    familyMembers: new DataLoader(async (ids) => {
      const rows = await em.find(FamilyMember, { retiree: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return groupBy(ids, rows, (r) => r.retiree.id);
    }),
    paymentsSince(sincePeriod) {
      let loader = paymentLoaders.get(sincePeriod);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await em.find(PensionPayment, { retiree: { $in: [...ids] }, period: { $gte: sincePeriod } }, { orderBy: { period: 'desc' } });
          return groupBy(ids, rows, (r) => r.retiree.id);
        });
        paymentLoaders.set(sincePeriod, loader);
      }
      return loader;
    },
  };
}

function byIds<T extends { id: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

function groupBy<T>(ids: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const byId = new Map<number, T[]>();
  for (const row of rows) {
    const list = byId.get(keyOf(row)) ?? [];
    list.push(row);
    byId.set(keyOf(row), list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
