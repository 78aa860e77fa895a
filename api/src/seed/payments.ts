/** A year of monthly pension payments per retiree. */
import { monthOf } from './calendar.js';
import type { Person, PopulationContext } from './population.js';
import type { PensionPaymentRow } from './rows.js';

/**
 * The periods of the window this person was paid for: from the retirement month, up to the
 * month before payment stopped, only once the city's pay day has come. The amount switches to
 * the adjusted pension from the adjustment month.
 */
export function paymentsOf(ctx: PopulationContext, person: Person, firstId: number): PensionPaymentRow[] {
  const from = Math.max(ctx.firstMonth, monthOf(person.retirementDay));
  const to = Math.min(ctx.lastMonth, person.stopMonth - 1);
  const rows: PensionPaymentRow[] = [];
  for (let month = from; month <= to; month++) {
    const slot = month - ctx.firstMonth;
    if (ctx.paydays[slot]! > ctx.today) continue;
    rows.push({
      id: firstId + rows.length,
      retireeId: person.row.id,
      orgPath: person.row.orgPath,
      period: ctx.periods[slot]!,
      amount: month >= ctx.adjustmentMonth ? person.adjustedPension : person.basePension,
      paidDate: ctx.paidDates[slot]!,
      bankAccount: person.row.bankAccount,
    });
  }
  return rows;
}
