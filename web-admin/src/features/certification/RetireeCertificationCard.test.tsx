import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, type Mock } from '../../test/renderApp';
import { townshipStaff } from '../risk/testData';
import { RETIREE_CERTIFICATION_QUERY } from './certificationQueries';
import { RetireeCertificationCard } from './RetireeCertificationCard';

const evidence = (date: string, text: string) => ({ __typename: 'CertificationEvidence', date, text });
const record = (id: string, method: string, passed: boolean, certifiedOn: string, scores: { score?: number; liveness?: number; similarity?: number }) => ({
  __typename: 'CertificationRecord',
  id,
  method,
  passed,
  certifiedOn,
  score: scores.score ?? null,
  liveness: scores.liveness ?? null,
  similarity: scores.similarity ?? null,
  createdAt: `${certifiedOn}T02:00:00.000Z`,
});

const retiree = (overrides: Record<string, unknown>): Mock => ({
  request: { query: RETIREE_CERTIFICATION_QUERY, variables: { id: '41' } },
  result: {
    data: {
      retiree: {
        __typename: 'Retiree',
        id: '41',
        certification: null,
        certificationRecords: [],
        paymentSuspensions: [],
        ...overrides,
      },
    },
  },
});

/** A Descriptions value, by its label. */
const valueOf = (within_: HTMLElement, label: string) => within(within_).getByText(label).nextElementSibling as HTMLElement;

const card = async () => (await screen.findByRole('heading', { level: 2, name: '生存认证' })).closest('section') as HTMLElement;

describe('a retiree’s 生存认证 card', () => {
  it('says until when the certification holds, how the person last certified, the evidence and the recent acts', async () => {
    renderWithProviders(<RetireeCertificationCard retireeId="41" />, {
      me: townshipStaff(),
      path: '/retirees/41?org=2',
      mocks: [
        retiree({
          certification: {
            __typename: 'Certification',
            status: 'VALID',
            validUntil: '2027-11-02',
            method: 'FACE',
            certifiedOn: '2026-11-02',
            score: null,
            blockedReason: null,
            evidence: [evidence('2026-11-02', '2026-11-02 政务服务App刷脸认证（活体 0.97，相似度 0.94）')],
          },
          certificationRecords: [
            record('9', 'FACE', true, '2026-11-02', { liveness: 0.9731, similarity: 0.9412 }),
            record('8', 'FACE', false, '2026-11-01', { liveness: 0.412, similarity: 0.3377 }),
            record('5', 'PASSIVE', true, '2025-10-15', { score: 1.234 }),
          ],
          paymentSuspensions: [
            {
              __typename: 'PaymentSuspension',
              id: '5',
              status: 'RESTORED',
              summary: '生存认证已于 2026-10-15 到期，2026-07-15 已通知本人',
              fromPeriod: '2026-11',
              resumePeriod: '2026-12',
              proposedAt: '2026-10-16T01:00:00.000Z',
            },
          ],
        }),
      ],
    });
    const c = await card();
    expect(await within(c).findByText('有效期至 2027-11-02')).toBeInTheDocument();
    expect(within(c).getByText('有效')).toBeInTheDocument();
    expect(valueOf(c, '最近认证方式')).toHaveTextContent('刷脸认证');
    expect(valueOf(c, '最近认证日期')).toHaveTextContent('2026-11-02');
    expect(within(c).getByText('2026-11-02 政务服务App刷脸认证（活体 0.97，相似度 0.94）')).toBeInTheDocument();

    const acts = within(c).getByRole('table', { name: '认证记录' });
    const rows = within(acts).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['2026-11-02', '刷脸认证', '通过', '活体 0.97 · 相似度 0.94', '2026-11-02 10:00'],
      ['2026-11-01', '刷脸认证', '未通过', '活体 0.41 · 相似度 0.34', '2026-11-01 10:00'],
      ['2025-10-15', '无感认证', '通过', '得分 1.23', '2025-10-15 10:00'],
    ]);

    const suspensions = within(c).getByRole('list', { name: '暂停发放记录' });
    expect(within(suspensions).getByText('已恢复发放')).toBeInTheDocument();
    expect(within(suspensions).getByText('自 2026-12 起恢复')).toBeInTheDocument();
    expect(within(suspensions).getByRole('link', { name: '查看暂停发放 #5' })).toHaveAttribute('href', '/payment-suspensions/5?org=2');
  });

  it('shows the passive score, and why shared data blocks passive certification', async () => {
    renderWithProviders(<RetireeCertificationCard retireeId="41" />, {
      me: townshipStaff(),
      mocks: [
        retiree({
          certification: {
            __typename: 'Certification',
            status: 'BLOCKED',
            validUntil: '2026-12-20',
            method: 'PASSIVE',
            certifiedOn: '2025-12-20',
            score: 0.874,
            blockedReason: '共享数据显示 2026-09-30 死亡（公安局），不能无感认证',
            evidence: [evidence('2025-12-20', '2025-12-20 市人民医院门诊'), evidence('2025-11-03', '2025-11-03 市民卡公交刷卡')],
          },
        }),
      ],
    });
    const c = await card();
    expect(await within(c).findByText('不能无感认证')).toBeInTheDocument();
    expect(valueOf(c, '不能无感认证的原因')).toHaveTextContent('共享数据显示 2026-09-30 死亡（公安局），不能无感认证');
    expect(valueOf(c, '无感认证得分')).toHaveTextContent('0.87');
    expect(within(c).getByText('2025-11-03 市民卡公交刷卡')).toBeInTheDocument();
    expect(within(c).queryByRole('table', { name: '认证记录' })).not.toBeInTheDocument();
    expect(within(c).queryByRole('list', { name: '暂停发放记录' })).not.toBeInTheDocument();
  });

  it('says so for a person who never certified', async () => {
    renderWithProviders(<RetireeCertificationCard retireeId="41" />, {
      me: townshipStaff(),
      mocks: [retiree({ certification: { __typename: 'Certification', status: 'NEVER', validUntil: null, method: null, certifiedOn: null, score: null, blockedReason: null, evidence: [] } })],
    });
    const c = await card();
    expect(await within(c).findAllByText('从未认证')).toHaveLength(2);
    expect(within(c).queryByText(/有效期至/)).not.toBeInTheDocument();
  });
});
