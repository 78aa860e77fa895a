/**
 * The synthetic city as rows, table by table. Pure and deterministic: the same seed, size and
 * `today` give byte-identical rows, whatever the clock or the machine.
 *
 * Small tables come as arrays; the big ones as generators, so a loader can stream millions of
 * rows into COPY without ever holding them. Each population generator re-derives the retirees it
 * needs from their seeds (see population.ts), so they can be consumed one after the other.
 *
 * The task history (tasks.ts) is built once, on first use, and kept (~100,000 tasks for the full
 * city). It needs a few facts of every retiree: a complete pass of `retirees()` records them on
 * the way, so a loader that copies retirees first pays for no extra pass over the population.
 */
import { parseIsoDay } from './calendar.js';
import { buildCity, type DemoLogin } from './city.js';
import { familyIdIssuer, familyOf } from './families.js';
import { paymentsOf } from './payments.js';
import { certificationOf } from './certifications.js';
import { population, populationContext } from './population.js';
import type { ApiClientRow, CertificationRow, CommunityAddressRow, FamilyMemberRow, NotificationRow, OrgUnitRow, PensionPaymentRow, RetireeRow, StaffUserRow, TaskEventRow, TaskRetireeRow, TaskRow, TaskStatus } from './rows.js';
import { buildTaskHistory, RetireeDigest, type TaskHistory } from './tasks.js';

export type * from './rows.js';
export type { DemoLogin } from './city.js';

/** A fixed "today", so that ages, statuses and the payment window never depend on the clock. */
export const DEFAULT_TODAY = '2026-11-15';

export interface CityOptions {
  seed: number;
  retirees: number;
  /** `YYYY-MM-DD`; defaults to DEFAULT_TODAY. */
  today?: string;
}

export interface SyntheticCity {
  seed: number;
  retireeCount: number;
  today: string;
  orgUnits: OrgUnitRow[];
  staffUsers: StaffUserRow[];
  apiClients: ApiClientRow[];
  communityAddresses: CommunityAddressRow[];
  demoLogins: DemoLogin[];
  /** Always the first retiree (id 1), in the demo community. */
  demoRetiree: RetireeRow & { communityName: string };
  retirees(): Generator<RetireeRow>;
  familyMembers(): Generator<FamilyMemberRow>;
  pensionPayments(): Generator<PensionPaymentRow>;
  /** Survival certifications of the paid and suspended, as the platform takes them over. */
  certifications(): Generator<CertificationRow>;
  /** The certification reminders already sent for them. */
  certificationNotices(): Generator<NotificationRow>;
  /** A year of work tasks, in id order; their retirees and timelines. */
  tasks(): Generator<TaskRow>;
  taskRetirees(): Generator<TaskRetireeRow>;
  taskEvents(): Generator<TaskEventRow>;
  taskStatusCounts(): Record<TaskStatus, number>;
}

export function generateCity(options: CityOptions): SyntheticCity {
  const { seed, retirees: retireeCount } = options;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(retireeCount) || retireeCount < 1) throw new Error(`retirees must be a positive integer, got ${retireeCount}`);
  const today = options.today ?? DEFAULT_TODAY;
  const city = buildCity(seed);
  const ctx = populationContext(seed, parseIsoDay(today), city);
  const demo = population(ctx, 1).next().value!.row;

  let digest: RetireeDigest | null = null;
  let history: TaskHistory | null = null;
  const taskHistory = (): TaskHistory => {
    if (!digest) {
      const own = new RetireeDigest(retireeCount);
      for (const person of population(ctx, retireeCount)) own.record(person);
      digest = own;
    }
    return (history ??= buildTaskHistory({ seed, today: ctx.today, city, staffUsers: city.staffUsers, digest }));
  };

  return {
    seed,
    retireeCount,
    today,
    orgUnits: city.orgUnits,
    staffUsers: city.staffUsers,
    apiClients: city.apiClients,
    communityAddresses: city.communityAddresses,
    demoLogins: city.demoLogins,
    demoRetiree: { ...demo, communityName: city.demoCommunity.unit.name },
    *retirees() {
      const seen = digest ? null : new RetireeDigest(retireeCount);
      let n = 0;
      for (const person of population(ctx, retireeCount)) {
        seen?.record(person);
        n++;
        yield person.row;
      }
      if (seen && n === retireeCount) digest ??= seen;
    },
    *familyMembers() {
      const issuer = familyIdIssuer();
      let nextId = 1;
      for (const person of population(ctx, retireeCount)) {
        const rows = familyOf(ctx, person, issuer, nextId);
        nextId += rows.length;
        yield* rows;
      }
    },
    *pensionPayments() {
      let nextId = 1;
      for (const person of population(ctx, retireeCount)) {
        const rows = paymentsOf(ctx, person, nextId);
        nextId += rows.length;
        yield* rows;
      }
    },
    *certifications() {
      for (const person of population(ctx, retireeCount)) {
        const found = certificationOf(ctx, person, 0);
        if (found) yield found.certification;
      }
    },
    *certificationNotices() {
      let nextId = 1;
      for (const person of population(ctx, retireeCount)) {
        const notice = certificationOf(ctx, person, nextId)?.notice;
        if (notice) {
          nextId++;
          yield notice;
        }
      }
    },
    tasks: () => taskHistory().tasks(),
    taskRetirees: () => taskHistory().retirees(),
    taskEvents: () => taskHistory().events(),
    taskStatusCounts: () => taskHistory().statusCounts(),
  };
}
