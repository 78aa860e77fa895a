/**
 * Anomalies injected into the payment file for the risk scan to find: a few amounts that jump,
 * and a few retirees whose pension went into one unrelated retiree's account. Everybody else's
 * row is exactly the seed's payment.
 *
 * Candidates are drawn up front (random indexes); the population pass offers each candidate that
 * qualifies (ACTIVE, paid this period, untouched by the month's other events) when it reaches
 * them, and roles are handed out in that order: the account holder first, so that the sharers
 * after them can be paid into the holder's account.
 */
import type { Random } from '../seed/random.js';
import type { SimulationContext } from './context.js';
import type { PaymentFeedRow } from './feed-rows.js';
import type { PersonRef } from './people.js';
import { AMOUNT_JUMPS, AMOUNT_JUMP_FACTOR, OTHER_RETIREES_ID_DEATHS_AT_FULL, SHARED_ACCOUNT_SHARERS } from './rates.js';
import { SIM_STREAM, simRandom } from './streams.js';

export interface AmountJump {
  person: PersonRef;
  period: string;
  seededFen: number;
  fileFen: number;
}

export interface SharedAccount {
  account: string;
  holder: PersonRef;
  sharers: { person: PersonRef; ownAccount: string }[];
}

/** Plenty of spares: some candidates turn out dead, sentenced or unpaid this month. */
const CANDIDATES = 4 * (1 + SHARED_ACCOUNT_SHARERS + AMOUNT_JUMPS + OTHER_RETIREES_ID_DEATHS_AT_FULL);

export class PaymentAnomalies {
  readonly jumps: AmountJump[] = [];
  shared: SharedAccount | null = null;
  /** Living retirees whose numbers the "two people with one ID" death records borrow. */
  readonly idHolders: PersonRef[] = [];
  private readonly candidates = new Set<number>();
  private readonly rng: Random;

  constructor(ctx: SimulationContext) {
    this.rng = simRandom(ctx.seed, ctx.today, SIM_STREAM.ANOMALIES, 0);
    // Index 0 is the demo retiree, who stays as the guides describe her.
    const pool = ctx.retirees - 1;
    const wanted = Math.min(CANDIDATES, pool);
    while (this.candidates.size < wanted) this.candidates.add(this.rng.int(1, pool));
  }

  isCandidate(index: number): boolean {
    return this.candidates.has(index);
  }

  /** The row to write for a qualifying candidate (possibly altered). */
  offer(who: PersonRef, payment: PaymentFeedRow): PaymentFeedRow {
    if (!this.shared) {
      this.shared = { account: payment.bankAccount, holder: who, sharers: [] };
      return payment;
    }
    const shared = this.shared;
    if (shared.sharers.length < SHARED_ACCOUNT_SHARERS && this.unrelated(who, shared)) {
      shared.sharers.push({ person: who, ownAccount: payment.bankAccount });
      return { ...payment, bankAccount: shared.account };
    }
    if (this.jumps.length < AMOUNT_JUMPS) {
      const factor = AMOUNT_JUMP_FACTOR.min + this.rng.next() * (AMOUNT_JUMP_FACTOR.max - AMOUNT_JUMP_FACTOR.min);
      const fileFen = Math.round((payment.amount * factor) / 100) * 100;
      this.jumps.push({ person: who, period: payment.period, seededFen: payment.amount, fileFen });
      return { ...payment, amount: fileFen };
    }
    if (this.idHolders.length < OTHER_RETIREES_ID_DEATHS_AT_FULL) this.idHolders.push(who);
    return payment;
  }

  /** Another surname and another community: no spouse or neighbour collecting for them. */
  private unrelated(who: PersonRef, shared: SharedAccount): boolean {
    return [shared.holder, ...shared.sharers.map((s) => s.person)].every((p) => p.name[0] !== who.name[0] && p.communityCode !== who.communityCode);
  }
}
