import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { ConfirmRiskAlertInput, RiskAlertFieldsFragment } from '../../gql/graphql';
import { fieldError } from '../../shared/errors';
import { fenToYuan, formatMoney, yuanToFen } from '../../shared/format';
import { YuanInput } from '../../shared/YuanInput';
import { confirmEffect, RISK_KIND } from './labels';

interface FormValues {
  note: string;
  /** Yuan, as typed. */
  recoveryAmount: number;
}

interface ConfirmRiskAlertModalProps {
  alert: RiskAlertFieldsFragment;
  /** Sends the decision; a thrown error naming `note` or `recoveryAmount` is shown on that field. */
  onSubmit: (input: ConfirmRiskAlertInput) => Promise<void>;
  onClose: () => void;
}

/** 确认: the suspicion is true. Payment stops (death, prison) and the amount to recover is set. Mount it to open it. */
export function ConfirmRiskAlertModal({ alert, onSubmit, onClose }: ConfirmRiskAlertModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const name = alert.retiree?.name ?? '该人员';

  const submit = async (v: FormValues) => {
    setBusy(true);
    try {
      await onSubmit({ note: v.note.trim(), recoveryAmount: yuanToFen(v.recoveryAmount) });
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad && (bad.field === 'note' || bad.field === 'recoveryAmount')) form.setFields([{ name: bad.field, errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`确认预警：${name}${RISK_KIND[alert.kind].label}`}
      okText="确认预警"
      cancelText="取消"
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert
        type="warning"
        showIcon
        title={confirmEffect(alert)}
        description={
          <>
            <div>应追回的金额记入待追回，追回后在本页逐笔登记，追回满额即办结。</div>
            {alert.kind === 'DECEASED_PAID' && <div>同时启动身后一件事：户口注销、火化证明、丧葬补助金和抚恤金、个人账户余额退还等事项推送各部门联办，并短信通知近亲属。</div>}
          </>
        }
        style={{ marginBottom: 16 }}
      />
      <Form<FormValues>
        form={form}
        name="confirmRiskAlert"
        layout="vertical"
        initialValues={{ recoveryAmount: fenToYuan(alert.overpaidAmount) }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="note"
          label="确认依据"
          extra="写明核实的情况和凭据，例如：社区上门核实，家属出示死亡证明。"
          rules={[
            { required: true, whitespace: true, message: '请填写确认依据' },
            { min: 2, max: 500, transform: (v?: string) => v?.trim(), message: '确认依据需 2–500 字' },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
        <Form.Item
          name="recoveryAmount"
          label="应追回金额（元）"
          extra={`默认为多发金额 ${formatMoney(alert.overpaidAmount)}；填 0 表示无需追回，预警随即办结。`}
          rules={[{ required: true, message: '请填写应追回金额' }]}
        >
          <YuanInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
