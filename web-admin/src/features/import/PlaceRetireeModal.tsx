import type { ApolloCache } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { App, Descriptions, Form, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { AREA_TREE_QUERY } from '../../shared/area/areaTreeQuery';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';
import { useSettled } from '../../shared/useSettled';
import { COMMUNITIES_QUERY } from '../transfer/transferQueries';
import { PLACE_RETIREE } from './placementQueries';

export interface PlacementCandidate {
  id: string;
  name: string;
  hukouAddress?: string | null;
  residenceAddress?: string | null;
  placementNote?: string | null;
  township?: { id: string; name: string } | null;
}

interface FormValues {
  /** With its label: the option found by a search stays readable after the search is cleared. */
  communityId: { value: string; label: string };
}

/** A placed retiree leaves the waiting list and shows in the retiree lists with a community. */
function forgetPlacementLists(cache: ApolloCache) {
  for (const fieldName of ['retireesAwaitingPlacement', 'retirees']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

interface PlaceRetireeModalProps {
  retiree: PlacementCandidate;
  onClose: () => void;
  /** Placed: the community now has a check-in task. */
  onPlaced: () => void;
  /** Someone else placed them first (or they are gone): show the list as it is now. */
  onStale: () => void;
}

/** 分配社区：按常住地址（没有则户籍地址）推荐社区，也可按名称查找。Mount it to open it. */
export function PlaceRetireeModal({ retiree, onClose, onPlaced, onStale }: PlaceRetireeModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const term = useSettled(search.trim());
  const address = (retiree.residenceAddress || retiree.hukouAddress || '').trim();
  const [place, { loading }] = useMutation(PLACE_RETIREE, { update: forgetPlacementLists });

  const suggested = useQuery(COMMUNITIES_QUERY, address.length >= 2 ? { variables: { address, limit: 5 } } : skipToken);
  const found = useQuery(COMMUNITIES_QUERY, term ? { variables: { search: term, limit: 20 } } : skipToken);
  // The communities in the viewer's area (the API refuses others); within the retiree's township when they have one.
  const { data: area } = useQuery(AREA_TREE_QUERY);

  const options = useMemo(() => {
    type Unit = { id: string; name: string; parent?: { id: string; name: string } | null };
    const inArea = area ? new Set(area.orgUnits.filter((u) => u.level === 'COMMUNITY').map((u) => u.id)) : null;
    const allowed = (u: Unit) => (!inArea || inArea.has(u.id)) && (!retiree.township || u.parent?.id === retiree.township.id);
    const option = (u: Unit) => ({ value: u.id, label: u.parent ? `${u.name}（${u.parent.name}）` : u.name });
    const bySearch = term ? ((found.data ?? found.previousData)?.communities.filter(allowed) ?? []) : [];
    const byAddress = ((suggested.data ?? suggested.previousData)?.communities.filter(allowed) ?? []).filter((u) => !bySearch.some((b) => b.id === u.id));
    return [
      { label: '查找结果', options: bySearch.map(option) },
      { label: '根据地址推荐', options: byAddress.map(option) },
    ].filter((g) => g.options.length);
  }, [area, retiree.township, term, found.data, found.previousData, suggested.data, suggested.previousData]);

  const submit = async ({ communityId }: FormValues) => {
    try {
      const { data } = await place({ variables: { retireeId: retiree.id, communityId: communityId.value } });
      const community = data?.placeRetiree.community?.name ?? communityId.label;
      message.success(`已将${retiree.name}分配到${community}，社区将收到纳入管理任务`);
      onPlaced();
    } catch (e) {
      const error = e as Error;
      const bad = fieldError(error);
      if (bad?.field === 'communityId') {
        form.setFields([{ name: 'communityId', errors: [bad.message] }]);
        return;
      }
      const code = errorCode(error);
      if (code === 'CONFLICT' || code === 'NOT_FOUND') {
        message.warning(errorMessage(error));
        onStale();
        return;
      }
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={`分配社区：${retiree.name}`}
      okText="确定分配"
      cancelText="取消"
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'residence', label: '常住地址', children: retiree.residenceAddress || '—' },
          { key: 'hukou', label: '户籍地址', children: retiree.hukouAddress || '—' },
          { key: 'note', label: '待分配原因', children: retiree.placementNote || '—' },
        ]}
      />
      <Form<FormValues> form={form} name="placeRetiree" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="communityId"
          label="管理社区"
          extra="分配后，社区会收到纳入管理任务，本人会收到欢迎消息。"
          rules={[{ required: true, message: '请选择管理社区' }]}
        >
          <Select
            labelInValue
            showSearch={{ filterOption: false, onSearch: setSearch }}
            options={options}
            placeholder="选择推荐的社区，或输入社区名称查找"
            loading={found.loading || suggested.loading}
            notFoundContent={term ? '没有找到本辖区内匹配的社区' : address ? '地址未能推荐社区，请输入社区名称查找' : '请输入社区名称查找'}
            allowClear
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
