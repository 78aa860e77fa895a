import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { errorCode, errorMessage } from './errors';

/** A page (its code) is on its way: the fallback of lazy pages. */
export function PageLoading() {
  return (
    <div aria-busy="true" aria-label="正在加载" style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
      <Spin />
    </div>
  );
}

/** A failed list query above its table: the filters stay usable. */
export function QueryErrorAlert({ error, onRetry }: { error: ErrorLike; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={{ FORBIDDEN: '无权访问', BAD_USER_INPUT: '查询条件有误' }[errorCode(error) ?? ''] ?? '加载失败'}
      description={errorMessage(error)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function EmptyState({ description = '暂无数据', children }: { description?: ReactNode; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}
