import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoCommunity, mockGraphQL, renderApp, signedIn } from '../../test/graphql';

const profile = {
  id: '1',
  name: '俞秀英',
  gender: 'FEMALE',
  birthDate: '1962-03-08',
  idNumber: '330683********1902',
  phone: '138****0001',
  hukouAddress: '浙江省绍兴市嵊州市剡湖街道新北社区北直街18号',
  residenceAddress: '浙江省绍兴市嵊州市剡湖街道新北社区北直街18号',
  employer: '嵊州市领带厂',
  retirementDate: '2012-04-01',
  bankName: null,
  bankAccount: null,
  citizenCardNo: 'A31415926',
  community: demoCommunity,
};

/** The value shown next to a label in the facts list. */
const valueOf = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;

describe('my information', () => {
  it('shows what the platform holds, in plain labels, masked where sensitive', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyProfile: () => ({ data: { myProfile: profile } }) });
    renderApp('/profile');

    await screen.findByRole('region', { name: '基本信息' });
    expect(valueOf('姓名')).toHaveTextContent('俞秀英');
    expect(valueOf('性别')).toHaveTextContent('女');
    expect(valueOf('出生日期')).toHaveTextContent('1962年3月8日');
    expect(valueOf('退休日期')).toHaveTextContent('2012年4月1日');
    expect(valueOf('原工作单位')).toHaveTextContent('嵊州市领带厂');
    expect(valueOf('市民卡号')).toHaveTextContent('A31415926');
    // Seen as asterisks; heard as "中间8位已隐藏" instead of eight "star"s.
    expect(screen.getByText('330683********1902')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('330683，中间8位已隐藏，1902')).toBeInTheDocument();
    expect(valueOf('银行卡号')).toHaveTextContent('未登记');
    expect(screen.getByRole('link', { name: '打电话给社区 0575-83447092' })).toHaveAttribute('href', 'tel:0575-83447092');
  });

  it('offers moving to another community next to the community, and the family members', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyProfile: () => ({ data: { myProfile: profile } }) });
    renderApp('/profile');

    const retirement = await screen.findByRole('region', { name: '退休信息' });
    expect(within(retirement).getByRole('link', { name: '搬家了？申请转到新社区' })).toHaveAttribute('href', '/transfer');
    expect(within(screen.getByRole('region', { name: '家庭成员' })).getByRole('link', { name: '查看和登记家庭成员' })).toHaveAttribute('href', '/family');
  });

  it('says the community is being arranged while a new retiree waits for one', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyProfile: () => ({ data: { myProfile: { ...profile, community: null } } }) });
    renderApp('/profile');

    await screen.findByRole('region', { name: '基本信息' });
    expect(valueOf('所在社区')).toHaveTextContent('社区待分配：镇街正在为您安排管理社区');
    expect(screen.queryByRole('link', { name: '搬家了？申请转到新社区' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /打电话给社区/ })).not.toBeInTheDocument();
  });
});
