import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Col, DatePicker, Flex, Form, Input, Row, Select, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { AuditLogQuery } from '../../gql/graphql';
import { AUDIT_ACTION_LABEL, AUDIT_ACTION_OPTIONS, formatDateTime, labelOf, ROLE_LABEL, SENSITIVE_FIELD_LABEL, SENSITIVE_FIELD_OPTIONS } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useCursorPages, pageVariables } from '../../shared/pagination';
import { CursorTable } from '../../shared/CursorTable';
import { readAuditSearch, toAuditFilter, writeAuditSearch, type AuditSearch } from './auditSearch';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($filter: AuditLogFilter, $limit: Int, $after: String) {
    auditLog(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        at
        action
        field
        actorKind
        actorName
        actorOrgName
        actorRole
        retireeId
        retireeName
        reason
      }
    }
  }
`);

type Row = AuditLogQuery['auditLog']['items'][number];

interface FormValues {
  action?: AuditSearch['action'];
  field?: AuditSearch['field'];
  actorName?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const ACTOR_KIND_LABEL: Record<string, string> = { CLIENT: '对接系统', RETIREE: '退休人员本人' };

export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const search = useMemo(() => readAuditSearch(params), [params]);
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({
      action: search.action,
      field: search.field,
      actorName: search.actorName,
      range: search.from || search.to ? [search.from ? dayjs(search.from) : null, search.to ? dayjs(search.to) : null] : null,
    });
  }, [form, search]);

  const variables = useMemo(() => pageVariables(toAuditFilter(search), pages), [search, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(AUDIT_LOG_QUERY, { variables: committedVariables, fetchPolicy: 'cache-and-network' });
  const list = error ? undefined : (data ?? previousData)?.auditLog;

  const apply = (next: AuditSearch) => {
    const nextParams = writeAuditSearch(next, params);
    if (nextParams.toString() === params.toString()) void refetch();
    else setParams(nextParams);
  };

  const onFinish = (v: FormValues) => {
    const [from, to] = v.range ?? [];
    apply({
      action: v.action,
      field: v.field,
      actorName: v.actorName?.trim() || undefined,
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
      retireeId: search.retireeId,
    });
  };

  const columns: TableColumnsType<Row> = [
    { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: '操作人',
      key: 'actor',
      width: 220,
      render: (_, r) => (
        <Flex vertical>
          <span>
            {r.actorName} {r.actorRole && <Tag style={{ marginInlineStart: 4 }}>{labelOf(ROLE_LABEL, r.actorRole)}</Tag>}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.actorOrgName ?? ACTOR_KIND_LABEL[r.actorKind] ?? '—'}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '操作', dataIndex: 'action', width: 80, render: (v: string) => <Tag color={v === 'EXPORT' ? 'orange' : 'blue'}>{labelOf(AUDIT_ACTION_LABEL, v)}</Tag> },
    { title: '字段', dataIndex: 'field', width: 100, render: (v: string | null) => labelOf(SENSITIVE_FIELD_LABEL, v) },
    {
      title: '对象',
      key: 'retiree',
      width: 120,
      render: (_, r) => (r.retireeId ? <Link to={`/retirees/${r.retireeId}`}>{r.retireeName ?? `#${r.retireeId}`}</Link> : (r.retireeName ?? '—')),
    },
    { title: '事由', dataIndex: 'reason', ellipsis: { showTitle: true } },
  ];

  return (
    <PageContainer title="审计日志" subTitle="敏感信息的查看与导出记录，新的在前">
      <Panel style={{ marginBottom: 16 }}>
        <Form<FormValues> name="auditFilter" form={form} labelCol={{ flex: '72px' }} onFinish={onFinish} aria-label="查询条件">
          <Row gutter={24}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="操作" name="action">
                <Select allowClear placeholder="全部" options={AUDIT_ACTION_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="字段" name="field">
                <Select allowClear placeholder="全部" options={SENSITIVE_FIELD_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="操作人" name="actorName">
                <Input allowClear placeholder="姓名开头的字" maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="日期" name="range">
                <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <div>
              {search.retireeId && (
                <Tag closable color="blue" onClose={() => apply({ ...search, retireeId: undefined })}>
                  仅看人员 #{search.retireeId} 的记录
                </Tag>
              )}
            </div>
            <Flex gap={8}>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  form.resetFields();
                  apply({});
                }}
              >
                重置
              </Button>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
            </Flex>
          </Flex>
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
          emptyText="没有符合条件的审计记录"
          scroll={{ x: 900 }}
        />
      </Panel>
    </PageContainer>
  );
}

export default AuditLogPage;
