import { CheckIcon } from '../../shared/icons';
import { formatDate, formatMoney, formatPeriod } from '../../shared/format';
import './payment.css';

// Keyed by id: a month can have two payments (e.g. back-pay after a late certification).
export interface PaymentRow {
  id: string;
  period: string;
  amount: number;
  paidDate: string;
}

/** Pension payments, newest first, each marked 已到账 with the day it arrived. */
export function PaymentList({ payments, periodLabel = formatPeriod }: { payments: PaymentRow[]; periodLabel?: (period: string) => string }) {
  return (
    <ul className="payments">
      {payments.map((p) => (
        <li key={p.id} className="payment">
          <p className="payment__line">
            <span className="payment__period">{periodLabel(p.period)}</span>
            <span className="payment__amount">{formatMoney(p.amount)}</span>
          </p>
          <p className="payment__line payment__line--status">
            <span className="badge badge--ok">
              <CheckIcon />
              已到账
            </span>
            <span className="payment__date">{formatDate(p.paidDate)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
