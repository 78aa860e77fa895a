import { useMutation } from '@apollo/client/react';
import { App, Button, Col, Drawer, Flex, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { RetireeDetailQuery, RetireeUpdateInput } from '../../gql/graphql';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';

export const UPDATE_RETIREE = graphql(`
  mutation UpdateRetiree($id: ID!, $input: RetireeUpdateInput!, $note: String, $expectedVersion: Int) {
    updateRetiree(id: $id, input: $input, note: $note, expectedVersion: $expectedVersion) {
      id
      name
      phone
      employer
      hukouAddress
      residenceAddress
      bankName
      bankAccount
      citizenCardNo
      version
      updatedAt
      history {
        id
        field
        oldValue
        newValue
        source
        actorName
        changedAt
        note
      }
    }
  }
`);

type Retiree = NonNullable<RetireeDetailQuery['retiree']>;

/** Plain fields are edited in place; masked ones (phone, bank account) are typed anew or left alone. */
const PLAIN_FIELDS = ['name', 'employer', 'hukouAddress', 'residenceAddress', 'bankName', 'citizenCardNo'] as const;
const MASKED_FIELDS = ['phone', 'bankAccount'] as const;
type FormValues = Record<(typeof PLAIN_FIELDS)[number] | (typeof MASKED_FIELDS)[number], string | undefined> & { note?: string };

function initialValues(r: Retiree): FormValues {
  return {
    name: r.name,
    employer: r.employer ?? '',
    hukouAddress: r.hukouAddress ?? '',
    residenceAddress: r.residenceAddress ?? '',
    bankName: r.bankName ?? '',
    citizenCardNo: r.citizenCardNo ?? '',
    phone: '',
    bankAccount: '',
    note: '',
  };
}

/** Only what the user changed goes to the API: each change becomes one history row. */
function changesOf(values: FormValues, initial: FormValues): RetireeUpdateInput {
  const input: RetireeUpdateInput = {};
  for (const f of PLAIN_FIELDS) {
    const next = (values[f] ?? '').trim();
    if (next !== (initial[f] ?? '').trim()) input[f] = next;
  }
  for (const f of MASKED_FIELDS) {
    const next = (values[f] ?? '').trim();
    if (next) input[f] = next;
  }
  return input;
}

/** Mount it to open it: the form starts from the record as it is at that moment. */
interface RetireeEditDrawerProps {
  retiree: Retiree;
  open: boolean;
  onClose: () => void;
  /** Someone else changed the record: load it again. */
  onReload: () => Promise<unknown>;
}

export function RetireeEditDrawer({ retiree, open, onClose, onReload }: RetireeEditDrawerProps) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [update, { loading }] = useMutation(UPDATE_RETIREE);
  // What the user started from, taken when the drawer mounts (it mounts on opening): a save
  // against a newer version is a conflict, not an overwrite, and a background refresh of the
  // page never wipes what the user is typing.
  const [base] = useState(() => ({ version: retiree.version, values: initialValues(retiree) }));

  const save = async (values: FormValues) => {
    const input = changesOf(values, base.values);
    if (!Object.keys(input).length) {
      message.info('没有需要保存的修改');
      return;
    }
    try {
      await update({ variables: { id: retiree.id, input, note: values.note?.trim() || null, expectedVersion: base.version } });
      message.success('已保存，变更已记入变更记录');
      onClose();
    } catch (e) {
      const error = e as Error;
      const bad = fieldError(error);
      if (bad && bad.field in values) {
        form.setFields([{ name: bad.field as keyof FormValues, errors: [bad.message] }]);
      } else if (errorCode(error) === 'CONFLICT') {
        modal.confirm({
          title: '信息已被他人修改',
          content: `${errorMessage(error)}。重新加载后可以看到最新信息，您刚才填写的内容需要重新输入。`,
          okText: '重新加载',
          cancelText: '留在此页',
          onOk: async () => {
            await onReload();
            onClose();
          },
        });
      } else {
        message.error(errorMessage(error));
      }
    }
  };

  return (
    <Drawer
      title={`编辑信息 · ${retiree.name}`}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      <Form<FormValues> name="retireeEdit" form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={base.values}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '姓名不超过 50 个字' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="phone"
              label="联系电话"
              extra={retiree.phone ? `当前 ${retiree.phone}，留空表示不修改` : '尚未登记'}
              rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: '手机号为 11 位，固定电话如 0575-83012345' }]}
            >
              <Input placeholder="新的联系电话" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="employer" label="原工作单位">
          <Input />
        </Form.Item>
        <Form.Item name="hukouAddress" label="户籍地址">
          <Input />
        </Form.Item>
        <Form.Item name="residenceAddress" label="常住地址">
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="bankName" label="开户银行">
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="bankAccount"
              label="银行账号"
              extra={retiree.bankAccount ? `当前 ${retiree.bankAccount}，留空表示不修改` : '尚未登记'}
              rules={[{ pattern: /^\d{12,25}$/, message: '银行账号应为 12 到 25 位数字' }]}
            >
              <Input placeholder="新的银行账号" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="citizenCardNo" label="市民卡号">
          <Input />
        </Form.Item>
        <Form.Item name="note" label="变更说明" extra="将与每项变更一起记入变更记录">
          <Input.TextArea rows={2} maxLength={200} showCount placeholder="例如：本人来电更正常住地址" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
