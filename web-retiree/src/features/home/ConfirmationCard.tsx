import { Link } from 'react-router';
import type { HomeQuery } from '../../gql/graphql';
import { buttonClass } from '../../shared/Button';
import { formatDate } from '../../shared/format';

type Confirmation = HomeQuery['myInfoConfirmation'];

/** How long the outcome of a dispute stays on home after it was settled. */
export const RESOLVED_SHOWN_DAYS = 30;

const OUTCOME: Record<string, string> = { CORRECTED: '已更正', EXPLAINED: '社区作了说明', OPEN: '正在处理' };

/**
 * Top of home: the request to check one's information while it waits for an answer, and for a
 * while after a dispute was settled, its outcome. Nothing otherwise.
 */
export function ConfirmationCard({ confirmation, now = Date.now() }: { confirmation: Confirmation; now?: number }) {
  if (confirmation?.status === 'PENDING') {
    return (
      <section className="card card--call" aria-labelledby="confirmation-title">
        <h2 id="confirmation-title" className="card__title">
          请确认您的个人信息
        </h2>
        <p>社保部门整理了平台登记的您的信息，请花几分钟核对一下：对的点“确认无误”，不对的告诉我们。</p>
        <Link className={buttonClass('primary')} to="/confirmation">
          去核对信息
        </Link>
      </section>
    );
  }
  const resolvedAt = confirmation?.status === 'RESOLVED' && confirmation.resolvedAt ? confirmation.resolvedAt : null;
  if (!resolvedAt || now - Date.parse(resolvedAt) > RESOLVED_SHOWN_DAYS * 86_400_000) return null;
  return (
    <section className="card card--call" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" className="card__title">
        您提出的信息问题已处理
      </h2>
      <p>{formatDate(resolvedAt)}处理完毕：</p>
      <ul className="outcomes">
        {confirmation!.disputes.map((d) => (
          <li key={d.id}>
            {d.label}：<strong>{OUTCOME[d.status]}</strong>
          </li>
        ))}
      </ul>
      <Link className={buttonClass('secondary')} to="/confirmation">
        查看处理结果
      </Link>
    </section>
  );
}
