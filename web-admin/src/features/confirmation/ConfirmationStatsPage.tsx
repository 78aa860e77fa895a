import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import { useArea } from '../../shared/area/useArea';
import { errorMessage } from '../../shared/errors';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { ConfirmationStatsTable } from './ConfirmationStatsTable';

export const CONFIRMATION_STATS_QUERY = graphql(`
  query ConfirmationStats($orgUnitId: ID) {
    infoConfirmationStats(orgUnitId: $orgUnitId) {
      orgUnit {
        id
        name
        level
      }
      retirees
      sent
      pending
      confirmed
      disputed
      resolved
      completionRate
    }
  }
`);

export const SEND_INFO_CONFIRMATIONS = graphql(`
  mutation SendInfoConfirmations($orgUnitId: ID) {
    sendInfoConfirmations(orgUnitId: $orgUnitId)
  }
`);

export function ConfirmationStatsPage() {
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const [orgId, setArea] = useArea();
  const variables = useCommittedVariables(orgId ? { orgUnitId: orgId } : {});
  const { data, previousData, loading, error, refetch } = useQuery(CONFIRMATION_STATS_QUERY, { variables, notifyOnNetworkStatusChange: true });
  const rows = error ? undefined : (data ?? previousData)?.infoConfirmationStats;
  const [send] = useMutation(SEND_INFO_CONFIRMATIONS);
  const areaName = rows?.[0]?.orgUnit.name ?? '所选区域';

  const confirmSend = () => {
    modal.confirm({
      title: `向${areaName}发送信息确认？`,
      content: `将向该区域内尚无待办确认的正常发放人员发送个人信息确认（站内消息和短信），请本人核对基本信息。已有待确认的人员不会重复发送。`,
      okText: '发送',
      cancelText: '取消',
      onOk: async () => {
        try {
          const { data: result } = await send({ variables: orgId ? { orgUnitId: orgId } : {} });
          const n = result?.sendInfoConfirmations ?? 0;
          if (n) message.success(`已向 ${n} 人发送信息确认`);
          else message.info('该区域内没有需要发送的人员');
          void refetch();
        } catch (e) {
          message.error(errorMessage(e as Error));
        }
      },
    });
  };

  return (
    <PageContainer
      title="信息确认完成情况"
      subTitle="本年度；完成率 =（已确认 + 异议已处理）/ 已发送"
      extra={
        can('retiree:write') && (
          <Button type="primary" icon={<SendOutlined />} onClick={confirmSend} disabled={!rows}>
            发送信息确认
          </Button>
        )
      }
    >
      <Panel>
        {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
        {rows || loading ? (
          <ConfirmationStatsTable rows={rows ?? []} loading={loading} onOpenUnit={(id) => setArea(id)} />
        ) : (
          !error && <EmptyState description="暂无数据" />
        )}
      </Panel>
    </PageContainer>
  );
}

export default ConfirmationStatsPage;
