/**
 * One pass over the seeded population (re-derived, never read from a database) that draws what
 * happens to each retiree in the month and streams the payment file as it goes. Each retiree's
 * draws come from their own stream, `Random(seed, index, SIM_STREAM.PERSON, today)`, in a fixed
 * order, so the month is the same whatever else changes.
 */
import { ageOn } from '../seed/calendar.js';
import { paymentsOf } from '../seed/payments.js';
import { population, type Person } from '../seed/population.js';
import type { SimulationContext } from './context.js';
import { drawDeath, type Death } from './deaths.js';
import type { PaymentFeedRow } from './feed-rows.js';
import type { ContinuedIdIssuer } from './id-numbers.js';
import { drawMissing, drawRelease, drawSentence, type Missing, type Release, type Sentence } from './justice.js';
import { ORDER_STRIDE, SIGNAL_ORDER, type LifeEventDraft } from './life-events.js';
import { PaymentAnomalies } from './payment-anomalies.js';
import { personRef } from './people.js';
import { drawProfileChange, type ProfileChange } from './profile-changes.js';
import { LOW_INCOME_RATE, LOW_PENSION_FEN, PROFILE_CHANGE_RATE, SUSPENDED_SIGNAL_FACTOR, disabilityRate } from './rates.js';
import type { RarePicks } from './rare-events.js';
import { drawSignals, type SeenDays } from './signals.js';
import { SIM_STREAM, simRandom } from './streams.js';
import { disabilityRecord, lowIncomeRecord } from './welfare.js';

export interface MonthDraws {
  deaths: Death[];
  sentences: Sentence[];
  releases: Release[];
  missing: Missing[];
  profileChanges: ProfileChange[];
  /** Every shared-data record of seeded retirees (deaths' reports included). */
  records: LifeEventDraft[];
  anomalies: PaymentAnomalies;
  payments: { rows: number; totalFen: number };
  /** ACTIVE retirees alive on today, and how many of them have a hospital or card record. */
  signalCoverage: { living: number; withSignal: number };
}

function paymentOf(ctx: SimulationContext, person: Person): PaymentFeedRow | null {
  const row = paymentsOf(ctx.population, person, 0).find((p) => p.period === ctx.paymentPeriod);
  return row ? { idNumber: person.row.idNumber, name: person.row.name, period: row.period, amount: row.amount, paidDate: row.paidDate, bankAccount: row.bankAccount } : null;
}

export async function drawMonth(
  ctx: SimulationContext, picks: RarePicks, issuer: ContinuedIdIssuer, writePayment: (row: PaymentFeedRow) => void | Promise<void>,
): Promise<MonthDraws> {
  const draws: MonthDraws = {
    deaths: [], sentences: [], releases: [], missing: [], profileChanges: [], records: [],
    anomalies: new PaymentAnomalies(ctx), payments: { rows: 0, totalFen: 0 }, signalCoverage: { living: 0, withSignal: 0 },
  };

  for (const person of population(ctx.population, ctx.retirees)) {
    const { row } = person;
    issuer.replay(row.idNumber, row.birthDate, row.gender);
    let payment = paymentOf(ctx, person);
    // The demo retiree (index 0) stays exactly as the guides describe her.
    const involved = person.index === 0 ? true : drawPerson(ctx, person, picks, draws);
    if (payment && !involved && draws.anomalies.isCandidate(person.index)) payment = draws.anomalies.offer(personRef(ctx, person), payment);
    if (payment) {
      draws.payments.rows++;
      draws.payments.totalFen += payment.amount;
      await writePayment(payment);
    }
  }
  return draws;
}

/**
 * Draws the person's month into `draws`. True when the person must not carry a payment anomaly:
 * not ACTIVE, or something happened that an anomaly would mask.
 */
function drawPerson(ctx: SimulationContext, person: Person, picks: RarePicks, draws: MonthDraws): boolean {
  const { row, index } = person;
  if (row.status !== 'ACTIVE' && row.status !== 'SUSPENDED') return true;
  const rng = simRandom(ctx.seed, ctx.today, SIM_STREAM.PERSON, index);
  const age = ageOn(person.birthDay, ctx.today);
  const community = ctx.communityById.get(row.communityId);
  const hasCard = row.citizenCardNo !== null;
  const order = index * ORDER_STRIDE;
  const who = personRef(ctx, person);
  const seen: SeenDays = { first: ctx.windowStart, last: ctx.today };

  if (row.status === 'SUSPENDED') {
    if (picks.releases.has(index)) {
      const release = drawRelease(rng, ctx, who, order);
      draws.releases.push(release);
      draws.records.push(...release.records);
      seen.first = release.releaseDay;
    }
    draws.records.push(...drawSignals(rng, who, community, age, hasCard, seen, ctx.signalCoverage * SUSPENDED_SIGNAL_FACTOR, order + SIGNAL_ORDER));
    return true;
  }

  const rank = picks.sentences.get(index);
  const missingPick = picks.missing.has(index);
  // The month's few sentenced and missing people live to see them.
  const dying = rank === undefined && !missingPick ? drawDeath(rng, ctx, person, who, age) : null;
  if (dying) {
    draws.deaths.push(dying.death);
    draws.records.push(...dying.death.reports.map((r) => r.draft), ...dying.signals);
    return true;
  }

  let involved = false;
  if (rank !== undefined) {
    const sentence = drawSentence(rng, ctx, who, order, rank === 0);
    draws.sentences.push(sentence);
    draws.records.push(...sentence.records);
    if (sentence.imprisonmentDay !== null) seen.last = sentence.imprisonmentDay - 1;
    involved = true;
  }
  if (missingPick) {
    const missing = drawMissing(rng, ctx, who, order + 2);
    draws.missing.push(missing);
    draws.records.push(...missing.records);
    seen.last = missing.missingSinceDay - 1;
    involved = true;
  }
  if (rng.chance(PROFILE_CHANGE_RATE)) {
    draws.profileChanges.push(drawProfileChange(rng, ctx.city, row, community!, who, draws.profileChanges.length));
    involved = true;
  }
  if (rng.chance(LOW_INCOME_RATE * (row.monthlyPension < LOW_PENSION_FEN ? 3 : 1))) draws.records.push(lowIncomeRecord(rng, ctx, who, order + 3));
  if (rng.chance(disabilityRate(age))) draws.records.push(disabilityRecord(rng, ctx, who, order + 4));

  const signals = drawSignals(rng, who, community, age, hasCard, seen, ctx.signalCoverage, order + SIGNAL_ORDER);
  draws.records.push(...signals);
  if (seen.last === ctx.today) {
    draws.signalCoverage.living++;
    if (signals.length) draws.signalCoverage.withSignal++;
  }
  return involved;
}
