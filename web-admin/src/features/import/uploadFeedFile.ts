import { sessionEvents } from '../../app/session';

/** The server's limit (`MAX_IMPORT_FILE_BYTES`), checked here first so a huge file is not sent for nothing. */
export const MAX_FEED_FILE_BYTES = 300 * 1024 * 1024;
export const FEED_FILE_ACCEPT = '.csv,.xlsx';

/** Why the file cannot be sent, checked before uploading (the server reads the content and checks again). */
export function feedFileProblem(file: { name: string; size: number }): string | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return '只能上传 CSV 或 Excel（.xlsx）文件';
  if (!file.size) return '文件是空的';
  if (file.size > MAX_FEED_FILE_BYTES) return '文件超过 300 MB，请拆分后上传';
  return null;
}

/**
 * Where an upload is. The server reads rows while the file is still arriving, so the two overlap:
 * bytes sent (the progress bar), then rows read and checked (the server's progress lines).
 */
export interface FeedUploadProgress {
  sent: number;
  total: number;
  /** Every byte is sent: what remains is the server checking the rows. */
  uploaded: boolean;
  /** Rows the server has read so far. */
  rows: number;
}

export interface FeedUploadResult {
  batchId: string;
  /** The same file was uploaded before: `batchId` is that earlier batch, and nothing changed. */
  replayed: boolean;
}

/** A refusal by the server, with its stable code and, for bad files, the reason (MISSING_COLUMN, EMPTY_FILE…). */
export class FeedUploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'FeedUploadError';
  }
}

type Line =
  | { type: 'progress'; rows: number }
  | { type: 'done'; batchId: string | number; replayed?: boolean }
  | { type: 'error'; code?: string; reason?: string; message?: string };

/** Refusals before the stream starts are plain JSON: `{ error: { code, message } }`. */
function parseErrorBody(text: string): { error?: { code?: string; message?: string } } | null {
  try {
    return JSON.parse(text) as { error?: { code?: string; message?: string } };
  } catch {
    return null;
  }
}

function parseLine(text: string): Line | null {
  try {
    return JSON.parse(text) as Line;
  } catch {
    return null;
  }
}

/**
 * Sends a feed file as the raw body of `POST /imports/:feed` (same origin, the session cookie
 * authenticates it). XHR rather than fetch: only XHR reports the bytes sent. The answer is NDJSON,
 * read as it arrives: progress lines while the server checks rows, then `done` or `error`.
 */
export function uploadFeedFile(feed: string, file: File, onProgress: (progress: FeedUploadProgress) => void): { done: Promise<FeedUploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<FeedUploadResult>((resolve, reject) => {
    let read = 0;
    let settled = false;
    const progress: FeedUploadProgress = { sent: 0, total: file.size, uploaded: false, rows: 0 };
    const report = (change: Partial<FeedUploadProgress>) => {
      Object.assign(progress, change);
      onProgress({ ...progress });
    };
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };

    /** Handles the complete lines received since last time; the final one may come without a newline. */
    const readLines = (final: boolean) => {
      const text = xhr.responseText ?? '';
      const end = final ? text.length : text.lastIndexOf('\n') + 1;
      if (end <= read) return;
      const chunk = text.slice(read, end);
      read = end;
      for (const raw of chunk.split('\n')) {
        const line = raw.trim() ? parseLine(raw) : null;
        if (!line) continue;
        if (line.type === 'progress') {
          report({ rows: line.rows });
        } else if (line.type === 'done') {
          const result = { batchId: String(line.batchId), replayed: line.replayed === true };
          settle(() => resolve(result));
        } else if (line.type === 'error') {
          const error = new FeedUploadError(line.message || '导入失败，数据未做任何更改', line.code ?? 'INTERNAL_SERVER_ERROR', line.reason);
          settle(() => reject(error));
        }
      }
    };

    xhr.open('POST', `/imports/${feed}`);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => report({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    // All bytes are sent: from here on the wait is the server reading the file.
    xhr.upload.onload = () => report({ sent: progress.total, uploaded: true });
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines(false);
    };
    xhr.onload = () => {
      if (!progress.uploaded) report({ sent: progress.total, uploaded: true });
      if (xhr.status === 200) {
        readLines(true);
        settle(() => reject(new FeedUploadError('服务器没有返回导入结果，请在导入批次中查看是否已生成批次', 'INTERNAL_SERVER_ERROR')));
        return;
      }
      const body = parseErrorBody(xhr.responseText);
      if (xhr.status === 401) sessionEvents.expired();
      const code = body?.error?.code ?? (xhr.status === 401 ? 'UNAUTHENTICATED' : xhr.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR');
      settle(() => reject(new FeedUploadError(body?.error?.message ?? `上传失败（${xhr.status}）`, code)));
    };
    xhr.onerror = () => settle(() => reject(new FeedUploadError('无法连接服务器，请检查网络后重试', 'NETWORK')));
    xhr.onabort = () => settle(() => reject(new FeedUploadError('已取消上传', 'ABORTED')));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
