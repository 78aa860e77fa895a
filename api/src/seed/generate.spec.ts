import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../common/id-number.js';
import { monthOf, parseIsoDay } from './calendar.js';
import { DEMO_RETIREE, DEMO_USERNAMES } from './demo.js';
import {
  DEFAULT_TODAY, generateCity, type FamilyMemberRow, type OrgUnitRow, type PensionPaymentRow, type RetireeRow, type SyntheticCity, type TaskEventRow, type TaskRetireeRow,
  type TaskRow,
} from './generate.js';
import { reformExtraMonths, type RetirementCategory } from './retirement.js';
import { FAMILY_MEMBER_LAYOUT, ORG_UNIT_LAYOUT, PENSION_PAYMENT_LAYOUT, RETIREE_LAYOUT, TASK_EVENT_LAYOUT, TASK_LAYOUT, TASK_RETIREE_LAYOUT } from './tables.js';
import { E2E_RESERVED_TITLE, TASKS_PER_RETIREE } from './tasks.js';
import { shanghaiDay, signDeadline } from '../common/working-days.js';

const SIZE = 2000;

/** sha256 over the COPY lines of every table: exactly what the loader would send. */
function fingerprint(city: SyntheticCity): string {
  const hash = createHash('sha256');
  for (const o of city.orgUnits) hash.update(ORG_UNIT_LAYOUT.encode(o));
  hash.update(JSON.stringify([city.staffUsers, city.apiClients]));
  for (const r of city.retirees()) hash.update(RETIREE_LAYOUT.encode(r));
  for (const f of city.familyMembers()) hash.update(FAMILY_MEMBER_LAYOUT.encode(f));
  for (const p of city.pensionPayments()) hash.update(PENSION_PAYMENT_LAYOUT.encode(p));
  return hash.update(taskFingerprint(city)).digest('hex');
}

function taskFingerprint(city: SyntheticCity): string {
  const hash = createHash('sha256');
  for (const t of city.tasks()) hash.update(TASK_LAYOUT.encode(t));
  for (const l of city.taskRetirees()) hash.update(TASK_RETIREE_LAYOUT.encode(l));
  for (const e of city.taskEvents()) hash.update(TASK_EVENT_LAYOUT.encode(e));
  return hash.digest('hex');
}

/** Map.groupBy arrives with the ES2024 lib; the project targets ES2023. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function monthsBetween(fromIso: string, toIso: string): number {
  return monthOf(parseIsoDay(toIso)) - monthOf(parseIsoDay(fromIso));
}

let city: SyntheticCity;
let retirees: RetireeRow[];
let family: FamilyMemberRow[];
let payments: PensionPaymentRow[];
let unitById: Map<number, OrgUnitRow>;
let tasks: TaskRow[];
let taskLinks: TaskRetireeRow[];
let taskEvents: TaskEventRow[];

beforeAll(() => {
  city = generateCity({ seed: 7, retirees: SIZE });
  retirees = [...city.retirees()];
  family = [...city.familyMembers()];
  payments = [...city.pensionPayments()];
  unitById = new Map(city.orgUnits.map((o) => [o.id, o]));
  tasks = [...city.tasks()];
  taskLinks = [...city.taskRetirees()];
  taskEvents = [...city.taskEvents()];
});

describe('determinism', () => {
  it('gives byte-identical rows for the same seed and size, whatever the clock', () => {
    const first = fingerprint(generateCity({ seed: 7, retirees: SIZE }));
    expect(fingerprint(generateCity({ seed: 7, retirees: SIZE, today: DEFAULT_TODAY }))).toBe(first);
  });

  it('gives a different city for a different seed', () => {
    expect(fingerprint(generateCity({ seed: 8, retirees: SIZE }))).not.toBe(fingerprint(generateCity({ seed: 7, retirees: SIZE })));
  });

  it('streams each table the same way twice (passes do not leak state into each other)', () => {
    expect([...city.familyMembers()]).toEqual(family);
    expect([...city.retirees()]).toEqual(retirees);
  });

  it('builds the same tasks whether or not the retirees were streamed first', () => {
    // A loader streams retirees first and the task history reuses what that pass recorded; alone, it takes its own pass.
    expect(taskFingerprint(generateCity({ seed: 7, retirees: SIZE }))).toBe(taskFingerprint(city));
  });

  it('a bigger city starts with the same people', () => {
    const bigger = [...generateCity({ seed: 7, retirees: SIZE + 500 }).retirees()].slice(0, SIZE);
    expect(bigger).toEqual(retirees);
  });
});

describe('ID numbers', () => {
  it('every retiree number is valid and agrees with birth date and gender', () => {
    for (const r of retirees) {
      const parsed = parseIdNumber(r.idNumber);
      expect(parsed, r.idNumber).toMatchObject({ ok: true, facts: { birthDate: r.birthDate, gender: r.gender } });
    }
  });

  it('every family member number is valid, and adults have one while minors do not', () => {
    const adultCutoff = `${Number(DEFAULT_TODAY.slice(0, 4)) - 18}${DEFAULT_TODAY.slice(4)}`;
    for (const f of family) {
      if (f.idNumber === null) continue;
      const parsed = parseIdNumber(f.idNumber);
      expect(parsed.ok, f.idNumber).toBe(true);
      if (parsed.ok) expect(parsed.facts.birthDate <= adultCutoff).toBe(true);
    }
    expect(family.filter((f) => f.idNumber !== null).length / family.length).toBeGreaterThan(0.9);
  });

  it('no number is issued twice, across retirees and relatives', () => {
    const all = [...retirees.map((r) => r.idNumber), ...family.flatMap((f) => (f.idNumber ? [f.idNumber] : []))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('most retirees were registered here, under the city code or 嵊县 before 1995', () => {
    const local = retirees.filter((r) => r.idNumber.startsWith('330683') || r.idNumber.startsWith('330623')).length;
    expect(local / SIZE).toBeGreaterThan(0.75);
    expect(local / SIZE).toBeLessThan(0.9);
  });
});

describe('ages and retirement', () => {
  it('the reform adds the months of the official table', () => {
    const cases: [RetirementCategory, number, number, number][] = [
      ['MALE', 1964, 12, 0],
      ['MALE', 1965, 1, 1],
      ['MALE', 1965, 5, 2],
      ['MALE', 1966, 12, 6],
      ['MALE', 1976, 9, 36],
      ['FEMALE_CADRE', 1970, 1, 1],
      ['FEMALE_CADRE', 1971, 12, 6],
      ['FEMALE_WORKER', 1974, 12, 0],
      ['FEMALE_WORKER', 1975, 3, 2],
      ['FEMALE_WORKER', 1976, 12, 12],
      ['FEMALE_WORKER', 1984, 12, 60],
    ];
    for (const [category, year, month, extra] of cases) expect(reformExtraMonths(category, year * 12 + month - 1), `${category} ${year}-${month}`).toBe(extra);
  });

  it('everyone retired at their statutory age, from the month after reaching it, and by today', () => {
    for (const r of retirees) {
      expect(r.retirementDate.endsWith('-01'), r.retirementDate).toBe(true);
      expect(r.retirementDate <= DEFAULT_TODAY).toBe(true);
      const birthMonth = monthOf(parseIsoDay(r.birthDate));
      const ages = r.gender === 'MALE' ? [['MALE', 60]] : [['FEMALE_WORKER', 50], ['FEMALE_CADRE', 55]] as const;
      const allowed = (ages as readonly (readonly [RetirementCategory, number])[]).map(([category, years]) => years * 12 + reformExtraMonths(category, birthMonth) + 1);
      expect(allowed, `${r.name} ${r.birthDate} → ${r.retirementDate}`).toContain(monthsBetween(r.birthDate, r.retirementDate));
    }
  });

  it('is a plausible mix of ages and sexes', () => {
    const ages = retirees.map((r) => 2026 - Number(r.birthDate.slice(0, 4)));
    const share = (test: (a: number) => boolean) => ages.filter(test).length / SIZE;
    expect(share((a) => a >= 60 && a < 80)).toBeGreaterThan(0.6);
    expect(share((a) => a >= 90)).toBeGreaterThan(0.005);
    expect(Math.max(...ages)).toBeLessThanOrEqual(101);
    expect(retirees.filter((r) => r.gender === 'FEMALE').length / SIZE).toBeGreaterThan(0.45);
  });

  it('most are active; a few are deceased, suspended or transferred', () => {
    const share = (status: string) => retirees.filter((r) => r.status === status).length / SIZE;
    expect(share('ACTIVE')).toBeGreaterThan(0.95);
    expect(share('DECEASED')).toBeGreaterThan(0.004);
    expect(share('SUSPENDED')).toBeGreaterThan(0.003);
  });
});

describe('places', () => {
  it('every retiree is managed by a community of its own township, with that community’s path', () => {
    for (const r of retirees) {
      const community = unitById.get(r.communityId)!;
      expect(community.level).toBe('COMMUNITY');
      expect(community.parentId).toBe(r.townshipId);
      expect(unitById.get(r.townshipId)!.level).toBe('TOWNSHIP');
      expect(r.orgPath).toBe(community.path);
      expect(r.hukouAddress).toContain(`${unitById.get(r.townshipId)!.name}${community.name}`);
    }
  });

  it('org unit paths run from the city down, and every unit has a contact', () => {
    for (const o of city.orgUnits) {
      const parent = o.parentId === null ? null : unitById.get(o.parentId)!;
      expect(o.path).toBe(parent ? `${parent.path}${o.code}/` : `/${o.code}/`);
      expect(o.contactName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(o.contactPhone).toMatch(/^0575-83\d{6}$/);
    }
    expect(city.orgUnits.filter((o) => o.level === 'COMMUNITY').length).toBeGreaterThan(300);
  });

  it('spreads retirees unevenly: urban communities hold more than villages', () => {
    const perCommunity = new Map<number, number>();
    for (const r of retirees) perCommunity.set(r.communityId, (perCommunity.get(r.communityId) ?? 0) + 1);
    const mean = (kind: string) => {
      const units = city.orgUnits.filter((o) => o.kind === kind);
      return units.reduce((sum, u) => sum + (perCommunity.get(u.id) ?? 0), 0) / units.length;
    };
    expect(mean('COMMUNITY')).toBeGreaterThan(2.5 * mean('VILLAGE'));
  });
});

describe('money', () => {
  it('pensions and payments are positive integer fen within 2,000–8,000 yuan', () => {
    for (const amount of [...retirees.map((r) => r.monthlyPension), ...payments.map((p) => p.amount)]) {
      expect(Number.isInteger(amount)).toBe(true);
      expect(amount).toBeGreaterThanOrEqual(196_000);
      expect(amount).toBeLessThanOrEqual(800_000);
    }
  });

  it('pays the 12 periods up to today, once each, never before retirement, at most the current pension', () => {
    const byRetiree = groupBy(payments, (p) => p.retireeId);
    for (const r of retirees) {
      const own = byRetiree.get(r.id) ?? [];
      expect(new Set(own.map((p) => p.period)).size).toBe(own.length);
      for (const p of own) {
        expect(p.period >= r.retirementDate.slice(0, 7)).toBe(true);
        expect(p.period >= '2025-12' && p.period <= '2026-11').toBe(true);
        expect(p.paidDate.startsWith(p.period)).toBe(true);
        expect(p.bankAccount).toBe(r.bankAccount);
      }
      if (r.status === 'ACTIVE' && r.retirementDate < '2025-12-01') expect(own.length).toBe(12);
      if (r.status === 'ACTIVE' && own.length) expect(own.at(-1)!.amount).toBe(r.monthlyPension);
    }
  });

  it('applies the 2% adjustment from July to those retired before this January', () => {
    const byRetiree = groupBy(payments, (p) => p.retireeId);
    const veteran = retirees.find((r) => r.status === 'ACTIVE' && r.retirementDate < '2025-01-01')!;
    const june = byRetiree.get(veteran.id)!.find((p) => p.period === '2026-06')!;
    const july = byRetiree.get(veteran.id)!.find((p) => p.period === '2026-07')!;
    expect(july.amount).toBe(Math.round(june.amount * 1.02));
    const newcomer = retirees.find((r) => r.status === 'ACTIVE' && r.retirementDate >= '2026-01-01' && r.retirementDate < '2026-06-01');
    if (newcomer) expect(new Set(byRetiree.get(newcomer.id)!.map((p) => p.amount)).size).toBe(1);
  });

  it('pays on a weekday between the 5th and the 10th', () => {
    for (const date of new Set(payments.map((p) => p.paidDate))) {
      const day = new Date(`${date}T00:00:00Z`);
      expect(day.getUTCDate()).toBeGreaterThanOrEqual(5);
      expect(day.getUTCDate()).toBeLessThanOrEqual(10);
      expect([0, 6]).not.toContain(day.getUTCDay());
    }
  });

  it('stops paying from the month after a death, and from the month of a suspension or transfer', () => {
    const byRetiree = groupBy(payments, (p) => p.retireeId);
    const stopped = retirees.filter((r) => r.status !== 'ACTIVE');
    expect(stopped.length).toBeGreaterThan(10);
    for (const r of stopped) {
      // The event day is what the register last recorded: updated_at.
      const eventPeriod = r.updatedAt.slice(0, 7);
      expect(r.updatedAt >= '2024-11-15', `${r.status} on ${r.updatedAt}`).toBe(true);
      for (const p of byRetiree.get(r.id) ?? []) {
        if (r.status === 'DECEASED') expect(p.period <= eventPeriod, `${p.period} paid after death in ${eventPeriod}`).toBe(true);
        else expect(p.period < eventPeriod, `${p.period} paid after ${r.status} in ${eventPeriod}`).toBe(true);
      }
    }
  });

  it('has 19-digit bank accounts with a valid Luhn check digit', () => {
    const luhnOk = (digits: string) =>
      [...digits].reverse().reduce((sum, ch, i) => {
        const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
        return sum + (d > 9 ? d - 9 : d);
      }, 0) % 10 === 0;
    for (const r of retirees) {
      expect(r.bankAccount).toMatch(/^\d{19}$/);
      expect(luhnOk(r.bankAccount), r.bankAccount).toBe(true);
    }
  });
});

describe('families', () => {
  it('lists 1–4 relatives for most retirees, about two on average, with exactly one emergency contact', () => {
    const byRetiree = groupBy(family, (f) => f.retireeId);
    for (const members of byRetiree.values()) {
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(4);
      expect(members.filter((m) => m.isEmergencyContact)).toHaveLength(1);
      expect(members.filter((m) => m.relation === '配偶').length).toBeLessThanOrEqual(1);
    }
    expect(family.length / SIZE).toBeGreaterThan(1.7);
    expect(family.length / SIZE).toBeLessThan(2.3);
    expect(byRetiree.size).toBeLessThan(SIZE);
  });

  it('keeps each relative in the retiree’s area, with sequential ids', () => {
    const pathOf = new Map(retirees.map((r) => [r.id, r.orgPath]));
    family.forEach((f, i) => {
      expect(f.id).toBe(i + 1);
      expect(f.orgPath).toBe(pathOf.get(f.retireeId));
    });
  });
});

describe('demo data', () => {
  it('puts the demo retiree first, in demo-community’s community, with the memorable phone', () => {
    const demo = retirees[0]!;
    const demoStaff = city.staffUsers.find((s) => s.username === DEMO_USERNAMES.community)!;
    expect(demo).toMatchObject({ id: 1, name: DEMO_RETIREE.name, phone: DEMO_RETIREE.phone, status: 'ACTIVE', communityId: demoStaff.orgUnitId });
    expect(city.demoRetiree.idNumber).toBe(demo.idNumber);
    expect(retirees.filter((r) => r.phone === DEMO_RETIREE.phone)).toHaveLength(1);
    expect(family.some((f) => f.phone === DEMO_RETIREE.phone)).toBe(false);
  });

  it('keeps the demo retiree the same whatever the seed', () => {
    const other = generateCity({ seed: 99, retirees: 1 }).demoRetiree;
    expect(other).toEqual(city.demoRetiree);
  });

  it('creates the demo logins and one account per unit, with unique usernames', () => {
    const users = new Map(city.staffUsers.map((s) => [s.username, s]));
    expect(users.size).toBe(city.staffUsers.length);
    const unitCode = (username: string) => unitById.get(users.get(username)!.orgUnitId)!.code;
    expect(users.get('demo-bureau')).toMatchObject({ role: 'ADMIN' });
    expect(unitCode('demo-bureau')).toBe('330683');
    expect(users.get('demo-township')).toMatchObject({ role: 'ADMIN' });
    expect(unitCode('demo-township')).toBe('330683001');
    expect(users.get('demo-community')).toMatchObject({ role: 'STAFF' });
    expect(unitCode('demo-community')).toBe('330683001002');
    expect(users.get('leader-city')).toMatchObject({ role: 'VIEWER' });
    for (const o of city.orgUnits) {
      if (o.level === 'TOWNSHIP') expect(users.get(`admin-${o.code}`)).toMatchObject({ role: 'ADMIN', orgUnitId: o.id });
      if (o.level !== 'CITY') expect(users.get(`staff-${o.code}`)).toMatchObject({ role: 'STAFF', orgUnitId: o.id });
    }
  });

  it('phones are unique 11-digit mobiles; most retirees have one', () => {
    const phones = [...retirees.map((r) => r.phone), ...family.map((f) => f.phone)].filter((p): p is string => p !== null);
    expect(new Set(phones).size).toBe(phones.length);
    expect(phones.every((p) => /^1[3-9]\d{9}$/.test(p))).toBe(true);
    expect(retirees.filter((r) => r.phone).length / SIZE).toBeGreaterThan(0.8);
  });
});

describe('work tasks', () => {
  const NOW = Date.parse(`${DEFAULT_TODAY}T18:00:00+08:00`);
  const OPEN = ['ASSIGNED', 'SIGNED', 'RETURNED'];
  const staffById = () => new Map(city.staffUsers.map((s) => [s.id, s]));
  const demoCommunity = () => city.staffUsers.find((s) => s.username === DEMO_USERNAMES.community)!;

  it('about 0.3 a retiree over the year before today, ids in order of creation', () => {
    expect(tasks.length).toBe(Math.round(SIZE * TASKS_PER_RETIREE));
    tasks.forEach((t, i) => {
      expect(t.id).toBe(i + 1);
      if (i) expect(t.createdAt >= tasks[i - 1]!.createdAt).toBe(true);
      expect(Date.parse(t.createdAt)).toBeLessThanOrEqual(NOW);
      expect(Date.parse(t.createdAt)).toBeGreaterThan(NOW - 366 * 86_400_000);
    });
    const types = groupBy(tasks, (t) => t.type);
    for (const type of ['VISIT', 'DATA_CHECK', 'GENERAL'] as const) expect(types.get(type)!.length / tasks.length).toBeGreaterThan(0.15);
    expect(tasks.filter((t) => t.batchId).length / tasks.length).toBeGreaterThan(0.1);
  });

  it('mostly evaluated by now, a few still open (some overdue), waiting for evaluation, returned or cancelled', () => {
    const counts = city.taskStatusCounts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(tasks.length);
    for (const t of tasks) expect(t.status).toBeDefined();
    expect(counts).toEqual(Object.fromEntries(['ASSIGNED', 'SIGNED', 'DONE', 'EVALUATED', 'RETURNED', 'CANCELLED'].map((s) => [s, tasks.filter((t) => t.status === s).length])));
    expect(counts.EVALUATED / tasks.length).toBeGreaterThan(0.85);
    const open = tasks.filter((t) => OPEN.includes(t.status));
    expect(open.length / tasks.length).toBeGreaterThan(0.01);
    expect(open.length / tasks.length).toBeLessThan(0.1);
    expect(open.filter((t) => t.dueDate < DEFAULT_TODAY).length).toBeGreaterThan(0);
    expect(counts.DONE).toBeGreaterThan(0);
    expect(counts.CANCELLED / tasks.length).toBeLessThan(0.02);
    expect(tasks.filter((t) => t.returnCount === 1).length / tasks.length).toBeGreaterThan(0.005);
    expect(tasks.every((t) => t.returnCount <= 1)).toBe(true);
  });

  it('signs within one working day and completes on time mostly; scores mostly 3 to 5', () => {
    const signed = tasks.filter((t) => t.signedAt);
    expect(signed.filter((t) => t.signedOnTime).length / signed.length).toBeGreaterThan(0.85);
    expect(signed.filter((t) => !t.signedOnTime).length).toBeGreaterThan(0);
    const completed = tasks.filter((t) => t.completedAt);
    expect(completed.filter((t) => t.completedOnTime).length / completed.length).toBeGreaterThan(0.8);
    expect(completed.filter((t) => !t.completedOnTime).length).toBeGreaterThan(0);
    const scored = tasks.filter((t) => t.score !== null);
    expect(scored.filter((t) => t.score! >= 3).length / scored.length).toBeGreaterThan(0.95);
    expect(scored.filter((t) => t.score === 5).length).toBeGreaterThan(0);
  });

  it('keeps each row consistent with the API\'s rules: deadlines, on-time flags, who did what', () => {
    const calendar = { holidays: new Set<string>(), extraWorkdays: new Set<string>() };
    const staff = staffById();
    for (const t of tasks) {
      expect(t.signDeadline).toBe(signDeadline(calendar, new Date(t.createdAt)).toISOString().replace('.000Z', 'Z'));
      expect(t.dueDate >= shanghaiDay(new Date(t.createdAt))).toBe(true);
      expect(t.signedOnTime).toBe(t.signedAt === null ? null : Date.parse(t.signedAt) <= Date.parse(t.signDeadline));
      expect(t.completedOnTime).toBe(t.completedAt === null ? null : shanghaiDay(new Date(t.completedAt)) <= t.dueDate);
      expect(t.orgPath).toBe(unitById.get(t.assigneeUnitId)!.path);
      expect(t.creatorPath).toBe(unitById.get(t.creatorUnitId)!.path);
      expect(t.orgPath.startsWith(t.creatorPath)).toBe(true);
      expect(t.creatorName).toBe(staff.get(t.creatorStaffId!)!.displayName);
      // Staff of the assignee unit sign and complete (the named person when there is one).
      for (const [id, name] of [[t.signedById, t.signedByName], [t.completedById, t.completedByName]] as const) {
        if (id === null) continue;
        expect(staff.get(id)).toMatchObject({ orgUnitId: t.assigneeUnitId, displayName: name });
        if (t.assigneeStaffId !== null) expect(id).toBe(t.assigneeStaffId);
      }
      if (t.evaluatedByName) expect(t.evaluatedByName).not.toBe(t.completedByName);
      if (['DONE', 'EVALUATED'].includes(t.status)) expect(t.outcome).not.toBeNull();
      if (t.status === 'EVALUATED') expect(t.score).not.toBeNull();
      else expect(t.score).toBeNull();
    }
    // A weekend task may be signed until the end of Monday.
    const saturday = tasks.find((t) => new Date(Date.parse(t.createdAt) + 8 * 3_600_000).getUTCDay() === 6)!;
    const monday = new Date(Date.parse(saturday.createdAt) + 8 * 3_600_000 + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(saturday.signDeadline).toBe(new Date(Date.parse(`${monday}T00:00:00+08:00`) + 86_400_000).toISOString().replace('.000Z', 'Z'));
  });

  it('tells each task\'s story in its timeline, in order, up to today and no further', () => {
    const byTask = groupBy(taskEvents, (e) => e.taskId);
    taskEvents.forEach((e, i) => expect(e.id).toBe(i + 1));
    const last: Record<string, string> = { ASSIGNED: 'ASSIGNED', SIGNED: 'SIGNED', DONE: 'COMPLETED', EVALUATED: 'EVALUATED', RETURNED: 'RETURNED', CANCELLED: 'CANCELLED' };
    for (const t of tasks) {
      const events = byTask.get(t.id)!;
      expect(events[0]).toMatchObject({ kind: 'ASSIGNED', actorName: t.creatorName, at: t.createdAt, orgPath: t.orgPath });
      expect(events.at(-1)!.kind).toBe(last[t.status]);
      for (let i = 1; i < events.length; i++) expect(events[i]!.at >= events[i - 1]!.at).toBe(true);
      expect(Date.parse(events.at(-1)!.at)).toBeLessThanOrEqual(NOW);
      expect(events.filter((e) => e.kind === 'RETURNED').length).toBe(t.returnCount);
      if (t.signedAt) expect(events.find((e) => e.kind === 'SIGNED')).toMatchObject({ at: t.signedAt, actorName: t.signedByName });
      if (t.evaluatedAt) expect(events.at(-1)).toMatchObject({ at: t.evaluatedAt, actorName: t.evaluatedByName, note: expect.stringMatching(new RegExp(`^${t.score} 分`)) });
      if (t.batchId) expect(events[0]!.note).toBe('批量派发');
    }
  });

  it('links each task to people of its own community, as many as it counts', () => {
    const retireeById = new Map(retirees.map((r) => [r.id, r]));
    const linksByTask = groupBy(taskLinks, (l) => l.taskId);
    for (const t of tasks) {
      const links = linksByTask.get(t.id) ?? [];
      expect(links.length).toBe(t.retireeCount);
      for (const l of links) {
        expect(l.orgPath).toBe(t.orgPath);
        expect(retireeById.get(l.retireeId)!.orgPath).toBe(t.orgPath);
      }
      // Visits to people "90 岁以上" reach only people aged 90 on the day.
      if (t.batchId && /90 岁以上/.test(t.title)) {
        const day = shanghaiDay(new Date(t.createdAt));
        const cutoff = `${Number(day.slice(0, 4)) - 90}${day.slice(4)}`;
        for (const l of links) expect(retireeById.get(l.retireeId)!.birthDate <= cutoff).toBe(true);
      }
    }
  });

  it('a batch is one task per community under the assigning unit, sharing title, time, creator and due date', () => {
    const batches = groupBy(tasks.filter((t) => t.batchId), (t) => t.batchId!);
    expect(batches.size).toBeGreaterThan(10);
    for (const [batchId, members] of batches) {
      expect(batchId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(members.map((t) => `${t.title}|${t.createdAt}|${t.creatorStaffId}|${t.dueDate}|${t.type}`)).size).toBe(1);
      expect(new Set(members.map((t) => t.assigneeUnitId)).size).toBe(members.length);
      for (const t of members) {
        expect(unitById.get(t.assigneeUnitId)!.level).toBe('COMMUNITY');
        expect(t.retireeCount).toBeGreaterThan(0);
      }
    }
  });

  it('gives the demo community a small inbox: tasks to sign with distinct titles, work in progress, one overdue', () => {
    const me = demoCommunity();
    const inbox = tasks.filter((t) => t.assigneeUnitId === me.orgUnitId && OPEN.includes(t.status) && (t.assigneeStaffId === null || t.assigneeStaffId === me.id));
    const toSign = inbox.filter((t) => t.status === 'ASSIGNED');
    expect(toSign.length).toBeGreaterThanOrEqual(2);
    expect(toSign.length).toBeLessThanOrEqual(3);
    expect(new Set(toSign.map((t) => t.title)).size).toBe(toSign.length);
    // Still within the time to sign them.
    for (const t of toSign) expect(Date.parse(t.signDeadline)).toBeGreaterThan(NOW);
    const inProgress = inbox.filter((t) => t.status !== 'ASSIGNED');
    expect(inProgress.length).toBeGreaterThanOrEqual(1);
    expect(inProgress.length).toBeLessThanOrEqual(2);
    expect(inbox.filter((t) => t.dueDate < DEFAULT_TODAY)).toHaveLength(1);
    // Its history is all handled, and the demo community's two people share it.
    const mine = tasks.filter((t) => t.assigneeUnitId === me.orgUnitId);
    expect(mine.filter((t) => OPEN.includes(t.status)).length).toBe(inbox.length);
    expect(new Set(mine.map((t) => t.completedById).filter((id) => id !== null)).size).toBe(2);
  });

  it('leaves the e2e journey\'s task to it: no "走访 90 岁以上…" for the demo community in the current month', () => {
    // In late July the bureau's summer campaign "走访 90 岁以上老人（高温慰问）" has just reached every other community.
    const july = generateCity({ seed: 7, retirees: 20_000, today: '2026-07-30' });
    const me = july.staffUsers.find((s) => s.username === DEMO_USERNAMES.community)!;
    const reserved = [...july.tasks()].filter((t) => t.title.startsWith(E2E_RESERVED_TITLE) && shanghaiDay(new Date(t.createdAt)).startsWith('2026-07'));
    expect(reserved.length).toBeGreaterThan(50);
    expect(reserved.filter((t) => t.assigneeUnitId === me.orgUnitId)).toEqual([]);
  });

  it('gives demo-township and demo-bureau a recent batch still in progress', () => {
    for (const username of [DEMO_USERNAMES.township, DEMO_USERNAMES.bureau]) {
      const creator = city.staffUsers.find((s) => s.username === username)!;
      const recent = tasks.filter((t) => t.batchId && t.creatorStaffId === creator.id && NOW - Date.parse(t.createdAt) < 7 * 86_400_000);
      expect(recent.length, username).toBeGreaterThan(1);
      const statuses = new Set(recent.map((t) => t.status));
      expect(statuses.size, `${username}: ${[...statuses].join(', ')}`).toBeGreaterThan(1);
    }
    const township = city.staffUsers.find((s) => s.username === DEMO_USERNAMES.township)!;
    expect(tasks.some((t) => t.assigneeUnitId === township.orgUnitId && t.status === 'ASSIGNED')).toBe(true);
  });
});
