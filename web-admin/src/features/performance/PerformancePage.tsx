import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Breadcrumb, Button, DatePicker, Flex } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { useArea } from '../../shared/area/useArea';
import { errorMessage } from '../../shared/errors';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { QueryErrorAlert } from '../../shared/states';
import { Muted, Strong } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { exportPerformance } from './exportPerformance';
import { MAX_PERIOD_DAYS, readPeriod, todayInShanghai } from './period';
import { PERFORMANCE_QUERY } from './performanceQuery';
import { PerformanceTable } from './PerformanceTable';
import type { PerformanceReport } from './performanceFormat';

type Unit = { id: string; name: string };

/** The unit shown and those above it, from the viewer's own unit down (never above it: not theirs). */
function drillTrail(unit: PerformanceReport['orgUnit'], ownUnitId: string | undefined): Unit[] {
  const trail: Unit[] = [];
  for (let u: (Unit & { parent?: unknown }) | null | undefined = unit; u; u = u.parent as typeof u) {
    trail.unshift({ id: u.id, name: u.name });
    if (u.id === ownUnitId) break;
  }
  return trail;
}

function presets(today: string): { label: string; value: [Dayjs, Dayjs] }[] {
  const t = dayjs(today);
  const quarterStart = t.month(Math.floor(t.month() / 3) * 3).startOf('month');
  return [
    { label: '本年度', value: [t.startOf('year'), t] },
    { label: '本季度', value: [quarterStart, t] },
    { label: '本月', value: [t.startOf('month'), t] },
    { label: '上月', value: [t.subtract(1, 'month').startOf('month'), t.subtract(1, 'month').endOf('month')] },
    { label: '上一年度', value: [t.subtract(1, 'year').startOf('year'), t.subtract(1, 'year').endOf('year')] },
  ];
}

/** 工作绩效评价：所选期间内下级单位（社区为工作人员）办理任务的及时性与质量，可逐级下钻、导出 Excel。 */
export function PerformancePage() {
  const { viewer } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [orgId, setArea] = useArea();
  const [exporting, setExporting] = useState(false);
  const period = readPeriod(params);
  const today = todayInShanghai();

  const variables = useCommittedVariables(useMemo(() => ({ ...(orgId ? { orgUnitId: orgId } : {}), from: period.from, to: period.to }), [orgId, period.from, period.to]));
  const { data, previousData, loading, error, refetch } = useQuery(PERFORMANCE_QUERY, { variables, notifyOnNetworkStatusChange: true });
  const report = error ? undefined : (data ?? previousData)?.performance;
  const trail = report ? drillTrail(report.orgUnit, viewer?.orgUnit?.id) : [];

  const setPeriod = (from: string, to: string) =>
    setParams((prev) => {
      const out = new URLSearchParams(prev);
      out.set('from', from);
      out.set('to', to);
      return out;
    });
  const openUnit = (id: string) => setArea(id === viewer?.orgUnit?.id ? null : id);

  const onExport = async () => {
    if (!report) return;
    setExporting(true);
    try {
      const fileName = await exportPerformance(report);
      message.success(`已导出 ${fileName}`);
    } catch (e) {
      message.error(`导出失败：${errorMessage(e as Error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
      title="工作绩效评价"
      subTitle="按任务派发日期统计；排名依次按按期办结率、平均评分、任务量"
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void onExport()} loading={exporting} disabled={!report || loading}>
          导出 Excel
        </Button>
      }
    >
      <Panel style={{ marginBottom: 16 }}>
        <Flex align="center" gap={12} wrap>
          <span id="performance-period-label">统计期间</span>
          <DatePicker.RangePicker
            aria-labelledby="performance-period-label"
            value={[dayjs(period.from), dayjs(period.to)]}
            allowClear={false}
            presets={presets(today)}
            disabledDate={(current, info) => {
              if (current.format('YYYY-MM-DD') > today) return true;
              const from = info?.from;
              return !!from && Math.abs(current.diff(from, 'day')) >= MAX_PERIOD_DAYS;
            }}
            onChange={(dates) => {
              const [from, to] = dates ?? [];
              if (from && to) setPeriod(from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD'));
            }}
          />
          <Muted>最长一年</Muted>
        </Flex>
      </Panel>
      <Panel>
        {trail.length > 0 && (
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={trail.map((u, i) => ({
              key: u.id,
              title:
                i < trail.length - 1 ? (
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => openUnit(u.id)}>
                    {u.name}
                  </Button>
                ) : (
                  <Strong>{report?.breakdown === 'STAFF' ? `${u.name} · 工作人员` : u.name}</Strong>
                ),
            }))}
          />
        )}
        {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
        <PerformanceTable report={report} loading={loading} onOpenUnit={openUnit} />
      </Panel>
    </PageContainer>
  );
}

export default PerformancePage;
