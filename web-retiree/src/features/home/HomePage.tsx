import { Link } from 'react-router';
import { serviceTiles } from '../../app/routes';
import { useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { graphql } from '../../gql';
import { buttonClass } from '../../shared/Button';
import { ChevronIcon } from '../../shared/icons';
import { formatMoney } from '../../shared/format';
import { Notice } from '../../shared/Notice';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { PaymentList } from '../payment/PaymentList';
import { CommunityCard } from './CommunityCard';
import { ConfirmationCard } from './ConfirmationCard';
import { LogoutSection } from './LogoutSection';
import './home.css';

export const HomeQuery = graphql(`
  query Home {
    myProfile {
      id
      name
      status
      monthlyPension
      community {
        id
        name
        contactName
        contactPhone
        address
      }
      payments(months: 6) {
        id
        period
        amount
        paidDate
      }
    }
    myCertification {
      status
    }
    myInfoConfirmation {
      id
      status
      resolvedAt
      disputes {
        id
        label
        status
      }
    }
  }
`);

const STATUS_NOTICE: Partial<Record<string, string>> = {
  SUSPENDED: '您的养老金现在暂停发放。请联系您所在的社区，了解原因和需要办理的手续。',
  TRANSFERRED: '您的管理关系正在转移。如有疑问，请联系您所在的社区。',
};

export default function HomePage() {
  const { state } = useSession();
  const result = useQuery(HomeQuery);
  const name = result.status === 'done' ? result.data.myProfile.name : state.status === 'signedIn' ? state.viewer.displayName : '';

  return (
    <Page title="首页" heading={name ? `${name}，您好` : '您好'}>
      <QueryState result={result}>
        {({ myProfile: me, myInfoConfirmation, myCertification }) => (
          <>
            {STATUS_NOTICE[me.status] && <Notice tone="error">{STATUS_NOTICE[me.status]}</Notice>}
            <ConfirmationCard confirmation={myInfoConfirmation} />

            <section className="card pension" aria-labelledby="pension-title">
              <h2 id="pension-title" className="card__title">
                我的养老金
              </h2>
              <p className="pension__label">每月养老金</p>
              <p className="money money--xl">{formatMoney(me.monthlyPension)}</p>
              <h3 className="card__subtitle">最近到账</h3>
              {me.payments.length ? <PaymentList payments={me.payments} /> : <p>还没有到账记录。</p>}
              <Link className="more-link" to="/payments">
                查看近一年的到账记录
                <ChevronIcon />
              </Link>
            </section>

            <section aria-labelledby="services-title">
              <h2 id="services-title" className="section-title">
                常用服务
              </h2>
              <ul className="tiles">
                {serviceTiles.map(({ to, title, hint, Icon, Badge }) => (
                  <li key={to}>
                    <Link className="tile" to={to}>
                      <Icon />
                      <span className="tile__title">{title}</span>
                      <span className="tile__hint">{hint}</span>
                      {Badge && <Badge certificationStatus={myCertification === undefined ? undefined : (myCertification?.status ?? 'NEVER')} />}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>

            <CommunityCard community={me.community}>
              {me.community && (
                <Link className={buttonClass('secondary')} to="/transfer">
                  搬家了？申请转到新社区
                </Link>
              )}
            </CommunityCard>
            <LogoutSection />
          </>
        )}
      </QueryState>
    </Page>
  );
}
