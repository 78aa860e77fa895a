import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import type { FamilyMemberFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../shared/errors';
import { Panel } from '../../shared/Panel';
import { EmptyState } from '../../shared/states';
import { MONOSPACE } from '../../shared/text';
import { FamilyMemberModal } from './FamilyMemberModal';
import { FamilyTags } from './FamilyTags';
import { forgetFamilyOf, REMOVE_FAMILY_MEMBER } from './familyQueries';

type Member = FamilyMemberFieldsFragment;

interface FamilyMembersCardProps {
  retiree: { id: string; name: string };
  members: readonly Member[];
}

/** 家庭成员 on the retiree's record: masked values, and adding, editing and removing for staff who may write. */
export function FamilyMembersCard({ retiree, members }: FamilyMembersCardProps) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_FAMILY_MEMBER, { update: forgetFamilyOf(retiree.id) });
  const canWrite = can('retiree:write');

  const removeMember = async (m: Member) => {
    try {
      await remove({ variables: { id: m.id } });
      message.success(`已删除家庭成员 ${m.name}`);
    } catch (e) {
      message.error(errorMessage(e as Error));
    }
  };

  const columns: TableColumnsType<Member> = [
    { title: '关系', dataIndex: 'relation' },
    { title: '姓名', dataIndex: 'name' },
    { title: '身份证号', dataIndex: 'idNumber', render: (v: string | null) => (v ? <span style={MONOSPACE}>{v}</span> : '—') },
    { title: '联系电话', dataIndex: 'phone', render: (v: string | null) => (v ? <span style={MONOSPACE}>{v}</span> : '—') },
    { title: '标记', key: 'tags', render: (_, m) => <FamilyTags member={m} /> },
  ];
  if (canWrite) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, m) => (
        <Flex gap={4}>
          <Button type="link" size="small" icon={<EditOutlined />} aria-label={`修改 ${m.name}`} onClick={() => setEditing(m)} />
          <Popconfirm
            title={`删除家庭成员 ${m.name}？`}
            description="删除会记入变更记录。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true, autoInsertSpace: false }}
            cancelButtonProps={{ autoInsertSpace: false }}
            onConfirm={() => removeMember(m)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`删除 ${m.name}`} />
          </Popconfirm>
        </Flex>
      ),
    });
  }

  return (
    <Panel
      title="家庭成员"
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} autoInsertSpace={false} onClick={() => setEditing('new')}>
            添加
          </Button>
        )
      }
    >
      <Table<Member>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={members as Member[]}
        pagination={false}
        // Half a page wide: the row keeps to one line and the table scrolls instead.
        scroll={{ x: 'max-content' }}
        onRow={() => ({ style: { whiteSpace: 'nowrap' } })}
        locale={{ emptyText: <EmptyState description="暂无家庭成员登记" /> }}
      />
      {editing && (
        <FamilyMemberModal
          retiree={retiree}
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </Panel>
  );
}
