import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Button, Col, Flex, Form, Input, Row, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import type { StaffFilter, StaffListQuery } from '../../gql/graphql';
import { useArea } from '../../shared/area/useArea';
import { errorMessage } from '../../shared/errors';
import { formatDateTime, labelOf, ROLE_LABEL } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useCursorPages, pageVariables, keptListParams } from '../../shared/pagination';
import { CursorTable } from '../../shared/CursorTable';
import { CreateStaffModal } from './CreateStaffModal';
import { CredentialsModal, type Credentials } from './CredentialsModal';

export const STAFF_LIST_QUERY = graphql(`
  query StaffList($filter: StaffFilter, $limit: Int, $after: String) {
    staffUsers(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        username
        displayName
        role
        active
        lastLoginAt
        createdAt
        orgUnit {
          id
          name
        }
      }
    }
  }
`);

const SET_STAFF_ACTIVE = graphql(`
  mutation SetStaffActive($id: ID!, $active: Boolean!) {
    setStaffActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

const RESET_STAFF_PASSWORD = graphql(`
  mutation ResetStaffPassword($id: ID!) {
    resetStaffPassword(id: $id) {
      temporaryPassword
      staff {
        id
        username
        displayName
      }
    }
  }
`);

type Row = StaffListQuery['staffUsers']['items'][number];

const ROLE_COLOR: Record<string, string> = { ADMIN: 'gold', STAFF: 'blue', VIEWER: 'default' };

export function StaffListPage() {
  const { viewer } = useAuth();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const [form] = Form.useForm<{ q?: string; active?: 'true' | 'false' }>();
  const [creating, setCreating] = useState(false);
  const [credentials, setCredentials] = useState<{ title: string; value: Credentials } | null>(null);

  const q = params.get('q')?.trim() || undefined;
  const activeParam = params.get('active');
  const active = activeParam === 'true' ? true : activeParam === 'false' ? false : undefined;

  useEffect(() => {
    form.setFieldsValue({ q: q ?? '', active: active === undefined ? undefined : active ? 'true' : 'false' });
  }, [form, q, active]);

  const variables = useMemo(() => {
    const filter: StaffFilter = {};
    if (q) filter.search = q;
    if (active !== undefined) filter.active = active;
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [q, active, orgId, pages.pageSize, pages.after]);

  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(STAFF_LIST_QUERY, { variables: committedVariables });
  const list = error ? undefined : (data ?? previousData)?.staffUsers;
  const [setActive] = useMutation(SET_STAFF_ACTIVE);
  const [resetPassword] = useMutation(RESET_STAFF_PASSWORD);

  const applyFilters = (v: { q?: string; active?: string }) => {
    const next = keptListParams(params);
    if (v.q?.trim()) next.set('q', v.q.trim());
    if (v.active) next.set('active', v.active);
    if (next.toString() === params.toString()) void refetch();
    else setParams(next);
  };

  const confirmActive = (r: Row) => {
    const disabling = r.active;
    modal.confirm({
      title: disabling ? `停用账号 ${r.username}？` : `启用账号 ${r.username}？`,
      content: disabling ? `停用后，${r.displayName} 的登录会立即失效，且无法再登录，直到重新启用。` : `启用后，${r.displayName} 可以用原密码登录。`,
      okText: disabling ? '停用' : '启用',
      okButtonProps: { danger: disabling },
      cancelText: '取消',
      onOk: async () => {
        try {
          await setActive({ variables: { id: r.id, active: !disabling } });
          message.success(disabling ? '账号已停用' : '账号已启用');
        } catch (e) {
          message.error(errorMessage(e as Error));
        }
      },
    });
  };

  const confirmReset = (r: Row) => {
    modal.confirm({
      title: `重置 ${r.displayName} 的密码？`,
      content: '将生成新的临时密码，原密码和当前登录会立即失效。',
      okText: '重置密码',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const { data: result } = await resetPassword({ variables: { id: r.id } });
          if (result) {
            const { staff, temporaryPassword } = result.resetStaffPassword;
            setCredentials({ title: '密码已重置', value: { username: staff.username, displayName: staff.displayName, temporaryPassword } });
          }
        } catch (e) {
          message.error(errorMessage(e as Error));
        }
      },
    });
  };

  const columns: TableColumnsType<Row> = [
    { title: '用户名', dataIndex: 'username', width: 180, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    { title: '所属单位', key: 'org', ellipsis: true, render: (_, r) => r.orgUnit.name },
    { title: '角色', dataIndex: 'role', width: 100, render: (v: string) => <Tag color={ROLE_COLOR[v]}>{labelOf(ROLE_LABEL, v)}</Tag> },
    { title: '状态', dataIndex: 'active', width: 90, render: (v: boolean) => (v ? <Badge status="success" text="启用" /> : <Badge status="default" text="已停用" />) },
    { title: '最近登录', dataIndex: 'lastLoginAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">从未登录</Typography.Text>) },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, r) => {
        const self = r.id === viewer?.staff?.id;
        if (self) return <Typography.Text type="secondary">本人账号</Typography.Text>;
        return (
          <Space size={0}>
            <Button type="link" size="small" danger={r.active} onClick={() => confirmActive(r)}>
              {r.active ? '停用' : '启用'}
            </Button>
            <Button type="link" size="small" onClick={() => confirmReset(r)}>
              重置密码
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <PageContainer
      title="工作人员账号"
      subTitle="本单位及下级单位的账号"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建账号
        </Button>
      }
    >
      <Panel style={{ marginBottom: 16 }} bodyStyle={{ paddingBottom: 0 }}>
        <Form name="staffFilter" form={form} onFinish={applyFilters} aria-label="查询条件">
          <Row gutter={24}>
            <Col xs={24} md={10} xl={8}>
              <Form.Item label="用户名或姓名" name="q">
                <Input allowClear placeholder="开头的字或字母" maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} xl={6}>
              <Form.Item label="状态" name="active">
                <Select
                  allowClear
                  placeholder="全部"
                  options={[
                    { value: 'true', label: '启用' },
                    { value: 'false', label: '已停用' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6} xl={10}>
              <Flex justify="flex-end" gap={8}>
                <Button
                  icon={<ReloadOutlined />}
                  onClick={() => {
                    form.resetFields();
                    applyFilters({});
                  }}
                >
                  重置
                </Button>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                  查询
                </Button>
              </Flex>
            </Col>
          </Row>
        </Form>
      </Panel>
      <Panel>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText="没有符合条件的账号"
          unit="个账号"
          scroll={{ x: 960 }}
        />
      </Panel>
      {creating && (
        <CreateStaffModal
          open
          defaultOrgUnitId={orgId ?? viewer?.orgUnit?.id ?? null}
          onClose={() => setCreating(false)}
          onCreated={(value) => {
            setCreating(false);
            setCredentials({ title: '账号已创建', value });
            void refetch();
          }}
        />
      )}
      <CredentialsModal title={credentials?.title ?? ''} credentials={credentials?.value ?? null} onClose={() => setCredentials(null)} />
    </PageContainer>
  );
}

export default StaffListPage;
