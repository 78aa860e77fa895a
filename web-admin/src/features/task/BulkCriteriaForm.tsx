import { Button, Checkbox, Col, Form, InputNumber, Radio, Row, Select, Space, type FormInstance } from 'antd';
import type { BulkTaskCriteriaInput, Gender, RetireeStatus } from '../../gql/graphql';
import { OrgTreeSelect } from '../../shared/area/OrgTreeSelect';
import { RETIREE_STATUS_OPTIONS } from '../../shared/format';

export interface CriteriaValues {
  orgUnitId: string;
  minAge?: number | null;
  maxAge?: number | null;
  gender?: Gender | '';
  status?: RetireeStatus[];
  notVisitedThisYear?: boolean;
}

/** The criteria as the API takes them: only what was chosen. */
export function criteriaInput(v: CriteriaValues): BulkTaskCriteriaInput {
  const c: BulkTaskCriteriaInput = { orgUnitId: v.orgUnitId };
  if (v.minAge != null) c.minAge = v.minAge;
  if (v.maxAge != null) c.maxAge = v.maxAge;
  if (v.gender) c.gender = v.gender;
  if (v.status?.length) c.status = v.status;
  if (v.notVisitedThisYear) c.notVisitedThisYear = true;
  return c;
}

/** A title that says whom the campaign is for, from the age range chosen. */
export function suggestTitle(c: BulkTaskCriteriaInput): string {
  if (c.minAge != null && c.maxAge != null) return `走访 ${c.minAge}–${c.maxAge} 岁老人`;
  if (c.minAge != null) return `走访 ${c.minAge} 岁以上老人`;
  if (c.maxAge != null) return `走访 ${c.maxAge} 岁以下退休人员`;
  return '走访慰问退休人员';
}

interface BulkCriteriaFormProps {
  form: FormInstance<CriteriaValues>;
  defaultUnitId: string | undefined;
  loading: boolean;
  onPreview: (values: CriteriaValues) => void;
}

/** Step 1: whom to visit — an area under the viewer, ages, gender, status, not yet visited this year. */
export function BulkCriteriaForm({ form, defaultUnitId, loading, onPreview }: BulkCriteriaFormProps) {
  return (
    <Form<CriteriaValues> name="bulkCriteria" form={form} layout="vertical" requiredMark="optional" initialValues={{ orgUnitId: defaultUnitId, gender: '' }} onFinish={onPreview} style={{ maxWidth: 720 }}>
      <Form.Item name="orgUnitId" label="区域" extra="符合条件的人员按管理社区各生成一项任务" rules={[{ required: true, message: '请选择区域' }]}>
        <OrgTreeSelect showCounts={false} placeholder="本单位或下级镇街" style={{ maxWidth: 360, width: '100%' }} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item label="年龄" style={{ marginBottom: 0 }}>
            <Space.Compact>
              <Form.Item name="minAge" noStyle>
                <InputNumber aria-label="最小年龄" min={40} max={120} precision={0} placeholder="不限" suffix="岁" style={{ width: 110 }} />
              </Form.Item>
              <span style={{ padding: '4px 8px' }}>至</span>
              <Form.Item
                name="maxAge"
                noStyle
                dependencies={['minAge']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, max: number | null | undefined) => {
                      const min = getFieldValue('minAge') as number | null | undefined;
                      return min != null && max != null && max < min ? Promise.reject(new Error('最大年龄不能小于最小年龄')) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <InputNumber aria-label="最大年龄" min={40} max={120} precision={0} placeholder="不限" suffix="岁" style={{ width: 110 }} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label="性别">
            <Radio.Group
              options={[
                { value: '', label: '不限' },
                { value: 'MALE', label: '男' },
                { value: 'FEMALE', label: '女' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="status" label="待遇状态" style={{ marginTop: 24 }}>
        <Select mode="multiple" allowClear options={RETIREE_STATUS_OPTIONS} placeholder="正常发放（默认）" style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item name="notVisitedThisYear" valuePropName="checked">
        <Checkbox>只含本年度尚未走访的人员</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        预览
      </Button>
    </Form>
  );
}
