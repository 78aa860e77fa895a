import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';
import { useSettled } from '../../shared/useSettled';
import { forgetTransferLists } from './transferCache';
import { COMMUNITIES_QUERY, REQUEST_TRANSFER } from './transferQueries';

interface FormValues {
  newAddress: string;
  /** With its label: the option found by a search stays readable after the search is cleared. */
  toCommunityId: { value: string; label: string };
  reason: string;
}

/** API input names are the form's field names. */
const FIELDS = new Set<string>(['newAddress', 'toCommunityId', 'reason']);

interface RequestTransferModalProps {
  retiree: { id: string; name: string; community: { id: string; name: string } };
  onClose: () => void;
  /** The request is in; it now waits for the origin community's review. */
  onRequested: (transferId: string) => void;
}

/** 申请社区转移（工作人员代办）：新地址、转入社区（按地址推荐或按名称查找）、原因。Mount it to open it. */
export function RequestTransferModal({ retiree, onClose, onRequested }: RequestTransferModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const address = useSettled((Form.useWatch('newAddress', form) ?? '').trim());
  const term = useSettled(search.trim());
  const [request, { loading }] = useMutation(REQUEST_TRANSFER, { update: (cache) => forgetTransferLists(cache) });

  const suggested = useQuery(COMMUNITIES_QUERY, address.length >= 2 ? { variables: { address, limit: 5 } } : skipToken);
  const found = useQuery(COMMUNITIES_QUERY, term ? { variables: { search: term, limit: 20 } } : skipToken);

  const options = useMemo(() => {
    type Unit = { id: string; name: string; parent?: { name: string } | null };
    const option = (u: Unit) => ({ value: u.id, label: u.parent ? `${u.name}（${u.parent.name}）` : u.name });
    const notCurrent = (u: Unit) => u.id !== retiree.community.id;
    const groups = [];
    const bySearch = term ? (found.data ?? found.previousData)?.communities.filter(notCurrent) ?? [] : [];
    if (bySearch.length) groups.push({ label: '查找结果', options: bySearch.map(option) });
    const byAddress = (suggested.data ?? suggested.previousData)?.communities.filter(notCurrent) ?? [];
    if (address.length >= 2 && byAddress.length) groups.push({ label: '根据新居住地址推荐', options: byAddress.filter((u) => !bySearch.some((b) => b.id === u.id)).map(option) });
    return groups.filter((g) => g.options.length);
  }, [term, found.data, found.previousData, suggested.data, suggested.previousData, address, retiree.community.id]);

  const submit = async (v: FormValues) => {
    try {
      const { data } = await request({ variables: { input: { retireeId: retiree.id, toCommunityId: v.toCommunityId.value, newAddress: v.newAddress.trim(), reason: v.reason.trim() } } });
      message.success(`已提交${retiree.name}的社区转移申请，待${retiree.community.name}审核`);
      onRequested(data!.requestCommunityTransfer.id);
    } catch (e) {
      const error = e as Error;
      const bad = fieldError(error);
      if (bad && FIELDS.has(bad.field)) {
        form.setFields([{ name: bad.field as keyof FormValues, errors: [bad.message] }]);
        return;
      }
      if (errorCode(error) === 'CONFLICT') {
        message.warning(errorMessage(error));
        onClose();
        return;
      }
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={`申请社区转移：${retiree.name}`}
      okText="提交申请"
      cancelText="取消"
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <p style={{ marginTop: 0 }}>
        当前管理社区：{retiree.community.name}。提交后先由{retiree.community.name}审核，同意后转入社区接收，接收后管理社区即变更。
      </p>
      <Form<FormValues> form={form} name="requestTransfer" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="newAddress"
          label="新居住地址"
          rules={[
            { required: true, whitespace: true, message: '请填写新居住地址' },
            { min: 5, max: 300, message: '新居住地址需 5–300 字' },
          ]}
        >
          <Input maxLength={300} autoComplete="off" placeholder="例如：剡湖街道城南社区官河路 12 号 3 幢 201 室" />
        </Form.Item>
        <Form.Item name="toCommunityId" label="转入社区" extra="填写新居住地址后会推荐社区，也可以输入社区或镇街名称查找。" rules={[{ required: true, message: '请选择转入社区' }]}>
          <Select
            labelInValue
            showSearch={{ filterOption: false, onSearch: setSearch }}
            options={options}
            placeholder="选择或输入名称查找"
            loading={found.loading || suggested.loading}
            notFoundContent={term || address ? '没有找到匹配的社区' : '请先填写新居住地址，或输入社区名称'}
            allowClear
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="转移原因"
          rules={[
            { required: true, whitespace: true, message: '请填写转移原因' },
            { min: 2, max: 500, message: '转移原因需 2–500 字' },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} placeholder="例如：随子女搬迁至城南居住" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
