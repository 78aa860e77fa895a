import { Col, DatePicker, Form, InputNumber, Space } from 'antd';

/**
 * The less used filters (age, retirement date), loaded when the user expands the query form or
 * arrives with them in the URL: the date picker is the largest part of the list page.
 */
export default function RetireeMoreFilters() {
  return (
    <>
      <Col xs={24} md={12} xl={6}>
        <Form.Item label="年龄">
          <Space.Compact block>
            <Form.Item name="ageMin" noStyle>
              <InputNumber aria-label="最小年龄" min={0} max={130} precision={0} placeholder="最小" style={{ width: '50%' }} suffix="岁" />
            </Form.Item>
            <Form.Item
              name="ageMax"
              noStyle
              dependencies={['ageMin']}
              rules={[
                ({ getFieldValue }) => ({
                  validator(_, max: number | null) {
                    const min = getFieldValue('ageMin') as number | null;
                    return max == null || min == null || max >= min ? Promise.resolve() : Promise.reject(new Error('最大年龄不能小于最小年龄'));
                  },
                }),
              ]}
            >
              <InputNumber aria-label="最大年龄" min={0} max={130} precision={0} placeholder="最大" style={{ width: '50%' }} suffix="岁" />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      </Col>
      <Col xs={24} md={24} xl={12}>
        <Form.Item label="退休日期" name="retired">
          <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%', maxWidth: 320 }} placeholder={['开始日期', '结束日期']} />
        </Form.Item>
      </Col>
    </>
  );
}
