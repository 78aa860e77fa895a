import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { shanghaiToday } from './dates';
import { TASK_PRIORITY_OPTIONS, TASK_TYPE_OPTIONS } from './labels';

/** The fields every assignment has (single or bulk): type, title, instructions, priority, due date. */
export interface TaskFieldValues {
  type: string;
  title: string;
  instructions?: string;
  priority: string;
  dueDate: Dayjs;
}

/** The due date as the API wants it; the form holds a Dayjs. */
export const dueDateText = (d: Dayjs): string => d.format('YYYY-MM-DD');

/** Today up to a year ahead, as the API allows. */
function outOfRange(d: Dayjs): boolean {
  const today = dayjs(shanghaiToday());
  return d.isBefore(today, 'day') || d.isAfter(today.add(1, 'year'), 'day');
}

export function TaskFields() {
  return (
    <>
      <Form.Item name="type" label="任务类型" rules={[{ required: true, message: '请选择任务类型' }]}>
        <Select options={TASK_TYPE_OPTIONS} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label="任务标题"
        rules={[
          { required: true, whitespace: true, message: '请填写任务标题' },
          { min: 2, max: 100, message: '任务标题需 2–100 字' },
        ]}
      >
        <Input maxLength={100} showCount placeholder="例如：走访 90 岁以上老人" autoComplete="off" />
      </Form.Item>
      <Form.Item name="instructions" label="工作要求" rules={[{ max: 2000, message: '工作要求不超过 2000 字' }]}>
        <Input.TextArea rows={4} showCount maxLength={2000} placeholder="办理的内容、标准和需要反馈的材料" />
      </Form.Item>
      <Form.Item name="priority" label="紧急程度" rules={[{ required: true, message: '请选择紧急程度' }]}>
        <Radio.Group optionType="button" options={TASK_PRIORITY_OPTIONS} />
      </Form.Item>
      <Form.Item name="dueDate" label="办理期限" extra="承办单位应在该日（含）之前办结反馈" rules={[{ required: true, message: '请选择办理期限' }]}>
        <DatePicker disabledDate={outOfRange} allowClear={false} style={{ width: 200 }} />
      </Form.Item>
    </>
  );
}
