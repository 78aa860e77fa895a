import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { SensitiveField } from '../../gql/graphql';
import { errorMessage, fieldError } from '../../shared/errors';
import { SENSITIVE_FIELD_LABEL } from '../../shared/format';

export const REVEAL_ID_NUMBER = graphql(`
  mutation RevealIdNumber($retireeId: ID!, $reason: String!) {
    revealIdNumber(retireeId: $retireeId, reason: $reason)
  }
`);
export const REVEAL_PHONE = graphql(`
  mutation RevealPhone($retireeId: ID!, $reason: String!) {
    revealPhone(retireeId: $retireeId, reason: $reason)
  }
`);
export const REVEAL_BANK_ACCOUNT = graphql(`
  mutation RevealBankAccount($retireeId: ID!, $reason: String!) {
    revealBankAccount(retireeId: $retireeId, reason: $reason)
  }
`);

const REVEAL_MUTATION = { ID_NUMBER: REVEAL_ID_NUMBER, PHONE: REVEAL_PHONE, BANK_ACCOUNT: REVEAL_BANK_ACCOUNT } as const;

/** The API's rule too (it answers BAD_USER_INPUT on `reason`); checked here so nobody waits for a refusal. */
export const MIN_REASON_LENGTH = 4;

interface RevealDialogProps {
  retireeId: string;
  retireeName: string;
  field: SensitiveField;
  open: boolean;
  onClose: () => void;
}

/**
 * Shows one full sensitive value once, for a stated reason. The value lives only in this dialog's
 * state: closing it forgets the value, and the API has written the audit row.
 */
export function RevealDialog({ retireeId, retireeName, field, open, onClose }: RevealDialogProps) {
  const label = SENSITIVE_FIELD_LABEL[field];
  const [form] = Form.useForm<{ reason: string }>();
  const reason = Form.useWatch('reason', form) ?? '';
  const [value, setValue] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reveal, { loading }] = useMutation(REVEAL_MUTATION[field]);
  const missing = Math.max(0, MIN_REASON_LENGTH - reason.trim().length);

  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    try {
      const { data } = await reveal({ variables: { retireeId, reason: reason.trim() } });
      // Each of the three mutations answers with its own single field.
      const result = data as Partial<Record<'revealIdNumber' | 'revealPhone' | 'revealBankAccount', string>> | null | undefined;
      const revealed = result?.revealIdNumber ?? result?.revealPhone ?? result?.revealBankAccount;
      setValue(revealed || '（未登记）');
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad?.field === 'reason') form.setFields([{ name: 'reason', errors: [bad.message] }]);
      else setFailure(errorMessage(e as Error));
    }
  };

  return (
    <Modal
      open={open}
      title={`查看完整${label}`}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        value !== null ? (
          <Button type="primary" onClick={onClose}>
            关闭
          </Button>
        ) : (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={loading} disabled={missing > 0} onClick={() => form.submit()}>
              确认查看
            </Button>
          </Flex>
        )
      }
    >
      {value !== null ? (
        <Flex vertical gap={16}>
          <Alert type="success" showIcon title={`本次查看已记入审计日志。关闭后${label}将重新隐藏。`} />
          <div>
            <Typography.Text type="secondary">
              {retireeName} 的{label}
            </Typography.Text>
            <Typography.Paragraph copyable={{ text: value, tooltips: ['复制', '已复制'] }} style={{ fontSize: 20, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', margin: '4px 0 0' }} data-testid="revealed-value">
              {value}
            </Typography.Paragraph>
          </div>
        </Flex>
      ) : (
        <Form form={form} name="reveal" layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Alert type="warning" showIcon title={`查看 ${retireeName} 的完整${label}须填写事由，操作人、时间和事由将记入审计日志。`} style={{ marginBottom: 16 }} />
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
          <Form.Item
            name="reason"
            label="查看事由"
            rules={[
              { required: true, whitespace: true, message: `请填写查看事由（不少于 ${MIN_REASON_LENGTH} 个字）` },
              {
                validator: (_, v: string | undefined) =>
                  (v ?? '').trim().length >= MIN_REASON_LENGTH ? Promise.resolve() : Promise.reject(new Error(`查看事由不少于 ${MIN_REASON_LENGTH} 个字`)),
              },
            ]}
            extra={missing > 0 ? `请填写查看事由，不少于 ${MIN_REASON_LENGTH} 个字（还差 ${missing} 个字）` : undefined}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：核对养老金发放账户，电话回访本人" autoFocus />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
