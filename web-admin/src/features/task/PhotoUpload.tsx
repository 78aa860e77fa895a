import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { ATTACHMENT_ACCEPT, attachmentProblem, uploadAttachment, type UploadedFile } from './uploadAttachment';

export type PhotoFile = UploadFile<UploadedFile>;

/** The ids of the files the server has kept, in the order they were chosen. */
export function uploadedIds(files: readonly PhotoFile[] | undefined): string[] {
  return (files ?? []).flatMap((f) => (f.status === 'done' && f.response?.id ? [f.response.id] : []));
}

/** Why the form cannot be sent yet, if some photo is still on its way or failed. */
export function photosProblem(files: readonly PhotoFile[] | undefined): string | null {
  if (files?.some((f) => f.status === 'uploading')) return '照片还在上传，请稍候再提交';
  if (files?.some((f) => f.status === 'error')) return '有文件上传失败，请删除后重新上传';
  return null;
}

interface PhotoUploadProps {
  id?: string;
  value?: PhotoFile[];
  onChange?: (files: PhotoFile[]) => void;
  max?: number;
}

/**
 * Photos (or a PDF) as evidence: each file is sent to `POST /files` as soon as it is chosen, and
 * the form keeps the file list; `uploadedIds` gives the ids to send with the feedback.
 */
export function PhotoUpload({ id, value = [], onChange, max = 10 }: PhotoUploadProps) {
  const { message } = App.useApp();
  return (
    <Upload<UploadedFile>
      id={id}
      accept={ATTACHMENT_ACCEPT}
      listType="picture"
      multiple
      fileList={value}
      // A kept file links to the server's copy (antd takes the link from `url`).
      onChange={({ fileList }) => onChange?.(fileList.slice(0, max).map((f) => (f.status === 'done' && f.response && !f.url ? { ...f, url: f.response.url } : f)))}
      beforeUpload={(file) => {
        const problem = attachmentProblem(file);
        if (!problem) return true;
        message.error(`「${file.name}」${problem}`);
        return Upload.LIST_IGNORE;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        uploadAttachment(file as File).then(
          (uploaded) => onSuccess?.(uploaded),
          (error: Error) => {
            message.error(`「${(file as File).name}」上传失败：${error.message}`);
            onError?.(error);
          },
        );
      }}
    >
      {value.length < max && <Button icon={<UploadOutlined />}>选择照片</Button>}
    </Upload>
  );
}
