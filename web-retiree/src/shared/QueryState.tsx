import type { ReactNode } from 'react';
import type { ApiError } from '../app/api';
import { Button } from './Button';

export function Loading({ text = '正在加载，请稍候……' }: { text?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__dot" aria-hidden="true" />
      {text}
    </p>
  );
}

/** A failed load: says what happened in plain words, and one big button to try again. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <div className="load-error" role="alert">
      <p className="load-error__title">{error.code === 'NETWORK' ? '网络不太顺畅，这一页没能打开' : '这一页没能打开'}</p>
      <p>{error.message}</p>
      <Button onClick={onRetry}>再试一次</Button>
    </div>
  );
}

export type QueryResult<T> = { status: 'loading' } | { status: 'error'; error: ApiError; retry: () => void } | { status: 'done'; data: T };

/** Renders loading and error states, or the screen once its data is there. */
export function QueryState<T>({ result, children }: { result: QueryResult<T>; children: (data: T) => ReactNode }) {
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <LoadError error={result.error} onRetry={result.retry} />;
  return <>{children(result.data)}</>;
}
