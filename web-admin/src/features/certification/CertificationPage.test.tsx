import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CertificationListFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { townshipStaff } from '../risk/testData';
import { CERTIFICATION_BY_AREA_QUERY, CERTIFICATION_SUMMARY_QUERY, CERTIFICATIONS_QUERY } from './certificationQueries';

const figures = (active: number, valid: number, dueSoon: number, expired: number, never: number, blocked: number, passive: number, face: number, visit: number) => ({
  active,
  valid,
  dueSoon,
  expired,
  never,
  blocked,
  passive,
  face,
  visit,
});

const township = figures(1000, 800, 100, 60, 30, 10, 600, 150, 50);
const xinbei = figures(400, 320, 40, 25, 10, 5, 250, 50, 20);
const chengnan = figures(600, 480, 60, 35, 20, 5, 350, 100, 30);

const area = (orgUnitId?: string) => (orgUnitId ? { orgUnitId } : {});
const summary = (f: typeof township, orgUnitId?: string): Mock => ({
  request: { query: CERTIFICATION_SUMMARY_QUERY, variables: area(orgUnitId) },
  result: { data: { certificationSummary: { __typename: 'CertificationSummary', ...f } } },
});
const row = (orgUnitId: string, name: string, f: typeof township) => ({ __typename: 'CertificationAreaRow', orgUnitId, name, level: 'COMMUNITY', ...f });
const byArea = (rows: unknown[], orgUnitId?: string): Mock => ({
  request: { query: CERTIFICATION_BY_AREA_QUERY, variables: area(orgUnitId) },
  result: { data: { certificationByArea: rows } },
});

const person = (id: string, name: string, status: string, validUntil: string | null, method: string | null, certifiedOn: string | null, evidence: string[], extra: Record<string, unknown> = {}) => ({
  __typename: 'Certification',
  status,
  validUntil,
  method,
  certifiedOn,
  score: null,
  blockedReason: null,
  evidence: evidence.map((text) => ({ __typename: 'CertificationEvidence', date: text.slice(0, 10), text })),
  retiree: {
    __typename: 'Retiree',
    id,
    name,
    age: 86,
    community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
    township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
  },
  ...extra,
});

const lapsed = person('41', '张建国', 'EXPIRED', '2026-10-15', 'PASSIVE', '2025-10-15', ['2025-10-15 市人民医院门诊', '2025-09-02 市民卡公交刷卡', '2025-08-11 社区卫生服务中心配药'], { score: 0.912 });
const faced = person('42', '李秀兰', 'EXPIRED', '2026-11-02', 'FACE', '2025-11-02', ['2025-11-02 政务服务App刷脸认证（活体 0.97，相似度 0.94）']);

const list = (filter: CertificationListFilter, items: unknown[]): Mock => ({
  request: { query: CERTIFICATIONS_QUERY, variables: { filter, limit: 20 } },
  result: { data: { certifications: { __typename: 'CertificationList', total: items.length, nextCursor: null, items } } },
});

const stat = (title: string) => screen.getByRole('listitem', { name: title });

describe('生存认证', () => {
  it('shows the area’s figures with their shares, each sub-area, and the lapsed people, most urgent first', async () => {
    renderApp('/certification', {
      me: townshipStaff(),
      mocks: [summary(township), byArea([row('17', '新北社区', xinbei), row('18', '城南社区', chengnan)]), list({ status: 'EXPIRED' }, [lapsed, faced])],
    });

    await waitFor(() => expect(stat('已过期')).toHaveTextContent('60人'));
    expect(stat('正常发放')).toHaveTextContent('1,000人');
    expect(stat('有效')).toHaveTextContent('800人占正常发放 80.0%');
    expect(stat('3个月内到期')).toHaveTextContent('100人占正常发放 10.0%');
    expect(stat('从未认证')).toHaveTextContent('30人');
    expect(stat('不能无感认证')).toHaveTextContent('10人占正常发放 1.0%');
    expect(stat('无感认证')).toHaveTextContent('600人占正常发放 60.0%');
    expect(stat('刷脸认证')).toHaveTextContent('150人占正常发放 15.0%');
    expect(stat('上门认证')).toHaveTextContent('50人占正常发放 5.0%');

    const areas = screen.getByRole('table', { name: '各区域认证情况' });
    const cells = (text: string) => [...(within(areas).getByText(text).closest('tr') as HTMLElement).querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('新北社区')).toEqual(['新北社区', '400', '320', '40', '25', '10', '5', '250', '50', '20']);
    expect(cells('合计')).toEqual(['合计', '1,000', '800', '100', '60', '30', '10', '600', '150', '50']);

    const first = (await screen.findByRole('link', { name: '张建国' })).closest('tr') as HTMLElement;
    expect(first).toHaveTextContent('86 岁');
    expect(within(first).getByText('已过期')).toBeInTheDocument();
    expect(within(first).getByText('2026-10-15')).toBeInTheDocument();
    expect(within(first).getByText('无感认证')).toBeInTheDocument();
    expect(within(first).getByText('2025-10-15 · 得分 0.91')).toBeInTheDocument();
    expect(within(first).getByText('2025-10-15 市人民医院门诊')).toBeInTheDocument();
    // The rest of the evidence is a hover away.
    const more = within(first).getByText('等 3 条');
    await userEvent.setup({ delay: null }).hover(more);
    expect(await screen.findByText('2025-08-11 社区卫生服务中心配药')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/41');

    const second = screen.getByRole('link', { name: '李秀兰' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('刷脸认证')).toBeInTheDocument();
    expect(screen.getByText('共 2 人')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(menu).getByText('待遇资格')).toBeInTheDocument();
  });

  it('drills into a sub-area by its name, and a count opens that area’s people of that status', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/certification', {
      me: townshipStaff(),
      mocks: [
        summary(township),
        byArea([row('17', '新北社区', xinbei), row('18', '城南社区', chengnan)]),
        list({ status: 'EXPIRED' }, [lapsed, faced]),
        summary(xinbei, '17'),
        byArea([row('17', '新北社区', xinbei)], '17'),
        list({ status: 'EXPIRED', orgUnitId: '17' }, [lapsed]),
        list({ status: 'VALID', method: 'FACE', orgUnitId: '18' }, []),
        summary(chengnan, '18'),
        byArea([row('18', '城南社区', chengnan)], '18'),
      ],
    });
    await screen.findByRole('link', { name: '李秀兰' });

    await user.click(within(screen.getByRole('table', { name: '各区域认证情况' })).getByRole('button', { name: '新北社区' }));
    await waitFor(() => expect(router.location.search).toBe('?org=17'));
    await waitFor(() => expect(stat('正常发放')).toHaveTextContent('400人'));
    expect(await screen.findByText('共 1 人')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('新北社区');
    // A community is the last level: its own row does not drill further.
    await waitFor(() => expect(within(screen.getByRole('table', { name: '各区域认证情况' })).queryByRole('button', { name: '新北社区' })).not.toBeInTheDocument());

    act(() => void router.navigate('/certification'));
    await user.click(await screen.findByRole('button', { name: '城南社区刷脸认证 100 人' }));
    await waitFor(() => expect(new URLSearchParams(router.location.search)).toEqual(new URLSearchParams('org=18&status=VALID&method=FACE')));
    expect(await screen.findByText('没有最近一次为刷脸认证的有效人员')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '认证方式' })).toBeInTheDocument();
  });

  it('switches the list to another status through the URL, and says when nobody is in it', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/certification', {
      me: townshipStaff(),
      mocks: [summary(township), byArea([]), list({ status: 'EXPIRED' }, [lapsed]), list({ status: 'NEVER' }, [])],
    });
    await screen.findByRole('link', { name: '张建国' });
    expect(screen.getByText('该区域下没有管辖单位')).toBeInTheDocument();

    await user.click(within(screen.getByRole('radiogroup', { name: '认证状态' })).getByText('从未认证'));
    expect(await screen.findByText('没有认证状态为“从未认证”的人员')).toBeInTheDocument();
    expect(router.location.search).toBe('?status=NEVER');
    // Nobody who never certified has a method.
    expect(screen.queryByRole('combobox', { name: '认证方式' })).not.toBeInTheDocument();
  });
});
