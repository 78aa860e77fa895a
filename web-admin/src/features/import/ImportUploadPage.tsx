import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Radio, Spin, Upload, theme, type UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ImportKind } from '../../gql/graphql';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { Muted, Strong } from '../../shared/text';
import { IMPORT_KIND, IMPORT_KINDS, formatCount } from './labels';
import { FEED_FILE_ACCEPT, feedFileProblem, FeedUploadError, uploadFeedFile, type FeedUploadProgress } from './uploadFeedFile';

const templateUrl = (kind: ImportKind) => `/imports/templates/${IMPORT_KIND[kind].path}.csv`;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What went wrong, worded for the reason the server gave. */
const FAILURE_TITLE: Record<string, string> = {
  MISSING_COLUMN: '文件的表头与模板不一致',
  EMPTY_FILE: '文件是空的',
  FILE_TOO_LARGE: '文件太大',
  FORBIDDEN: '无权导入此类数据',
  UNAUTHENTICATED: '登录已过期',
};

function TemplateLink({ kind }: { kind: ImportKind }) {
  return (
    <a href={templateUrl(kind)} download onClick={(e) => e.stopPropagation()}>
      <DownloadOutlined /> 下载模板
    </a>
  );
}

function UploadProgress({ progress, onCancel }: { progress: FeedUploadProgress; onCancel: () => void }) {
  const { token } = theme.useToken();
  const percent = progress.total ? Math.min(100, Math.floor((progress.sent / progress.total) * 100)) : 0;
  return (
    <Flex vertical gap={12} style={{ padding: '24px 0' }} role="status" aria-live="polite">
      <Flex justify="space-between">
        <span>{progress.uploaded ? '文件已上传' : '正在上传文件…'}</span>
        <Muted>
          {formatBytes(progress.sent)} / {formatBytes(progress.total)}
        </Muted>
      </Flex>
      <Progress percent={progress.uploaded ? 100 : percent} status={progress.uploaded ? 'success' : 'active'} aria-label="上传进度" />
      {(progress.uploaded || progress.rows > 0) && (
        <Flex align="center" gap={8} style={{ color: token.colorTextSecondary }}>
          <Spin size="small" />
          <span>正在校验… 已读取 {formatCount(progress.rows)} 行</span>
        </Flex>
      )}
      {!progress.uploaded && (
        <div>
          <Button onClick={onCancel}>取消上传</Button>
        </div>
      )}
    </Flex>
  );
}

/**
 * 上传文件：选择数据类型和文件，上传后服务器逐行校验，生成待确认的批次（此时尚未导入），
 * 在批次详情中核对后确认导入。
 */
export function ImportUploadPage() {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initialKind = IMPORT_KINDS.find((k) => k === params.get('kind'));
  const [kind, setKind] = useState<ImportKind | undefined>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<FeedUploadProgress | null>(null);
  const [failure, setFailure] = useState<FeedUploadError | null>(null);
  const upload = useRef<{ abort: () => void } | null>(null);

  // Leaving the page stops an upload still under way.
  useEffect(() => () => upload.current?.abort(), []);

  const start = async () => {
    if (!kind || !file) return;
    setFailure(null);
    setProgress({ sent: 0, total: file.size, uploaded: false, rows: 0 });
    const sending = uploadFeedFile(IMPORT_KIND[kind].path, file, setProgress);
    upload.current = sending;
    try {
      const { batchId, replayed } = await sending.done;
      upload.current = null;
      void navigate(`/imports/${batchId}`, { state: { replayed } });
    } catch (e) {
      upload.current = null;
      setProgress(null);
      const error = e instanceof FeedUploadError ? e : new FeedUploadError('上传失败，请稍后重试', 'INTERNAL_SERVER_ERROR');
      if (error.code === 'ABORTED') message.info('已取消上传，未做任何更改');
      else setFailure(error);
    }
  };

  const busy = progress !== null;
  const fileList: UploadFile[] = file ? [{ uid: 'feed-file', name: file.name, size: file.size, status: 'done' }] : [];
  const failureKey = failure ? (failure.reason ?? failure.code) : '';

  return (
    <PageContainer title="上传文件" subTitle="上传后先校验，核对无误再确认导入" onBack={() => void navigate('/imports')}>
      <Flex vertical gap={16}>
        <Panel title="1. 选择数据类型">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} disabled={busy} style={{ width: '100%' }} aria-label="数据类型">
            <Flex vertical gap={12}>
              {IMPORT_KINDS.map((k) => (
                <Flex
                  key={k}
                  align="flex-start"
                  justify="space-between"
                  gap={16}
                  style={{ border: `1px solid ${kind === k ? token.colorPrimary : token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, padding: '12px 16px' }}
                >
                  <Radio value={k}>
                    <Flex vertical gap={2}>
                      <Strong>{IMPORT_KIND[k].label}</Strong>
                      <Muted>{IMPORT_KIND[k].description}</Muted>
                    </Flex>
                  </Radio>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <TemplateLink kind={k} />
                  </span>
                </Flex>
              ))}
            </Flex>
          </Radio.Group>
        </Panel>
        <Panel title="2. 选择文件并上传">
          {progress ? (
            <UploadProgress progress={progress} onCancel={() => upload.current?.abort()} />
          ) : (
            <Flex vertical gap={16}>
              {failure && (
                <Alert
                  type="error"
                  showIcon
                  title={FAILURE_TITLE[failureKey] ?? '上传失败'}
                  description={
                    <>
                      {failure.message}
                      {failure.reason === 'MISSING_COLUMN' && kind && (
                        <>
                          {' '}
                          <TemplateLink kind={kind} />
                        </>
                      )}
                    </>
                  }
                />
              )}
              <Upload.Dragger
                accept={FEED_FILE_ACCEPT}
                maxCount={1}
                multiple={false}
                fileList={fileList}
                beforeUpload={(chosen) => {
                  const problem = feedFileProblem(chosen);
                  if (problem) {
                    message.error(`「${chosen.name}」${problem}`);
                    return Upload.LIST_IGNORE;
                  }
                  setFile(chosen);
                  setFailure(null);
                  // Kept here and sent by the button, with the progress shown on this page.
                  return false;
                }}
                onRemove={() => {
                  setFile(null);
                  setFailure(null);
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">点击或将文件拖到此区域</p>
                <p className="ant-upload-hint">支持 CSV（UTF-8 或 GBK 编码）和 Excel（.xlsx），一次一个文件，不超过 300 MB。第一行为表头，列名与模板一致。</p>
              </Upload.Dragger>
              <Flex align="center" gap={12} wrap>
                <Button type="primary" disabled={!kind || !file} onClick={() => void start()}>
                  上传并校验
                </Button>
                <Muted>{!kind ? '请先选择数据类型' : !file ? '请选择要上传的文件' : '校验完成后不会立即导入，请在批次详情中核对后确认。'}</Muted>
              </Flex>
            </Flex>
          )}
        </Panel>
        <Muted>
          接口推送的数据无需在此上传，可在 <Link to="/imports">导入批次</Link> 中查看。
        </Muted>
      </Flex>
    </PageContainer>
  );
}

export default ImportUploadPage;
