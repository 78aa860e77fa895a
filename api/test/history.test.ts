import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';

const UPDATE = `mutation($id: ID!, $input: RetireeUpdateInput!, $note: String, $v: Int) {
  updateRetiree(id: $id, input: $input, note: $note, expectedVersion: $v) { employer residenceAddress version history { field oldValue newValue source actorName note changedAt } }
}`;

let api: TestApi;
let token: string;
let retireeId: number;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.login('demo-community');
  const { rows } = await api.db.query(`select r.id from retiree r join staff_user s on s.org_unit_id = r.community_id and s.username = 'demo-community' order by r.id limit 1`);
  retireeId = rows[0].id;
});
afterAll(() => api?.stop());

describe('versioned retiree changes', () => {
  it('records each changed field with who, when, the source, and old → new', async () => {
    const { rows } = await api.db.query('select employer, residence_address from retiree where id = $1', [retireeId]);
    const res = await api.gql(UPDATE, { id: String(retireeId), input: { employer: '嵊州市新华机械厂', residenceAddress: '浙江省绍兴市嵊州市剡湖街道鹿山路8号' }, note: '社区走访核实' }, token);
    expect(res.errors).toBeUndefined();
    const r = res.data!.updateRetiree;
    expect(r.employer).toBe('嵊州市新华机械厂');
    const employer = r.history.find((h: any) => h.field === 'employer');
    expect(employer).toMatchObject({ oldValue: rows[0].employer, newValue: '嵊州市新华机械厂', source: 'STAFF', note: '社区走访核实' });
    expect(employer.actorName).toBeTruthy();
    expect(r.history.filter((h: any) => h.field === 'residenceAddress')).toHaveLength(1);
  });

  it('writes no history when nothing actually changes', async () => {
    const before = (await api.db.query('select count(*)::int as n from retiree_change where retiree_id = $1', [retireeId])).rows[0].n;
    await api.gql(UPDATE, { id: String(retireeId), input: { employer: '嵊州市新华机械厂' } }, token);
    const after = (await api.db.query('select count(*)::int as n from retiree_change where retiree_id = $1', [retireeId])).rows[0].n;
    expect(after).toBe(before);
  });

  it('refuses a stale edit with CONFLICT instead of overwriting someone else\'s change', async () => {
    const { rows } = await api.db.query('select version from retiree where id = $1', [retireeId]);
    const res = await api.gql(UPDATE, { id: String(retireeId), input: { employer: '另一家单位' }, v: rows[0].version - 1 }, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await api.db.query('select employer from retiree where id = $1', [retireeId]);
    expect(now.rows[0].employer).toBe('嵊州市新华机械厂');
  });

  it('rejects a bad phone number naming the field, and stores none of the other fields sent with it', async () => {
    const res = await api.gql(UPDATE, { id: String(retireeId), input: { employer: '不应保存的单位', phone: '12345' } }, token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    const now = await api.db.query('select employer from retiree where id = $1', [retireeId]);
    expect(now.rows[0].employer).toBe('嵊州市新华机械厂');
  });

  it('a read-only leader cannot change a profile', async () => {
    const leader = await api.login('leader-city');
    const res = await api.gql(UPDATE, { id: String(retireeId), input: { employer: 'x' } }, leader);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
