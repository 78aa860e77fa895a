import { useMutation } from '@apollo/client/react';
import { Alert, App, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { graphql } from '../../gql';
import type { DisputeOutcome, ResolveDisputeInput } from '../../gql/graphql';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';
import { MONOSPACE } from '../../shared/text';

export const RESOLVE_DISPUTE = graphql(`
  mutation ResolveInfoDispute($id: ID!, $input: ResolveDisputeInput!) {
    resolveInfoDispute(id: $id, input: $input) {
      id
      status
      resolutionNote
      resolvedAt
      resolvedByName
    }
  }
`);

/** What the dialog needs to know about the dispute. */
export interface DisputeToResolve {
  id: string;
  label: string;
  correctable: boolean;
  sentValue?: string | null;
  comment?: string | null;
  proposedValue?: string | null;
  retiree?: { name: string } | null;
}

type Source = 'PROPOSED' | 'OTHER';

interface FormValues {
  outcome: DisputeOutcome;
  source?: Source;
  correctedValue?: string;
  note: string;
}

/** API input names → the form field that shows the message. */
const FIELD_OF_INPUT: Record<string, keyof FormValues> = {
  note: 'note',
  outcome: 'outcome',
  correctedValue: 'correctedValue',
  useProposedValue: 'source',
};

export function resolveInput(v: FormValues): ResolveDisputeInput {
  const note = v.note.trim();
  if (v.outcome === 'EXPLAIN') return { outcome: 'EXPLAIN', note };
  if (v.source === 'PROPOSED') return { outcome: 'CORRECT', useProposedValue: true, note };
  return { outcome: 'CORRECT', correctedValue: (v.correctedValue ?? '').trim(), note };
}

interface ResolveDisputeDialogProps {
  dispute: DisputeToResolve;
  onClose: () => void;
  /** Resolved: the row now shows its new status (the cache is updated from the reply). */
  onResolved: () => void;
  /** Someone else resolved it first: reload the list. */
  onConflict: () => void;
}

/** 处理异议：更正数据（能更正的信息项）或解释说明；说明会告知退休人员。Mount it to open it. */
export function ResolveDisputeDialog({ dispute, onClose, onResolved, onConflict }: ResolveDisputeDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [resolve, { loading }] = useMutation(RESOLVE_DISPUTE);
  const outcome = Form.useWatch('outcome', form);
  const source = Form.useWatch('source', form);
  const hasProposed = Boolean(dispute.proposedValue);

  const submit = async (v: FormValues) => {
    try {
      await resolve({ variables: { id: dispute.id, input: resolveInput(v) } });
      message.success(`已处理：${dispute.retiree?.name ?? ''}「${dispute.label}」`);
      onResolved();
    } catch (e) {
      const error = e as Error;
      if (errorCode(error) === 'CONFLICT') {
        message.warning(errorMessage(error));
        onConflict();
        return;
      }
      const bad = fieldError(error);
      const target = bad ? (FIELD_OF_INPUT[bad.field] ?? (v.outcome === 'CORRECT' && v.source === 'OTHER' ? 'correctedValue' : 'note')) : null;
      if (target) form.setFields([{ name: target, errors: [bad!.message] }]);
      else message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={`处理异议：${dispute.retiree?.name ?? ''}「${dispute.label}」`}
      okText="提交处理结果"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={loading}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'sent', label: '原值', children: <span style={MONOSPACE}>{dispute.sentValue ?? '—'}</span> },
          { key: 'comment', label: '本人说明', children: dispute.comment || '—' },
          { key: 'proposed', label: '本人提出的正确内容', children: <span style={MONOSPACE}>{dispute.proposedValue ?? '—'}</span> },
        ]}
      />
      <Form<FormValues>
        name="resolveDispute"
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(v) => void submit(v)}
        initialValues={{ outcome: dispute.correctable ? 'CORRECT' : 'EXPLAIN', source: hasProposed ? 'PROPOSED' : 'OTHER' }}
      >
        <Form.Item
          name="outcome"
          label="处理方式"
          rules={[{ required: true, message: '请选择处理方式' }]}
          extra={dispute.correctable ? undefined : `「${dispute.label}」不能在本平台更正，只能解释说明（如告知本人到相应部门办理）。`}
        >
          <Radio.Group
            options={[
              { value: 'CORRECT', label: '更正数据', disabled: !dispute.correctable },
              { value: 'EXPLAIN', label: '解释说明' },
            ]}
          />
        </Form.Item>
        {outcome === 'CORRECT' && (
          <>
            <Form.Item name="source" label="更正为" rules={[{ required: true, message: '请选择更正的内容' }]}>
              <Radio.Group
                options={[
                  { value: 'PROPOSED', label: `按本人提出的内容更正${hasProposed ? `（${dispute.proposedValue}）` : ''}`, disabled: !hasProposed },
                  { value: 'OTHER', label: '填写更正后的内容' },
                ]}
              />
            </Form.Item>
            {source === 'OTHER' && (
              <Form.Item name="correctedValue" label="更正后的内容" rules={[{ required: true, whitespace: true, message: '请填写更正后的内容' }]}>
                <Input maxLength={300} autoComplete="off" />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="note"
          label="处理说明"
          extra="退休人员会在消息和短信里看到这段说明，请用本人看得懂的话写清楚。"
          rules={[
            { required: true, whitespace: true, message: '请填写处理说明' },
            { min: 2, max: 500, message: '处理说明需 2–500 字' },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} placeholder="例如：已电话核实，按您提供的新号码更正" />
        </Form.Item>
        {!dispute.correctable && <Alert type="info" showIcon title="该信息项以其他部门的登记为准，请在说明中告诉本人去哪里办理。" />}
      </Form>
    </Modal>
  );
}
