import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The stable codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

interface ApiError {
  code: ApiErrorCode | string | undefined;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

/** The first GraphQL error of a failed operation, or null for network and other errors. */
export function apiError(error: ErrorLike | null | undefined): ApiError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (!first) return null;
  const ext = first.extensions ?? {};
  return {
    code: typeof ext.code === 'string' ? ext.code : undefined,
    message: first.message,
    field: typeof ext.field === 'string' ? ext.field : undefined,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
  };
}

export function errorCode(error: ErrorLike | null | undefined): string | undefined {
  return apiError(error)?.code;
}

/** A message for people: the API's Chinese message, or a plain one when the server could not be reached. */
export function errorMessage(error: ErrorLike | null | undefined): string {
  const api = apiError(error);
  if (api) return api.code === 'INTERNAL_SERVER_ERROR' ? '服务器内部错误，请稍后再试' : api.message;
  return '无法连接服务器，请检查网络后重试';
}

/** BAD_USER_INPUT names the offending input in `extensions.field`: put the message on that form field. */
export function fieldError(error: ErrorLike | null | undefined): { field: string; message: string } | null {
  const api = apiError(error);
  return api?.code === 'BAD_USER_INPUT' && api.field ? { field: api.field, message: api.message } : null;
}
