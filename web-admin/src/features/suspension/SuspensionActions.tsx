import { useMutation } from '@apollo/client/react';
import { Alert, Button } from 'antd';
import type { PaymentSuspensionFieldsFragment } from '../../gql/graphql';
import { monthAfter, todayInShanghai } from '../../shared/format';
import { ReasonModal } from '../../shared/ReasonModal';
import { useDecisionDialogs } from '../../shared/useDecisionDialogs';
import { suspendEffect, type SuspensionAction } from './labels';
import { forgetSuspensionLists } from './suspensionCache';
import { CONFIRM_PAYMENT_SUSPENSION, WITHDRAW_PAYMENT_SUSPENSION } from './suspensionQueries';

type Suspension = PaymentSuspensionFieldsFragment;

/** The decisions the caller may take now, as the API says: the console keeps no copy of the rule. */
export function allowedSuspensionActions(s: Pick<Suspension, 'allowedActions'>): Set<SuspensionAction> {
  return new Set(s.allowedActions as SuspensionAction[]);
}

interface SuspensionActionsProps {
  suspension: Suspension;
  /** Someone else decided first, or the person certified meanwhile: load it again. */
  onStale: () => void;
}

/**
 * A township's or the bureau's decision on a proposed suspension: 确认暂停 (payment stops from the
 * next month; the person is told) or 不暂停, each with its reason written down. Each button shows
 * only when the API lists its action in `allowedActions`.
 */
export function SuspensionActions({ suspension, onStale }: SuspensionActionsProps) {
  const { open, setOpen, close, perform } = useDecisionDialogs<SuspensionAction>(onStale);
  const allowed = allowedSuspensionActions(suspension);
  const [confirm] = useMutation(CONFIRM_PAYMENT_SUSPENSION, { update: forgetSuspensionLists });
  const [withdraw] = useMutation(WITHDRAW_PAYMENT_SUSPENSION, { update: forgetSuspensionLists });
  const name = suspension.retiree?.name ?? '该人员';

  return (
    <>
      {allowed.has('SUSPEND') && (
        <Button type="primary" danger onClick={() => setOpen('SUSPEND')}>
          确认暂停
        </Button>
      )}
      {allowed.has('WITHDRAW') && <Button onClick={() => setOpen('WITHDRAW')}>不暂停</Button>}
      {open === 'SUSPEND' && (
        <ReasonModal
          title={`确认暂停发放：${name}`}
          formName="confirmPaymentSuspension"
          label="暂停依据"
          field="note"
          okText="确认暂停"
          intro={
            <Alert
              type="warning"
              showIcon
              title={suspendEffect(name, monthAfter(todayInShanghai()))}
              description="本人会收到暂停发放的短信和站内消息，告知如何认证；已发放的月份不追回。"
            />
          }
          extra="写明通知和联系本人的情况，例如：已电话、上门通知本人，到期后仍未认证。"
          onClose={close}
          onSubmit={(note) =>
            perform(async () => {
              const { data } = await confirm({ variables: { id: suspension.id, note } });
              const from = data?.confirmPaymentSuspension.fromPeriod;
              return from ? `已暂停发放：自 ${from} 起暂停` : '已暂停发放';
            }, ['note'])
          }
        />
      )}
      {open === 'WITHDRAW' && (
        <ReasonModal
          title={`不暂停：${name}`}
          formName="withdrawPaymentSuspension"
          label="不暂停的原因"
          field="reason"
          okText="确定不暂停"
          intro="不暂停后养老金照常发放，这次认证过期不会再提议暂停；请督促本人尽快完成认证。"
          extra="例如：本人住院，家属正在联系社区上门认证。"
          onClose={close}
          onSubmit={(reason) =>
            perform(async () => {
              await withdraw({ variables: { id: suspension.id, reason } });
              return '已决定不暂停，养老金照常发放';
            }, ['reason'])
          }
        />
      )}
    </>
  );
}
