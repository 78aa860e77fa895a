import { Link } from 'react-router';
import { useQuery } from '../../app/useQuery';
import { graphql } from '../../gql';
import { buttonClass } from '../../shared/Button';
import { formatDate, telHref } from '../../shared/format';
import { Facts } from '../../shared/Facts';
import { PhoneIcon } from '../../shared/icons';
import { Masked } from '../../shared/Masked';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { PENDING_COMMUNITY } from '../home/CommunityCard';

export const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      id
      name
      gender
      birthDate
      idNumber
      phone
      hukouAddress
      residenceAddress
      employer
      retirementDate
      bankName
      bankAccount
      citizenCardNo
      community {
        id
        name
        contactPhone
      }
    }
  }
`);

const masked = (value: string | null | undefined) => (value ? <Masked value={value} /> : null);
const date = (value: string | null | undefined) => (value ? formatDate(value) : null);

export default function ProfilePage() {
  const result = useQuery(MyProfileQuery);
  return (
    <Page title="我的信息" backTo="/">
      <QueryState result={result}>
        {({ myProfile: p }) => (
          <>
            <p className="lead">这是平台上登记的您的信息。为了保护您的隐私，部分号码用 * 号遮住了。</p>

            <section className="card" aria-labelledby="basic-title">
              <h2 id="basic-title" className="card__title">
                基本信息
              </h2>
              <Facts
                rows={[
                  ['姓名', p.name],
                  ['性别', p.gender === 'FEMALE' ? '女' : '男'],
                  ['出生日期', date(p.birthDate)],
                  ['身份证号', masked(p.idNumber)],
                  ['手机号', masked(p.phone)],
                ]}
              />
            </section>

            <section className="card" aria-labelledby="address-title">
              <h2 id="address-title" className="card__title">
                住址
              </h2>
              <Facts
                rows={[
                  ['户籍地址', p.hukouAddress],
                  ['现在住的地址', p.residenceAddress],
                ]}
              />
            </section>

            <section className="card" aria-labelledby="retirement-title">
              <h2 id="retirement-title" className="card__title">
                退休信息
              </h2>
              <Facts
                rows={[
                  ['原工作单位', p.employer],
                  ['退休日期', date(p.retirementDate)],
                  ['所在社区', p.community ? p.community.name : <strong>{PENDING_COMMUNITY}</strong>],
                ]}
              />
              {p.community && (
                <Link className={buttonClass('secondary')} to="/transfer">
                  搬家了？申请转到新社区
                </Link>
              )}
            </section>

            <section className="card" aria-labelledby="family-title">
              <h2 id="family-title" className="card__title">
                家庭成员
              </h2>
              <p>家里人的联系方式，遇到急事社区会先联系紧急联系人。</p>
              <Link className={buttonClass('secondary')} to="/family">
                查看和登记家庭成员
              </Link>
            </section>

            <section className="card" aria-labelledby="bank-title">
              <h2 id="bank-title" className="card__title">
                养老金银行卡和市民卡
              </h2>
              <Facts
                rows={[
                  ['开户银行', p.bankName],
                  ['银行卡号', masked(p.bankAccount)],
                  ['市民卡号', p.citizenCardNo],
                ]}
              />
            </section>

            <section className="card card--quiet" aria-labelledby="wrong-title">
              <h2 id="wrong-title" className="card__title">
                信息不对怎么办？
              </h2>
              {p.community ? (
                <>
                  <p>请联系{p.community.name}，工作人员会帮您核实和更正。</p>
                  {p.community.contactPhone && (
                    <a className={buttonClass('secondary')} href={telHref(p.community.contactPhone)}>
                      <PhoneIcon />
                      打电话给社区
                      <span className="nowrap">{p.community.contactPhone}</span>
                    </a>
                  )}
                </>
              ) : (
                <p>镇街为您安排好管理社区后，请联系社区，工作人员会帮您核实和更正。</p>
              )}
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
