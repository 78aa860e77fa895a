import { useQuery } from '../../app/useQuery';
import { graphql } from '../../gql';
import { formatMoney } from '../../shared/format';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { PaymentList, type PaymentRow } from './PaymentList';

export const MyPaymentsQuery = graphql(`
  query MyPayments {
    myProfile {
      id
      monthlyPension
      payments(months: 12) {
        id
        period
        amount
        paidDate
      }
    }
  }
`);

/** Groups newest-first payments by year, keeping the order. */
function byYear(payments: PaymentRow[]): { year: string; payments: PaymentRow[] }[] {
  const groups: { year: string; payments: PaymentRow[] }[] = [];
  for (const p of payments) {
    const year = p.period.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.payments.push(p);
    else groups.push({ year, payments: [p] });
  }
  return groups;
}

const monthOnly = (period: string) => `${Number(period.slice(5, 7))}月养老金`;

export default function PaymentsPage() {
  const result = useQuery(MyPaymentsQuery);
  return (
    <Page title="我的养老金" backTo="/">
      <QueryState result={result}>
        {({ myProfile: { monthlyPension, payments } }) => {
          const groups = byYear(payments);
          const thisYear = groups[0];
          const total = thisYear?.payments.reduce((sum, p) => sum + p.amount, 0) ?? 0;
          return (
            <>
              <section className="card summary" aria-labelledby="summary-title">
                <h2 id="summary-title" className="card__title">
                  {thisYear ? `${thisYear.year}年共到账` : '今年共到账'}
                </h2>
                <p className="money money--xl">{formatMoney(total)}</p>
                <p className="summary__note">{thisYear ? `共 ${thisYear.payments.length} 个月` : '今年还没有到账记录'}</p>
                <p className="summary__note">
                  现在每月养老金 <span className="nowrap">{formatMoney(monthlyPension)}</span>
                </p>
              </section>

              <section aria-labelledby="history-title">
                <h2 id="history-title" className="section-title">
                  近一年到账记录
                </h2>
                {payments.length === 0 ? (
                  <p>还没有到账记录。如有疑问，请联系您所在的社区。</p>
                ) : (
                  groups.map((g) => (
                    <section key={g.year} aria-labelledby={`year-${g.year}`} className="year">
                      <h3 id={`year-${g.year}`} className="year__title">
                        {g.year}年
                      </h3>
                      <PaymentList payments={g.payments} periodLabel={monthOnly} />
                    </section>
                  ))
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
