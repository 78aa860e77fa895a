import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Radio } from 'antd';
import type { TaskFeedbackInput, TaskOutcome } from '../../gql/graphql';
import { TASK_OUTCOME_OPTIONS } from './labels';
import { PhotoUpload, photosProblem, uploadedIds, type PhotoFile } from './PhotoUpload';
import { reportTaskError } from './taskErrors';
import { COMPLETE_TASK } from './taskMutations';
import type { TaskRefresh } from './useTaskRefresh';

interface FormValues {
  outcome: TaskOutcome;
  notes?: string;
  photos?: PhotoFile[];
}

export function feedbackInput(v: FormValues): TaskFeedbackInput {
  const feedback: TaskFeedbackInput = { outcome: v.outcome };
  const notes = v.notes?.trim();
  if (notes) feedback.notes = notes;
  const ids = uploadedIds(v.photos);
  if (ids.length) feedback.attachmentIds = ids;
  return feedback;
}

interface CompleteTaskModalProps {
  taskId: string;
  refresh: TaskRefresh;
  onClose: () => void;
}

/** 办结反馈: the outcome, what was done (required unless all done) and photos. Mount it to open it. */
export function CompleteTaskModal({ taskId, refresh, onClose }: CompleteTaskModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [complete, { loading }] = useMutation(COMPLETE_TASK, { refetchQueries: refresh.queries, awaitRefetchQueries: true });
  const outcome = Form.useWatch('outcome', form);
  const notesRequired = outcome !== undefined && outcome !== 'COMPLETED';

  const submit = async (v: FormValues) => {
    try {
      await complete({ variables: { id: taskId, feedback: feedbackInput(v) } });
      message.success('已办结，反馈已提交派发单位');
      onClose();
    } catch (e) {
      reportTaskError(e, {
        message,
        form,
        fields: { notes: 'notes', outcome: 'outcome', attachmentIds: 'photos' },
        onConflict: () => {
          onClose();
          refresh.now();
        },
      });
    }
  };

  return (
    <Modal open title="办结反馈" okText="提交办结" cancelText="取消" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden width={560}>
      <Form<FormValues> name="completeTask" form={form} layout="vertical" requiredMark="optional" initialValues={{ outcome: 'COMPLETED', photos: [] }} onFinish={(v) => void submit(v)}>
        <Form.Item name="outcome" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
          <Radio.Group options={TASK_OUTCOME_OPTIONS} />
        </Form.Item>
        <Form.Item
          name="notes"
          label="办理情况"
          dependencies={['outcome']}
          extra={notesRequired ? '部分完成或无法完成时，请说明原因和后续安排。' : undefined}
          required={notesRequired}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const text = value?.trim() ?? '';
                if (getFieldValue('outcome') === 'COMPLETED' || text.length >= 2) return Promise.resolve();
                return Promise.reject(new Error(text ? '办理情况至少 2 个字' : '请说明办理情况'));
              },
            }),
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={2000} placeholder="例如：已上门走访，老人身体健康，送去慰问品" />
        </Form.Item>
        <Form.Item
          name="photos"
          label="照片"
          valuePropName="value"
          extra="JPG、PNG、WEBP 照片或 PDF，每个不超过 8 MB，最多 10 个"
          rules={[{ validator: (_, files: PhotoFile[] | undefined) => (photosProblem(files) ? Promise.reject(new Error(photosProblem(files)!)) : Promise.resolve()) }]}
        >
          <PhotoUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
