import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import type { TransferDetailFieldsFragment } from '../../gql/graphql';
import { ReasonModal } from '../../shared/ReasonModal';
import { useDecisionDialogs } from '../../shared/useDecisionDialogs';
import { forgetTransferLists } from './transferCache';
import { ACCEPT_TRANSFER, CANCEL_TRANSFER, REVIEW_TRANSFER } from './transferQueries';

type Transfer = TransferDetailFieldsFragment;

/** Two-character labels keep their characters together ("接收", not "接 收"). */
const CONFIRM_BUTTONS = { okText: '确定', cancelText: '取消', okButtonProps: { autoInsertSpace: false }, cancelButtonProps: { autoInsertSpace: false } } as const;

/** A refusal needs its reason: the retiree is told it by message and SMS. */
const REFUSAL_HELP = '退休人员会在消息和短信里看到这段原因，请写清楚，并告诉本人下一步怎么办。';

interface TransferActionsProps {
  transfer: Transfer;
  /** Someone else moved the transfer on first (or it is gone): load it again. */
  onStale: () => void;
}

/**
 * The buttons the API allows this viewer now (`allowedActions`): the origin community reviews,
 * then the target community accepts; the origin side may withdraw an open request.
 */
export function TransferActions({ transfer, onStale }: TransferActionsProps) {
  const { modal } = App.useApp();
  const { open: refusing, setOpen: setRefusing, perform: decide } = useDecisionDialogs<'REVIEW' | 'ACCEPT'>(onStale);
  const [review] = useMutation(REVIEW_TRANSFER, { update: (cache) => forgetTransferLists(cache) });
  const [accept] = useMutation(ACCEPT_TRANSFER, {
    update: (cache, { data }) => forgetTransferLists(cache, data?.acceptCommunityTransfer.status === 'COMPLETED' ? transfer.applicant.id : undefined),
  });
  const [cancel] = useMutation(CANCEL_TRANSFER, { update: (cache) => forgetTransferLists(cache) });
  const allowed = new Set(transfer.allowedActions);
  const name = transfer.applicant.name;
  const from = transfer.fromCommunity.name;
  const to = transfer.toCommunity.name;

  /** Runs one step; a field error goes back to the reason form, anything else is said here. */
  const perform = (step: () => Promise<unknown>, done: string, fromReasonForm = false) =>
    decide(
      async () => {
        await step();
        return done;
      },
      fromReasonForm ? ['reason'] : [],
    );

  const confirmApprove = () =>
    modal.confirm({
      ...CONFIRM_BUTTONS,
      title: `同意${name}转出？`,
      content: `同意后，申请将转给${to}接收；${to}接收后，${name}的管理社区即变更。`,
      onOk: () => perform(() => review({ variables: { id: transfer.id, approve: true } }), `已同意转出，已转给${to}接收`),
    });

  const confirmAccept = () =>
    modal.confirm({
      ...CONFIRM_BUTTONS,
      title: `接收${name}？`,
      content: `接收后，${name}的管理社区由${from}变更为${to}，今后由本社区为其服务。`,
      onOk: () => perform(() => accept({ variables: { id: transfer.id, accept: true } }), `已接收，${name}的管理社区已变更为${to}`),
    });

  const confirmCancel = () =>
    modal.confirm({
      ...CONFIRM_BUTTONS,
      okButtonProps: { ...CONFIRM_BUTTONS.okButtonProps, danger: true },
      title: '撤销这份转移申请？',
      content: `撤销后申请不再办理，${name}会收到通知；如仍需转移，可重新申请。`,
      onOk: () => perform(() => cancel({ variables: { id: transfer.id } }), '申请已撤销'),
    });

  return (
    <>
      {allowed.has('REVIEW') && (
        <>
          <Button type="primary" onClick={confirmApprove}>
            同意转出
          </Button>
          <Button danger onClick={() => setRefusing('REVIEW')}>
            不同意
          </Button>
        </>
      )}
      {allowed.has('ACCEPT') && (
        <>
          <Button type="primary" autoInsertSpace={false} onClick={confirmAccept}>
            接收
          </Button>
          <Button danger onClick={() => setRefusing('ACCEPT')}>
            不接收
          </Button>
        </>
      )}
      {allowed.has('CANCEL') && <Button onClick={confirmCancel}>撤销申请</Button>}
      {refusing === 'REVIEW' && (
        <ReasonModal
          title={`不同意${name}转出`}
          formName="refuseTransfer"
          label="不同意的原因"
          field="reason"
          okText="确定"
          extra={REFUSAL_HELP}
          rows={4}
          onClose={() => setRefusing(null)}
          onSubmit={(reason) => perform(() => review({ variables: { id: transfer.id, approve: false, reason } }), '已答复不同意转出，本人会收到通知', true)}
        />
      )}
      {refusing === 'ACCEPT' && (
        <ReasonModal
          title={`不接收${name}`}
          formName="refuseTransfer"
          label="不接收的原因"
          field="reason"
          okText="确定"
          extra={REFUSAL_HELP}
          rows={4}
          onClose={() => setRefusing(null)}
          onSubmit={(reason) => perform(() => accept({ variables: { id: transfer.id, accept: false, reason } }), '已答复不接收，本人会收到通知', true)}
        />
      )}
    </>
  );
}
