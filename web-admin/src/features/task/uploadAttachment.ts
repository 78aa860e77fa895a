import { sessionEvents } from '../../app/session';

/** What `POST /files` answers: the stored file, to be linked to a task's feedback by id. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}

export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf';

/** Why the file cannot be sent, checked before uploading (the server checks again, by content). */
export function attachmentProblem(file: { name: string; type: string; size: number }): string | null {
  const byName = /\.(jpe?g|png|webp|pdf)$/i.test(file.name);
  if (!ATTACHMENT_TYPES.includes(file.type) && !byName) return '只能上传 JPG、PNG、WEBP 照片或 PDF 文件';
  if (file.size > MAX_ATTACHMENT_BYTES) return '文件不能超过 8 MB';
  if (!file.size) return '文件是空的';
  return null;
}

/**
 * Sends one file as the raw request body (same-origin, the session cookie authenticates it).
 * Rejects with the API's Chinese message.
 */
export async function uploadAttachment(file: File): Promise<UploadedFile> {
  let res: Response;
  try {
    res = await fetch('/files', {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    });
  } catch {
    throw new Error('无法连接服务器，请检查网络后重试');
  }
  const body = (await res.json().catch(() => null)) as (UploadedFile & { error?: { message?: string } }) | null;
  if (res.status === 401) sessionEvents.expired();
  if (!res.ok || !body?.id) throw new Error(body?.error?.message ?? `上传失败（${res.status}）`);
  return { id: String(body.id), fileName: body.fileName, contentType: body.contentType, size: body.size, url: body.url };
}
