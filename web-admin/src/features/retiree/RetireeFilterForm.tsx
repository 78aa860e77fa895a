import { DownOutlined, ReloadOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { RetireeStatus } from '../../gql/graphql';
import { RETIREE_STATUS_OPTIONS } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { ID_NUMBER_PATTERN, type RetireeSearch } from './retireeSearch';

const RetireeMoreFilters = lazy(() => import('./RetireeMoreFilters'));

interface FormValues {
  name?: string;
  idNumber?: string;
  status?: RetireeStatus[];
  ageMin?: number | null;
  ageMax?: number | null;
  retired?: [Dayjs | null, Dayjs | null] | null;
}

/** API filter fields (`extensions.field`) → the form field that shows the message. */
const SERVER_FIELD: Record<string, keyof FormValues> = {
  name: 'name',
  idNumber: 'idNumber',
  status: 'status',
  ageMin: 'ageMin',
  ageMax: 'ageMax',
  retiredFrom: 'retired',
  retiredTo: 'retired',
};

function toValues(search: RetireeSearch): FormValues {
  return {
    name: search.name,
    idNumber: search.idNumber,
    status: search.status,
    ageMin: search.ageMin ?? null,
    ageMax: search.ageMax ?? null,
    retired: search.retiredFrom || search.retiredTo ? [search.retiredFrom ? dayjs(search.retiredFrom) : null, search.retiredTo ? dayjs(search.retiredTo) : null] : null,
  };
}

function fromValues(values: FormValues): RetireeSearch {
  const search: RetireeSearch = { status: values.status ?? [] };
  const name = values.name?.trim();
  if (name) search.name = name;
  const idNumber = values.idNumber?.trim();
  if (idNumber) search.idNumber = idNumber.toUpperCase();
  if (values.ageMin != null) search.ageMin = values.ageMin;
  if (values.ageMax != null) search.ageMax = values.ageMax;
  const [from, to] = values.retired ?? [];
  if (from) search.retiredFrom = from.format('YYYY-MM-DD');
  if (to) search.retiredTo = to.format('YYYY-MM-DD');
  return search;
}

interface RetireeFilterFormProps {
  value: RetireeSearch;
  onSearch: (search: RetireeSearch) => void;
  /** The API refused a filter (BAD_USER_INPUT): show its message on that field. */
  serverError?: { field: string; message: string } | null;
}

/** Whether the search uses the filters that sit behind "展开". */
function usesMoreFilters(search: RetireeSearch): boolean {
  return search.ageMin !== undefined || search.ageMax !== undefined || !!search.retiredFrom || !!search.retiredTo;
}

/** The query form above the list (Ant Design Pro's QueryFilter: common filters first, the rest on "展开"). */
export function RetireeFilterForm({ value, onSearch, serverError }: RetireeFilterFormProps) {
  const [form] = Form.useForm<FormValues>();
  const valueKey = JSON.stringify(value);
  const [expanded, setExpanded] = useState(() => usesMoreFilters(value));
  // Column spans (md, xl) of the fields shown: the buttons take what is left of the last row.
  const used = expanded ? { md: 12 * 3 + 12 + 24, xl: 6 * 3 + 6 + 12 } : { md: 12 * 3, xl: 6 * 3 };

  // The URL is the source of truth: back/forward and shared links refill the form.
  useEffect(() => {
    const search = JSON.parse(valueKey) as RetireeSearch;
    form.resetFields();
    form.setFieldsValue(toValues(search));
    if (usesMoreFilters(search)) setExpanded(true);
  }, [form, valueKey]);

  useEffect(() => {
    const name = serverError && SERVER_FIELD[serverError.field];
    if (serverError && name) {
      if (name !== 'name' && name !== 'idNumber' && name !== 'status') setExpanded(true);
      form.setFields([{ name, errors: [serverError.message] }]);
    }
  }, [form, serverError]);

  return (
    <Panel style={{ marginBottom: 16 }} bodyStyle={{ paddingBottom: 0 }}>
      <Form<FormValues>
        name="retireeFilter"
        form={form}
        layout="horizontal"
        labelCol={{ flex: '76px' }}
        onFinish={(values) => onSearch(fromValues(values))}
        aria-label="查询条件"
      >
        <Row gutter={24}>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="姓名" name="name">
              <Input placeholder="姓名开头的字，如 王" allowClear maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item
              label="身份证号"
              name="idNumber"
              rules={[{ pattern: ID_NUMBER_PATTERN, message: '身份证号码应为 18 位：17 位数字加 1 位数字或 X' }]}
              validateTrigger="onSubmit"
            >
              <Input placeholder="18 位，精确查找" allowClear maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="待遇状态" name="status">
              <Select mode="multiple" allowClear placeholder="全部状态" options={RETIREE_STATUS_OPTIONS} />
            </Form.Item>
          </Col>
          {expanded && (
            <Suspense fallback={null}>
              <RetireeMoreFilters />
            </Suspense>
          )}
          {/* The buttons fill the rest of the last row, as in Ant Design Pro's QueryFilter. */}
          <Col xs={24} md={24 - (used.md % 24)} xl={24 - (used.xl % 24)}>
            <Flex justify="flex-end" align="center" gap={8} style={{ marginBottom: 24 }}>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  form.resetFields();
                  onSearch({ status: [] });
                }}
              >
                重置
              </Button>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button type="link" onClick={() => setExpanded(!expanded)} aria-expanded={expanded} style={{ paddingInline: 4 }}>
                {expanded ? '收起' : '展开'} {expanded ? <UpOutlined /> : <DownOutlined />}
              </Button>
            </Flex>
          </Col>
        </Row>
      </Form>
    </Panel>
  );
}
