import { theme } from 'antd';
import type { CertificationSummaryQuery } from '../../gql/graphql';
import { formatShare } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { StatGrid, type Stat } from '../../shared/StatGrid';
import { QueryErrorAlert } from '../../shared/states';
import { Muted } from '../../shared/text';
import { formatCount } from '../import/labels';
import { CERT_METHOD, CERT_METHODS, CERT_STATUS, CERT_STATUSES, METHOD_FIELD, STATUS_FIELD } from './labels';

type Summary = CertificationSummaryQuery['certificationSummary'];
type ErrorLike = Parameters<typeof QueryErrorAlert>[0]['error'];

const COL = { xs: 12, md: 8, xl: 4 };

interface CertificationSummaryPanelProps {
  summary: Summary | undefined;
  loading: boolean;
  error?: ErrorLike | null;
  onRetry: () => void;
}

/** 认证概况: the area's ACTIVE retirees by certification status, and how the valid ones certified — each with its share of all ACTIVE. */
export function CertificationSummaryPanel({ summary: s, loading, error, onRetry }: CertificationSummaryPanelProps) {
  const { token } = theme.useToken();
  const color = { DUE_SOON: token.colorWarning, EXPIRED: token.colorError, BLOCKED: token.colorError } as Partial<Record<string, string>>;
  const figure = (n: number | undefined) => (n === undefined ? undefined : formatCount(n));
  const share = (n: number | undefined) => (s && n !== undefined ? `占正常发放 ${formatShare(n, s.active)}` : undefined);

  const statuses: Stat[] = [
    { key: 'active', title: '正常发放', value: figure(s?.active), suffix: '人' },
    ...CERT_STATUSES.map((status) => {
      const n = s?.[STATUS_FIELD[status]];
      return { key: status, title: CERT_STATUS[status].label, value: figure(n), suffix: '人', color: color[status], note: share(n) };
    }),
  ];
  const methods: Stat[] = CERT_METHODS.map((method) => {
    const n = s?.[METHOD_FIELD[method]];
    return { key: method, title: CERT_METHOD[method], value: figure(n), suffix: '人', note: share(n) };
  });

  return (
    <Panel title="认证概况" style={{ marginBottom: 16 }}>
      {error && <QueryErrorAlert error={error} onRetry={onRetry} />}
      <StatGrid label="认证状态" stats={statuses} loading={loading && !s} col={COL} />
      <Muted style={{ display: 'block', margin: '24px 0 8px' }}>有效认证的方式</Muted>
      <StatGrid label="有效认证的方式" stats={methods} loading={loading && !s} col={COL} />
    </Panel>
  );
}
