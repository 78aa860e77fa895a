import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { graphql } from '../../gql';
import type { StaffRole } from '../../gql/graphql';
import { OrgTreeSelect } from '../../shared/area/OrgTreeSelect';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';
import type { Credentials } from './CredentialsModal';

export const CREATE_STAFF = graphql(`
  mutation CreateStaffUser($input: CreateStaffInput!) {
    createStaffUser(input: $input) {
      temporaryPassword
      staff {
        id
        username
        displayName
      }
    }
  }
`);

const FORM_FIELDS = ['username', 'displayName', 'role', 'orgUnitId'] as const;

/** The form field an API error belongs to: the named input, or the username when it is taken (CONFLICT). */
function formFieldOf(error: Error): keyof FormValues | null {
  const bad = fieldError(error);
  if (bad) return (FORM_FIELDS as readonly string[]).includes(bad.field) ? (bad.field as keyof FormValues) : null;
  return errorCode(error) === 'CONFLICT' ? 'username' : null;
}

interface FormValues {
  username: string;
  displayName: string;
  role: StaffRole;
  orgUnitId: string | null;
}

/** Mount it to open it: the form starts empty with the unit preselected. */
interface CreateStaffModalProps {
  open: boolean;
  /** Preselected unit: the area being looked at, or the admin's own unit. */
  defaultOrgUnitId: string | null;
  onClose: () => void;
  onCreated: (credentials: Credentials) => void;
}

export function CreateStaffModal({ open, defaultOrgUnitId, onClose, onCreated }: CreateStaffModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [create, { loading, error }] = useMutation(CREATE_STAFF);

  const submit = async (v: FormValues) => {
    try {
      const { data } = await create({
        variables: { input: { username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), role: v.role, orgUnitId: v.orgUnitId ?? '' } },
      });
      if (!data) return;
      const { staff, temporaryPassword } = data.createStaffUser;
      onCreated({ username: staff.username, displayName: staff.displayName, temporaryPassword });
    } catch (e) {
      const target = formFieldOf(e as Error);
      if (target) form.setFields([{ name: target, errors: [errorMessage(e as Error)] }]);
    }
  };

  const otherError = error && !formFieldOf(error) ? errorMessage(error) : null;

  return (
    <Modal open={open} title="新建工作人员账号" okText="创建" cancelText="取消" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden>
      <Form<FormValues> name="createStaff" form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional" initialValues={{ role: 'STAFF', orgUnitId: defaultOrgUnitId }}>
        <Form.Item
          name="username"
          label="登录用户名"
          extra="3–32 位小写字母、数字、点、横线或下划线，以字母或数字开头"
          rules={[
            { required: true, message: '请填写用户名' },
            { pattern: /^[a-z0-9][a-z0-9._-]{2,31}$/, message: '用户名格式不正确' },
          ]}
          normalize={(v: string) => v.toLowerCase()}
        >
          <Input placeholder="例如 zhang.wei" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '不超过 50 个字' }]}>
          <Input placeholder="工作人员真实姓名" />
        </Form.Item>
        <Form.Item name="orgUnitId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
          <OrgTreeSelect showCounts={false} placeholder="本单位或下级单位" />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'ADMIN', label: '管理员' },
              { value: 'STAFF', label: '工作人员' },
              { value: 'VIEWER', label: '只读' },
            ]}
          />
        </Form.Item>
        {otherError && <Alert type="error" showIcon title={otherError} />}
      </Form>
    </Modal>
  );
}
