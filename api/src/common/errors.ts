import { GraphQLError } from 'graphql';

/** Stable machine-readable codes; messages are Chinese for people, codes are for programs. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = '无权访问') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
/** A service this deployment does not offer (not configured): the message says what to do instead. */
export const unavailable = (message: string) => new AppError('UNAVAILABLE', message);
/** Bad input always names the offending field, for people (message) and programs (`extensions.field`). */
export const badInput = (field: string, message: string, extensions: Record<string, unknown> = {}) => new AppError('BAD_USER_INPUT', message, { ...extensions, field });
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError('TOO_MANY_REQUESTS', `尝试次数过多，请 ${retryAfterSeconds} 秒后再试`, { retryAfterSeconds });
