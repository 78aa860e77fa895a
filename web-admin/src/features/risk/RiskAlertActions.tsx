import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import type { RiskAlertFieldsFragment } from '../../gql/graphql';
import { formatMoney } from '../../shared/format';
import { ReasonModal } from '../../shared/ReasonModal';
import { useDecisionDialogs } from '../../shared/useDecisionDialogs';
import { ConfirmRiskAlertModal } from './ConfirmRiskAlertModal';
import { RecordRecoveryModal } from './RecordRecoveryModal';
import { forgetRiskLists } from './riskCache';
import { CONFIRM_RISK_ALERT, DISMISS_RISK_ALERT, RECORD_RECOVERY } from './riskQueries';

type Alert = RiskAlertFieldsFragment;

interface RiskAlertActionsProps {
  alert: Alert;
  /** Someone else decided first (or the alert is gone): load it again. */
  onStale: () => void;
}

/** A decision the API lets the caller take on the alert now (`RiskAlert.allowedActions`). */
export type RiskAction = 'CONFIRM' | 'DISMISS' | 'RECORD_RECOVERY';

/** The decisions the caller may take now, as the API says: the console keeps no copy of the rule. */
export function allowedRiskActions(alert: Pick<Alert, 'allowedActions'>): Set<RiskAction> {
  return new Set(alert.allowedActions as RiskAction[]);
}

/**
 * The decisions of a township or the bureau: an open alert is confirmed (payment stops, the
 * amount to recover is set) or dismissed with a reason; a confirmed one records money as it comes
 * back. Each button shows only when the API lists its action in `allowedActions`.
 */
export function RiskAlertActions({ alert, onStale }: RiskAlertActionsProps) {
  const { open, setOpen, perform } = useDecisionDialogs<RiskAction>(onStale);
  const allowed = allowedRiskActions(alert);
  const [confirm] = useMutation(CONFIRM_RISK_ALERT, { update: (cache) => forgetRiskLists(cache, { decided: true }) });
  const [dismiss] = useMutation(DISMISS_RISK_ALERT, { update: (cache) => forgetRiskLists(cache, { decided: true }) });
  const [recover] = useMutation(RECORD_RECOVERY, { update: (cache) => forgetRiskLists(cache) });
  const name = alert.retiree?.name ?? '该人员';

  return (
    <>
      {allowed.has('CONFIRM') && (
        <Button type="primary" onClick={() => setOpen('CONFIRM')}>
          确认预警
        </Button>
      )}
      {allowed.has('DISMISS') && (
        <Button danger onClick={() => setOpen('DISMISS')}>
          排除预警
        </Button>
      )}
      {allowed.has('RECORD_RECOVERY') && (
        <Button type="primary" onClick={() => setOpen('RECORD_RECOVERY')}>
          登记追回
        </Button>
      )}
      {open === 'CONFIRM' && (
        <ConfirmRiskAlertModal
          alert={alert}
          onClose={() => setOpen(null)}
          onSubmit={(input) =>
            perform(async () => {
              const { data } = await confirm({ variables: { id: alert.id, input } });
              const a = data?.confirmRiskAlert;
              if (a?.status === 'RESOLVED') return '已确认，无需追回，预警已办结';
              const stop = a?.stopFromPeriod ? `自 ${a.stopFromPeriod} 起停发，` : '';
              return `已确认：${stop}应追回 ${formatMoney(a?.recoveryAmount)}`;
            }, ['note', 'recoveryAmount'])
          }
        />
      )}
      {open === 'DISMISS' && (
        <ReasonModal
          title={`排除预警：${name}`}
          formName="dismissRiskAlert"
          label="排除原因"
          field="reason"
          okText="确定排除"
          intro="排除后预警关闭，社区的核实任务一并撤销，人员的待遇状态不变。同样的依据不会再次预警；有新的依据时才会重新预警。"
          extra="写明核实的结果，例如：社区上门核实，本人健在，死亡记录为同名他人。"
          onClose={() => setOpen(null)}
          onSubmit={(reason) =>
            perform(async () => {
              await dismiss({ variables: { id: alert.id, reason } });
              return '已排除，同样的依据不会再次预警';
            }, ['reason'])
          }
        />
      )}
      {open === 'RECORD_RECOVERY' && (
        <RecordRecoveryModal
          name={name}
          recoveryAmount={alert.recoveryAmount ?? 0}
          recoveredAmount={alert.recoveredAmount}
          onClose={() => setOpen(null)}
          onSubmit={(amount, note) =>
            perform(async () => {
              const { data } = await recover({ variables: { id: alert.id, amount, ...(note ? { note } : {}) } });
              const a = data?.recordRecovery;
              if (a?.status === 'RECOVERED') return '已全部追回，预警已办结';
              return `已登记追回 ${formatMoney(amount)}，尚未追回 ${formatMoney(a ? (a.recoveryAmount ?? 0) - a.recoveredAmount : null)}`;
            }, ['amount', 'note'])
          }
        />
      )}
    </>
  );
}
