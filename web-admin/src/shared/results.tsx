import type { ErrorLike } from '@apollo/client';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { errorCode, errorMessage } from './errors';

// Whole-page results (403, 404, failures). Their illustrations are heavy, so this module is only
// loaded when one is shown, or with the pages that may show one.

export function ForbiddenResult({ subTitle, extra }: { subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={subTitle ?? '抱歉，您没有访问此页面的权限。如需开通，请联系上级管理员。'}
      extra={
        extra ?? (
          <Link to="/">
            <Button type="primary">返回首页</Button>
          </Link>
        )
      }
    />
  );
}

export function NotFoundResult({ title = '页面不存在', subTitle, extra }: { title?: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Result
      status="404"
      title={title}
      subTitle={subTitle ?? '您访问的页面不存在或已被删除。'}
      extra={
        extra ?? (
          <Link to="/">
            <Button type="primary">返回首页</Button>
          </Link>
        )
      }
    />
  );
}

/**
 * A failed query as a whole-page result: FORBIDDEN → 403, NOT_FOUND → 404, anything else a
 * retry. Nothing of the failed response is shown.
 */
export function QueryErrorResult({ error, onRetry, back }: { error: ErrorLike; onRetry?: () => void; back?: ReactNode }) {
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <ForbiddenResult subTitle={errorMessage(error)} extra={back} />;
  if (code === 'NOT_FOUND') return <NotFoundResult title="未找到" subTitle={errorMessage(error)} extra={back} />;
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={[
        onRetry && (
          <Button key="retry" type="primary" onClick={onRetry}>
            重试
          </Button>
        ),
        back && <span key="back">{back}</span>,
      ]}
    />
  );
}
