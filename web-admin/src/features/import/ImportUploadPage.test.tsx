import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { IMPORT_BATCH_QUERY } from './importQueries';
import { batch, bureauStaff } from './testData';

/** An XMLHttpRequest the test drives: bytes sent, then the server's NDJSON lines as they arrive. */
class FakeXhr {
  static current: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
  onprogress: (() => void) | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.current = this;
  }
  abort() {
    this.onabort?.();
  }

  sent(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent));
  }
  uploaded() {
    act(() => this.upload.onload?.());
  }
  /** Response lines arriving while the server works. */
  stream(...lines: object[]) {
    this.status = 200;
    this.responseText += lines.map((l) => JSON.stringify(l) + '\n').join('');
    act(() => this.onprogress?.());
  }
  finish(status = this.status, text?: string) {
    this.status = status;
    if (text !== undefined) this.responseText = text;
    act(() => this.onload?.());
  }
}

beforeEach(() => {
  FakeXhr.current = null;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

const detail = (b = batch()): Mock => ({ request: { query: IMPORT_BATCH_QUERY, variables: { id: b.id } }, result: { data: { importBatch: b } } });

async function chooseFile(user: ReturnType<typeof userEvent.setup>, name = '2026年11月新退休人员.csv', content = '公民身份号码,姓名\n') {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File([content], name, { type: 'text/csv' }));
}

describe('uploading a feed file', () => {
  it('sends the file to its feed, shows the bytes and then the rows checked, and opens the batch', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/imports/upload', { me: bureauStaff(), mocks: [detail()] });
    expect(await screen.findByText('1. 选择数据类型')).toBeInTheDocument();
    // Each feed says what it is and offers its template.
    expect(screen.getByText(/省集中系统导出的新退休人员与信息变更/)).toBeInTheDocument();
    const templates = screen.getAllByRole('link', { name: /下载模板/ });
    expect(templates.map((a) => a.getAttribute('href'))).toEqual(['/imports/templates/retirees.csv', '/imports/templates/life-events.csv', '/imports/templates/payments.csv']);
    const start = screen.getByRole('button', { name: '上传并校验' });
    expect(start).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /退休人员信息/ }));
    await chooseFile(user);
    expect(screen.getByText('2026年11月新退休人员.csv')).toBeInTheDocument();
    await user.click(start);

    const xhr = FakeXhr.current!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/imports/retirees');
    expect(decodeURIComponent(xhr.headers['X-File-Name']!)).toBe('2026年11月新退休人员.csv');
    expect(xhr.body).toBeInstanceOf(File);

    xhr.sent(5 * 1024 * 1024, 10 * 1024 * 1024);
    expect(screen.getByText('正在上传文件…')).toBeInTheDocument();
    expect(screen.getByText('5.0 MB / 10.0 MB')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '上传进度' })).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByRole('button', { name: '取消上传' })).toBeInTheDocument();

    xhr.uploaded();
    xhr.stream({ type: 'progress', rows: 5000 });
    expect(screen.getByText('正在校验… 已读取 5,000 行')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '取消上传' })).not.toBeInTheDocument();
    xhr.stream({ type: 'progress', rows: 10000 });
    expect(screen.getByText('正在校验… 已读取 10,000 行')).toBeInTheDocument();

    xhr.stream({ type: 'done', batchId: '12', replayed: false });
    xhr.finish();
    expect(await screen.findByText('导入批次 #12')).toBeInTheDocument();
    expect(router.location.pathname).toBe('/imports/12');
    expect(screen.queryByText(/该文件已上传过/)).not.toBeInTheDocument();
  });

  it('says when the same file was uploaded before, and that nothing changed', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/imports/upload?kind=RETIREES', { me: bureauStaff(), mocks: [detail(batch({ id: '9', status: 'COMMITTED', committedAt: '2026-11-29T01:00:00.000Z' }))] });
    await screen.findByText('1. 选择数据类型');
    expect(screen.getByRole('radio', { name: /退休人员信息/ })).toBeChecked();
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: '上传并校验' }));
    FakeXhr.current!.stream({ type: 'done', batchId: '9', replayed: true });
    FakeXhr.current!.finish();
    expect(await screen.findByText('该文件已上传过（批次 #9），本次未做任何更改')).toBeInTheDocument();
  });

  it('shows why a file was refused (missing columns) with the template at hand, and lets the user try again', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/imports/upload', { me: bureauStaff() });
    await user.click(await screen.findByRole('radio', { name: /养老金发放明细/ }));
    await chooseFile(user, '发放明细.csv');
    await user.click(screen.getByRole('button', { name: '上传并校验' }));
    expect(FakeXhr.current!.url).toBe('/imports/payments');
    const message = '文件缺少必需的列：发放期间、到账日期。请使用模板中的表头（第一行）';
    FakeXhr.current!.stream({ type: 'error', code: 'BAD_USER_INPUT', reason: 'MISSING_COLUMN', message });
    FakeXhr.current!.finish();

    const alert = (await screen.findByText('文件的表头与模板不一致')).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText(message, { exact: false })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: /下载模板/ })).toHaveAttribute('href', '/imports/templates/payments.csv');
    expect(router.location.pathname).toBe('/imports/upload');
    // The file is still chosen: fix the template and send again.
    expect(screen.getByRole('button', { name: '上传并校验' })).toBeEnabled();
  });

  it('refuses other file types before sending, and reports a refusal before the stream (403) in plain words', async () => {
    const user = userEvent.setup({ delay: null, applyAccept: false });
    renderApp('/imports/upload', { me: bureauStaff() });
    await user.click(await screen.findByRole('radio', { name: /共享数据/ }));
    await chooseFile(user, '名单.pdf');
    expect(await screen.findByText('「名单.pdf」只能上传 CSV 或 Excel（.xlsx）文件')).toBeInTheDocument();
    expect(FakeXhr.current).toBeNull();
    expect(screen.getByRole('button', { name: '上传并校验' })).toBeDisabled();

    await chooseFile(user, '共享数据.xlsx');
    await user.click(screen.getByRole('button', { name: '上传并校验' }));
    FakeXhr.current!.finish(403, JSON.stringify({ error: { code: 'FORBIDDEN', message: '只有市局工作人员或具备相应权限的接入方可以导入该数据' } }));
    expect(await screen.findByText('无权导入此类数据')).toBeInTheDocument();
    expect(screen.getByText('只有市局工作人员或具备相应权限的接入方可以导入该数据')).toBeInTheDocument();
  });
});
