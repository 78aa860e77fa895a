import { describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './api';

const Probe = new TypedDocumentString('query Probe { me { displayName } }') as unknown as TypedDocumentString<{ me: { displayName: string } | null }, Record<string, never>>;

const reply = (body: unknown, ok = true) => vi.stubGlobal('fetch', vi.fn(async () => ({ ok, status: ok ? 200 : 500, json: async () => body })));

describe('api client', () => {
  it('posts the document with the session cookie and returns typed data', async () => {
    reply({ data: { me: { displayName: '俞秀英' } } });
    const data = await request(Probe);
    expect(data.me?.displayName).toBe('俞秀英');
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(init?.body)).query).toContain('query Probe');
  });

  it('throws the API message with extensions.code and field', async () => {
    reply({ data: null, errors: [{ message: '验证码不正确，还可以再试 2 次', extensions: { code: 'BAD_USER_INPUT', field: 'code' } }] });
    await expect(request(Probe)).rejects.toEqual(new ApiError('验证码不正确，还可以再试 2 次', 'BAD_USER_INPUT', 'code'));
    await expect(request(Probe)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('passes on why a code was refused (extensions.reason) and the tries left', async () => {
    reply({ data: null, errors: [{ message: '验证码不正确，还可以再试 2 次', extensions: { code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_WRONG', attemptsLeft: 2 } }] });
    await expect(request(Probe)).rejects.toMatchObject({ reason: 'CODE_WRONG', attemptsLeft: 2 });
    reply({ data: null, errors: [{ message: '验证码已失效，请重新获取', extensions: { code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_EXPIRED' } }] });
    await expect(request(Probe)).rejects.toMatchObject({ reason: 'CODE_EXPIRED', attemptsLeft: undefined });
  });

  it('passes on why a service is unavailable (UNAVAILABLE), written for people', async () => {
    reply({ data: null, errors: [{ message: '暂不能在线刷脸认证，请联系社区上门认证', extensions: { code: 'UNAVAILABLE' } }] });
    await expect(request(Probe)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: '暂不能在线刷脸认证，请联系社区上门认证' });
  });

  it('turns an offline phone, a proxy error page or an internal error into plain messages', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request(Probe)).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('网络') });
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 502, json: async () => Promise.reject(new SyntaxError('bad json')) })));
    await expect(request(Probe)).rejects.toMatchObject({ code: 'SERVER' });
    reply({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    await expect(request(Probe)).rejects.toMatchObject({ code: 'SERVER', message: '系统暂时出了点问题，请稍后再试一次。' });
  });
});
