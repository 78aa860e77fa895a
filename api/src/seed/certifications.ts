/**
 * Where each person's survival certification stands on the day the platform takes over from the
 * old certification system: a rolling 12-month certification (DOMAIN.md), renewed passively for
 * most (so ending 7–12 months out), by face or visit for the rest (ending any time in the year),
 * a few near their end or lapsed — with the reminder the old system sent three months before.
 * The nightly lifecycle takes it from there: visit tasks for those ending within a month,
 * suspension proposals for the lapsed.
 */
import { addDays, addMonths } from '../common/working-days.js';
import { isoDay } from './calendar.js';
import { STREAM, type Person, type PopulationContext } from './population.js';
import { Random, WeightedTable } from './random.js';
import type { CertificationRow, NotificationRow } from './rows.js';

/** Share of active retirees whose certification lapsed in the last weeks, or ends within a month. */
export const LAPSED_SHARE = 0.003;
export const ENDING_SHARE = 0.01;
const NOTICE_DAYS = 92;
const METHODS = new WeightedTable<CertificationRow['method']>([['PASSIVE', 62], ['FACE', 26], ['VISIT', 12]]);
const EVIDENCE: Record<CertificationRow['method'], string> = {
  PASSIVE: '共享数据显示本人健在（原认证系统无感认证）',
  FACE: '刷脸认证（原认证系统）',
  VISIT: '社区上门认证（原认证系统）',
};

/** The person's certification and the reminder already sent for it, or null (not paid: no certification). */
export function certificationOf(ctx: PopulationContext, person: Person, firstNotificationId: number): { certification: CertificationRow; notice: NotificationRow | null } | null {
  const { row } = person;
  if (row.status !== 'ACTIVE' && row.status !== 'SUSPENDED') return null;
  const rng = new Random(ctx.seed, person.index, STREAM.CERTIFICATION);
  const today = isoDay(ctx.today);
  const method = METHODS.pick(rng);
  const roll = rng.next();
  const ends = (fromDays: number, toDays: number) => addDays(today, rng.int(fromDays, toDays));
  let validUntil: string;
  if (row.status === 'SUSPENDED') validUntil = ends(-700, -100); // lapsed long ago: part of why they are not paid
  else if (person.index === 0) validUntil = ends(40, 60); // the demo retiree: due soon, reminded, can certify in the app
  else if (roll < LAPSED_SHARE) validUntil = ends(-75, -1);
  else if (roll < LAPSED_SHARE + ENDING_SHARE) validUntil = ends(0, 30);
  else validUntil = method === 'PASSIVE' ? ends(200, 365) : ends(31, 365);
  // Certified at retirement at the latest: nobody's certification predates their pension.
  const certifiedOn = maxDay(addMonths(validUntil, -12), isoDay(person.retirementDay));
  const certification: CertificationRow = {
    retireeId: row.id, orgPath: row.orgPath, validUntil, method, certifiedOn,
    evidence: JSON.stringify([{ date: certifiedOn, text: `${certifiedOn} ${EVIDENCE[method]}` }]),
  };
  const noticeDay = addDays(validUntil, -NOTICE_DAYS);
  if (row.status !== 'ACTIVE' || noticeDay > today) return { certification, notice: null };
  return {
    certification,
    notice: {
      id: firstNotificationId, retireeId: row.id, orgPath: row.orgPath, kind: 'CERTIFICATION_DUE', title: '生存认证即将到期',
      body: `${row.name}您好：您的养老金领取资格认证将于 ${validUntil} 到期。请在本应用"我要认证"中刷脸认证，或联系社区上门认证，认证后继续正常发放。不会使用手机的，社区工作人员会上门帮您办。`,
      eventKey: `cert-due:${validUntil}`, link: '/certification', createdAt: `${noticeDay}T09:00:00+08:00`, smsStatus: row.phone ? 'SENT' : 'SKIPPED',
    },
  };
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
