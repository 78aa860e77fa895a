import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Rate } from 'antd';
import { reportTaskError } from './taskErrors';
import { EVALUATE_TASK } from './taskMutations';
import type { TaskRefresh } from './useTaskRefresh';

interface FormValues {
  score: number;
  comment?: string;
}

export const SCORE_DESC = ['很差', '较差', '一般', '良好', '优秀'];

interface EvaluateTaskModalProps {
  taskId: string;
  refresh: TaskRefresh;
  onClose: () => void;
}

/** 评价: 1–5 stars and an optional comment on finished work. Mount it to open it. */
export function EvaluateTaskModal({ taskId, refresh, onClose }: EvaluateTaskModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [evaluate, { loading }] = useMutation(EVALUATE_TASK, { refetchQueries: refresh.queries, awaitRefetchQueries: true });

  const submit = async (v: FormValues) => {
    const comment = v.comment?.trim();
    try {
      await evaluate({ variables: { id: taskId, score: v.score, ...(comment ? { comment } : {}) } });
      message.success('评价已提交');
      onClose();
    } catch (e) {
      reportTaskError(e, {
        message,
        form,
        fields: { score: 'score', comment: 'comment' },
        onConflict: () => {
          onClose();
          refresh.now();
        },
      });
    }
  };

  return (
    <Modal open title="评价任务" okText="提交评价" cancelText="取消" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden>
      <Form<FormValues> name="evaluateTask" form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="score" label="评分" rules={[{ required: true, message: '请选择评分' }]}>
          <Rate aria-label="评分" tooltips={SCORE_DESC} />
        </Form.Item>
        <Form.Item name="comment" label="评价意见" rules={[{ max: 500, message: '评价意见不超过 500 字' }]}>
          <Input.TextArea rows={3} showCount maxLength={500} placeholder="选填" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
