import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { CaseItemResultInput, PosthumousCaseFieldsFragment } from '../../gql/graphql';
import { fieldError } from '../../shared/errors';
import { fenToYuan, formatMoney, yuanToFen } from '../../shared/format';
import { YuanInput } from '../../shared/YuanInput';
import { BALANCE_KINDS, CASE_ITEM_KIND, DEPARTMENT } from './labels';

type Item = PosthumousCaseFieldsFragment['items'][number];

interface FormValues {
  reference?: string;
  /** Yuan, as typed; blank keeps the item's amount. */
  amount?: number | null;
  note?: string;
}

const FIELDS = new Set(['reference', 'amount', 'note']);

interface CompleteCaseItemModalProps {
  item: Item;
  /** Whose case it is. */
  name: string;
  /** Sends the result; a thrown error naming `reference`, `amount` or `note` is shown on that field. */
  onSubmit: (input: CaseItemResultInput) => Promise<void>;
  onClose: () => void;
}

/** What the amount field says, by item: the computed amount to check, or a balance the department reports. */
function amountHelp(item: Item): string {
  if (BALANCE_KINDS.has(item.kind)) return '选填：部门核定的个人账户余额。';
  if (item.amount != null) return `选填：按依据计算为 ${formatMoney(item.amount)}；实际金额不同时修改，留空则保持原金额。`;
  return '选填：事项涉及金额时填写。';
}

/**
 * 登记办结: staff record an item the department finished (its system did not report back itself).
 * The 文号 or a 说明 says how it was done; the amount is in yuan and sent in fen. Mount it to open it.
 */
export function CompleteCaseItemModal({ item, name, onSubmit, onClose }: CompleteCaseItemModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const label = CASE_ITEM_KIND[item.kind] ?? item.kind;

  const submit = async (v: FormValues) => {
    const input: CaseItemResultInput = {};
    const reference = v.reference?.trim();
    const note = v.note?.trim();
    if (reference) input.reference = reference;
    if (v.amount != null) input.amount = yuanToFen(v.amount);
    if (note) input.note = note;
    setBusy(true);
    try {
      await onSubmit(input);
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad && FIELDS.has(bad.field)) form.setFields([{ name: bad.field as keyof FormValues, errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`登记办结：${label}`}
      okText="登记办结"
      cancelText="取消"
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert
        type="info"
        showIcon
        title={`${name} · ${DEPARTMENT[item.department] ?? item.department}`}
        description="部门已办结而系统未回传时，由工作人员代为登记。登记后记入办理过程；五个事项全部办结后，身后一件事办结。"
        style={{ marginBottom: 16 }}
      />
      <Form<FormValues>
        form={form}
        name="completeCaseItem"
        layout="vertical"
        initialValues={{ amount: item.amount != null ? fenToYuan(item.amount) : null }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="reference"
          label="文号"
          extra="部门的办结文号或凭证号"
          dependencies={['note']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                v?.trim() || (getFieldValue('note') as string | undefined)?.trim() ? Promise.resolve() : Promise.reject(new Error('请填写文号，或在说明中写明办理情况')),
            }),
          ]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="amount" label="金额（元）" extra={amountHelp(item)}>
          <YuanInput />
        </Form.Item>
        <Form.Item name="note" label="说明" extra="例如：家属已到窗口领取，款项已发放至家属账户。">
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
