import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';
import { DEMO_CLIENT_SECRET, DEMO_PASSWORD } from './support/test-city.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { kind displayName role permissions orgUnit { code level } staff { username } } } }`;
const LIST = `{ retirees(limit: 1) { total } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe('staff login', () => {
  it('returns a bearer token and the user, which then works for the API', async () => {
    const res = await api.gql(LOGIN, { u: 'demo-township', p: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    const { token, user } = res.data!.login;
    expect(user).toMatchObject({ kind: 'STAFF', role: 'ADMIN', orgUnit: { level: 'TOWNSHIP' }, staff: { username: 'demo-township' } });
    expect(user.permissions).toContain('retiree:reveal');
    const me = await api.gql(`{ me { kind displayName orgUnit { level } } }`, {}, token);
    expect(me.data!.me).toMatchObject({ kind: 'STAFF', orgUnit: { level: 'TOWNSHIP' } });
    expect((await api.gql(LIST, {}, token)).data!.retirees.total).toBeGreaterThan(0);
  });

  it('sets an httpOnly session cookie that browsers can use instead of the header', async () => {
    const res = await api.gql(LOGIN, { u: 'demo-community', p: DEMO_PASSWORD });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/rp_session=/);
    expect(cookie.toLowerCase()).toContain('httponly');
    const viaCookie = await api.gql(`{ me { displayName } }`, {}, null, { cookie: cookie.split(';')[0]! });
    expect(viaCookie.data!.me).not.toBeNull();
  });

  it('refuses a wrong password and an unknown user with the same UNAUTHENTICATED message', async () => {
    const wrong = await api.gql(LOGIN, { u: 'demo-bureau', p: 'not-the-password' });
    const unknown = await api.gql(LOGIN, { u: 'nobody-here', p: 'whatever' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('locks an account after five wrong passwords, even for the right password', async () => {
    const user = 'leader-city';
    for (let i = 0; i < 5; i++) {
      const res = await api.gql(LOGIN, { u: user, p: `wrong-${i}` });
      expect(res.errors?.[0]?.extensions?.code).toBe(i < 4 ? 'UNAUTHENTICATED' : 'TOO_MANY_REQUESTS');
    }
    const right = await api.gql(LOGIN, { u: user, p: DEMO_PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await api.gql(LOGIN, { u: 'demo-bureau', p: DEMO_PASSWORD })).data!.login.token).toBeTruthy();
  });

  it('logout revokes the token at once', async () => {
    const token = await api.login('demo-bureau');
    expect((await api.gql(`mutation { logout }`, {}, token)).data!.logout).toBe(true);
    expect((await api.gql(`{ me { displayName } }`, {}, token)).data!.me).toBeNull();
    expect((await api.gql(LIST, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects expired and forged tokens even while the session is open', async () => {
    const { decodeJwt } = await import('jose');
    const { TokenService } = await import('../src/modules/auth/tokens.js');
    const real = await api.login('demo-bureau');
    const claims = decodeJwt(real) as any;
    expect((await api.gql(LIST, {}, real)).errors).toBeUndefined();
    const expired = await api.platform.tokens.sign(claims, new Date(Date.now() - 1000));
    expect((await api.gql(LIST, {}, expired)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await new TokenService(new TextEncoder().encode('some-other-secret-some-other-secret')).sign(claims, new Date(Date.now() + 60_000));
    expect((await api.gql(LIST, {}, forged)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a disabled account cannot log in', async () => {
    await api.db.query(`update staff_user set active = false where username = 'admin-330683003'`);
    const res = await api.gql(LOGIN, { u: 'admin-330683003', p: DEMO_PASSWORD });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('integrator clients', () => {
  const CLIENT_LOGIN = `mutation($id: String!, $s: String!) { apiClientLogin(clientId: $id, clientSecret: $s) { token user { kind clientId permissions } } }`;

  it('log in with client credentials and carry their scopes', async () => {
    const res = await api.gql(CLIENT_LOGIN, { id: 'demo-integrator', s: DEMO_CLIENT_SECRET });
    expect(res.errors).toBeUndefined();
    expect(res.data!.apiClientLogin.user).toMatchObject({ kind: 'CLIENT', clientId: 'demo-integrator' });
    expect(res.data!.apiClientLogin.user.permissions).toEqual(expect.arrayContaining(['retiree:read', 'ingest:retiree', 'face-auth']));
    const list = await api.gql(LIST, {}, res.data!.apiClientLogin.token);
    expect(list.data!.retirees.total).toBeGreaterThan(0);
    // Scopes are not staff permissions: a client cannot reveal.
    const reveal = await api.gql(`mutation { revealIdNumber(retireeId: "1", reason: "核对身份信息") }`, {}, res.data!.apiClientLogin.token);
    expect(reveal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a client without the read scope sees no retirees', async () => {
    await api.db.query(`update api_client set scopes = '{face-auth}' where client_id = 'demo-integrator'`);
    try {
      const login = await api.gql(CLIENT_LOGIN, { id: 'demo-integrator', s: DEMO_CLIENT_SECRET });
      const list = await api.gql(LIST, {}, login.data!.apiClientLogin.token);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await api.db.query(`update api_client set scopes = '{retiree:read,ingest:retiree,ingest:life-event,ingest:payment,face-auth}' where client_id = 'demo-integrator'`);
    }
  });

  it('refuses a wrong secret', async () => {
    const res = await api.gql(CLIENT_LOGIN, { id: 'demo-integrator', s: 'wrong' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('retiree login by one-time code', () => {
  const REQUEST = `mutation($id: String!) { requestLoginCode(idNumber: $id) { challengeId sentTo expiresAt devCode } }`;
  const VERIFY = `mutation($c: ID!, $code: String!) { verifyLoginCode(challengeId: $c, code: $code) { token user { kind displayName retireeId orgUnit { level } } } }`;

  async function demoRetiree() {
    const { rows } = await api.db.query(`select id, id_number, phone, name from retiree where id = 1`);
    return rows[0] as { id: number; id_number: string; phone: string; name: string };
  }

  it('sends a code to the phone on record and logs the retiree in with it', async () => {
    const person = await demoRetiree();
    const sent = await api.gql(REQUEST, { id: person.id_number });
    expect(sent.errors).toBeUndefined();
    const { challengeId, sentTo, devCode } = sent.data!.requestLoginCode;
    expect(sentTo).toBe(`${person.phone.slice(0, 3)}****${person.phone.slice(-4)}`);
    expect(devCode).toMatch(/^\d{6}$/);
    expect(api.sms.sent.at(-1)).toMatchObject({ phone: person.phone });
    expect(api.sms.sent.at(-1)!.text).toContain(devCode);

    const wrongCode = devCode === '000000' ? '111111' : '000000';
    const wrong = await api.gql(VERIFY, { c: challengeId, code: wrongCode });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_WRONG', attemptsLeft: 4 });

    const ok = await api.gql(VERIFY, { c: challengeId, code: devCode });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.verifyLoginCode.user).toMatchObject({ kind: 'RETIREE', displayName: person.name, retireeId: String(person.id), orgUnit: { level: 'COMMUNITY' } });

    // Single use.
    const again = await api.gql(VERIFY, { c: challengeId, code: devCode });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_EXPIRED' });

    // A retiree is not staff: the city's lists are closed to them.
    const token = ok.data!.verifyLoginCode.token;
    expect((await api.gql(LIST, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`{ retiree(id: "2") { name } }`, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a code stops working after five wrong tries', async () => {
    const person = await demoRetiree();
    const sent = await api.gql(REQUEST, { id: person.id_number });
    const { challengeId, devCode } = sent.data!.requestLoginCode;
    const wrongCode = devCode === '999999' ? '888888' : '999999';
    for (let i = 0; i < 5; i++) await api.gql(VERIFY, { c: challengeId, code: wrongCode });
    const right = await api.gql(VERIFY, { c: challengeId, code: devCode });
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ATTEMPTS' });
  });

  it('names the field for a malformed ID number and for someone not on file', async () => {
    const bad = await api.gql(REQUEST, { id: '330683195001011234' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(bad.errors?.[0]?.message).toContain('校验位');
    const { makeIdNumber } = await import('../src/common/id-number.js');
    const stranger = await api.gql(REQUEST, { id: makeIdNumber('110101', '1950-01-01', 999, 'MALE') });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
  });
});
