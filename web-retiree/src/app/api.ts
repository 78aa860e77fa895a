import type { TypedDocumentString } from '../gql/graphql';

/** What the screens can react to: the API's `extensions.code`, or NETWORK / SERVER from here. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE' | 'NETWORK' | 'SERVER';

export const NETWORK_MESSAGE = '网络好像连不上，请检查手机网络后再试一次。';
export const SERVER_MESSAGE = '系统暂时出了点问题，请稍后再试一次。';
// Only these codes carry a message written for people; anything else gets SERVER_MESSAGE.
const PEOPLE_CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'UNAVAILABLE']);

/** What the API adds to an error for programs, beside `code` and `field` (e.g. `reason: 'CODE_EXPIRED'`). */
export interface ErrorDetails {
  reason?: string;
  attemptsLeft?: number;
}

export class ApiError extends Error {
  readonly reason?: string;
  readonly attemptsLeft?: number;

  constructor(message: string, readonly code: ErrorCode, readonly field?: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.reason = details.reason;
    this.attemptsLeft = details.attemptsLeft;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: unknown; attemptsLeft?: unknown } }[];
}

/** POST one typed document to /graphql with the session cookie; typed data, or an ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(NETWORK_MESSAGE, 'NETWORK');
  }
  // A proxy's HTML error page (502 and the like) is the server's problem, not the phone's.
  const body = (await res.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const first = body.errors?.[0];
  if (first) {
    const { code = '', field, reason, attemptsLeft } = first.extensions ?? {};
    if (PEOPLE_CODES.has(code)) {
      throw new ApiError(first.message, code as ErrorCode, field, {
        reason: typeof reason === 'string' ? reason : undefined,
        attemptsLeft: typeof attemptsLeft === 'number' ? attemptsLeft : undefined,
      });
    }
    throw new ApiError(SERVER_MESSAGE, 'SERVER');
  }
  if (!res.ok || !body.data) throw new ApiError(SERVER_MESSAGE, 'SERVER');
  return body.data;
}

export const isApiError = (e: unknown, code?: ErrorCode): e is ApiError => e instanceof ApiError && (!code || e.code === code);
