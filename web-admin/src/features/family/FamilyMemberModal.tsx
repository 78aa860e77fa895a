import { useMutation, useQuery } from '@apollo/client/react';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import type { FamilyMemberFieldsFragment, FamilyMemberInput } from '../../gql/graphql';
import { errorMessage, fieldError } from '../../shared/errors';
import { ADD_FAMILY_MEMBER, FAMILY_RELATIONS_QUERY, forgetFamilyOf, UPDATE_FAMILY_MEMBER } from './familyQueries';

/** GB 11643: 17 digits and a check character; the API checks the checksum and says what is wrong. */
const ID_NUMBER = /^\d{17}[\dXx]$/;
/** A mobile number, or a landline with its area code (0575-83012345). */
const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;

/** Used when the relation list cannot be loaded: the bureau's form lists these. */
const FALLBACK_RELATIONS = ['配偶', '儿子', '女儿', '儿媳', '女婿', '孙子女', '外孙子女', '父母', '兄弟姐妹', '其他'];

interface FormValues {
  relation: string;
  name: string;
  idNumber?: string;
  phone?: string;
  isNextOfKin: boolean;
  isEmergencyContact: boolean;
}

const FIELDS = new Set<string>(['relation', 'name', 'idNumber', 'phone']);

interface FamilyMemberModalProps {
  retiree: { id: string; name: string };
  /** The member being edited; without one, a new member is added. */
  member?: FamilyMemberFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * 添加或修改家庭成员. ID number and phone are only ever shown masked, so when editing they start
 * empty and are sent only when typed anew (blank = unchanged). Mount it to open it.
 */
export function FamilyMemberModal({ retiree, member, onClose, onSaved }: FamilyMemberModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { data } = useQuery(FAMILY_RELATIONS_QUERY);
  const relations = data?.familyRelations ?? FALLBACK_RELATIONS;
  const options = { update: forgetFamilyOf(retiree.id) };
  const [add, adding] = useMutation(ADD_FAMILY_MEMBER, options);
  const [update, updating] = useMutation(UPDATE_FAMILY_MEMBER, options);

  const submit = async (v: FormValues) => {
    const input: FamilyMemberInput = {
      relation: v.relation,
      name: v.name.trim(),
      isNextOfKin: v.isNextOfKin,
      isEmergencyContact: v.isEmergencyContact,
    };
    const idNumber = v.idNumber?.trim().toUpperCase();
    const phone = v.phone?.replace(/\s/g, '');
    if (idNumber) input.idNumber = idNumber;
    if (phone) input.phone = phone;
    try {
      if (member) await update({ variables: { id: member.id, input } });
      else await add({ variables: { retireeId: retiree.id, input } });
      message.success(member ? `已修改家庭成员 ${input.name}` : `已添加家庭成员 ${input.name}`);
      onSaved();
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad && FIELDS.has(bad.field)) form.setFields([{ name: bad.field as keyof FormValues, errors: [bad.message] }]);
      else message.error(errorMessage(e as Error));
    }
  };

  const initialValues: Partial<FormValues> = member
    ? { relation: member.relation, name: member.name, isNextOfKin: member.isNextOfKin, isEmergencyContact: member.isEmergencyContact }
    : { isNextOfKin: false, isEmergencyContact: false };

  return (
    <Modal
      open
      title={member ? `修改家庭成员：${member.name}` : `添加家庭成员：${retiree.name}`}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={adding.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FormValues> form={form} name="familyMember" layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        <Form.Item name="relation" label="与退休人员关系" rules={[{ required: true, message: '请选择关系' }]}>
          <Select options={relations.map((r) => ({ value: r, label: r }))} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          name="name"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请填写姓名' },
            { max: 50, message: '姓名不超过 50 个字' },
          ]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="身份证号"
          extra={member ? (member.idNumber ? `当前 ${member.idNumber}，留空表示不修改` : '尚未登记，选填') : '选填'}
          rules={[{ pattern: ID_NUMBER, message: '身份证号应为 18 位，最后一位可以是 X' }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label="联系电话"
          extra={member ? (member.phone ? `当前 ${member.phone}，留空表示不修改` : '尚未登记，选填') : '选填；手机号或带区号的固定电话'}
          rules={[{ pattern: PHONE, message: '电话号码格式不正确：手机号为 11 位，固定电话如 0575-83012345' }]}
        >
          <Input maxLength={20} autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item name="isNextOfKin" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>近亲属（第一顺序）</Checkbox>
        </Form.Item>
        <Form.Item name="isEmergencyContact" valuePropName="checked">
          <Checkbox>紧急联系人</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
