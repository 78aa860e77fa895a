import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldError } from '../../shared/errors';

const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

interface FormValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The API's rule, checked here first: at least 8 characters with letters and digits. */
const STRONG_ENOUGH = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [change, { loading }] = useMutation(CHANGE_MY_PASSWORD);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (v: FormValues) => {
    setFailure(null);
    try {
      await change({ variables: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      message.success('密码已修改，下次登录请使用新密码');
      onClose();
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad && (bad.field === 'currentPassword' || bad.field === 'newPassword')) form.setFields([{ name: bad.field, errors: [bad.message] }]);
      else setFailure(errorMessage(e as Error));
    }
  };

  return (
    <Modal
      open={open}
      title="修改密码"
      okText="确认修改"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setFailure(null)}
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<FormValues> name="changePassword" form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 8 位，须同时包含字母和数字"
          rules={[
            { required: true, message: '请输入新密码' },
            { pattern: STRONG_ENOUGH, message: '新密码至少 8 位，且须同时包含字母和数字' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, v: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
