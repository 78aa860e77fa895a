import { Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { fieldError } from '../../shared/errors';
import { fenToYuan, formatMoney, yuanToFen } from '../../shared/format';
import { YuanInput } from '../../shared/YuanInput';

interface RecordRecoveryModalProps {
  /** Whose overpayment it is. */
  name: string;
  /** Fen: the amount to recover and what has come back so far. */
  recoveryAmount: number;
  recoveredAmount: number;
  /** Sends the amount in fen and the note (blank: none); a thrown error naming `amount` or `note` is shown on that field. */
  onSubmit: (amount: number, note: string | null) => Promise<void>;
  onClose: () => void;
}

interface FormValues {
  /** Yuan, as typed. */
  amount: number;
  note?: string;
}

/** 登记追回: money that came back, up to what is still outstanding, and how (退回方式、凭证号). Mount it to open it. */
export function RecordRecoveryModal({ name, recoveryAmount, recoveredAmount, onSubmit, onClose }: RecordRecoveryModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const outstanding = recoveryAmount - recoveredAmount;

  const submit = async ({ amount, note }: FormValues) => {
    setBusy(true);
    try {
      await onSubmit(yuanToFen(amount), note?.trim() || null);
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad?.field === 'amount' || bad?.field === 'note') form.setFields([{ name: bad.field, errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`登记追回：${name}`}
      okText="登记"
      cancelText="取消"
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={3}
        layout="vertical"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'recovery', label: '应追回', children: formatMoney(recoveryAmount) },
          { key: 'recovered', label: '已追回', children: formatMoney(recoveredAmount) },
          { key: 'outstanding', label: '尚未追回', children: formatMoney(outstanding) },
        ]}
      />
      <Form<FormValues> form={form} name="recordRecovery" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="amount"
          label="本次追回金额（元）"
          extra={
            <>
              最多 {formatMoney(outstanding)}，追回满额后预警办结。
              <Button type="link" size="small" onClick={() => form.setFieldsValue({ amount: fenToYuan(outstanding) })}>
                填入全部
              </Button>
            </>
          }
          rules={[
            { required: true, message: '请填写本次追回金额' },
            {
              validator: (_, v: number | null | undefined) => {
                if (v == null) return Promise.resolve();
                const fen = yuanToFen(v);
                if (fen <= 0) return Promise.reject(new Error('追回金额应大于 0'));
                if (fen > outstanding) return Promise.reject(new Error(`超过尚未追回的金额（${formatMoney(outstanding)}）`));
                return Promise.resolve();
              },
            },
          ]}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item name="note" label="说明" extra="选填：退回方式、收款凭证号，例如：家属银行转账退回，凭证号 ZH20261201001。">
          <Input.TextArea rows={2} showCount maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
