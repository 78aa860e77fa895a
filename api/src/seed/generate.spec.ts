import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../common/id-number.js';
import { monthOf, parseIsoDay } from './calendar.js';
import { DEMO_RETIREE, DEMO_USERNAMES } from './demo.js';
import { DEFAULT_TODAY, generateCity, type FamilyMemberRow, type OrgUnitRow, type PensionPaymentRow, type RetireeRow, type SyntheticCity } from './generate.js';
import { reformExtraMonths, type RetirementCategory } from './retirement.js';
import { FAMILY_MEMBER_LAYOUT, ORG_UNIT_LAYOUT, PENSION_PAYMENT_LAYOUT, RETIREE_LAYOUT } from './tables.js';

const SIZE = 2000;

/** sha256 over the COPY lines of every table: exactly what the loader would send. */
function fingerprint(city: SyntheticCity): string {
  const hash = createHash('sha256');
  for (const o of city.orgUnits) hash.update(ORG_UNIT_LAYOUT.encode(o));
  hash.update(JSON.stringify([city.staffUsers, city.apiClients]));
  for (const r of city.retirees()) hash.update(RETIREE_LAYOUT.encode(r));
  for (const f of city.familyMembers()) hash.update(FAMILY_MEMBER_LAYOUT.encode(f));
  for (const p of city.pensionPayments()) hash.update(PENSION_PAYMENT_LAYOUT.encode(p));
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

beforeAll(() => {
  city = generateCity({ seed: 7, retirees: SIZE });
  retirees = [...city.retirees()];
  family = [...city.familyMembers()];
  payments = [...city.pensionPayments()];
  unitById = new Map(city.orgUnits.map((o) => [o.id, o]));
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
