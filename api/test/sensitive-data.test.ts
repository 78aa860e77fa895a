import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';
import { OTHER_TOWNSHIP_CODE } from './support/test-city.js';

const MASKED_ID = /^\d{6}\*{8}\d{3}[\dX]$/;
const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;

let api: TestApi;
let community: string;
let township: string;
let target: { id: number; id_number: string; phone: string; bank_account: string; name: string };

beforeAll(async () => {
  api = await startTestApi();
  community = await api.login('demo-community');
  township = await api.login('demo-township');
  const { rows } = await api.db.query(
    `select r.id, r.id_number, r.phone, r.bank_account, r.name from retiree r join org_unit o on o.id = r.community_id
      join staff_user s on s.org_unit_id = o.id and s.username = 'demo-community'
     where r.phone is not null and r.bank_account is not null
       and exists (select 1 from family_member f where f.retiree_id = r.id and f.id_number is not null and f.phone is not null)
     order by r.id limit 1`,
  );
  target = rows[0];
});
afterAll(() => api?.stop());

async function auditCount(retireeId: number): Promise<number> {
  const { rows } = await api.db.query('select count(*)::int as n from audit_log where retiree_id = $1', [retireeId]);
  return rows[0].n;
}

describe('masking', () => {
  it('masks the ID number, phone and bank account in the list and the detail, and family members too', async () => {
    const list = await api.gql(`{ retirees(limit: 100) { items { idNumber phone bankAccount } } }`, {}, community);
    for (const r of list.data!.retirees.items) {
      expect(r.idNumber).toMatch(MASKED_ID);
      if (r.phone) expect(r.phone).toMatch(MASKED_PHONE);
    }
    const detail = await api.gql(`query($id: ID!) { retiree(id: $id) { idNumber phone bankAccount familyMembers { idNumber phone } } }`, { id: String(target.id) }, community);
    const r = detail.data!.retiree;
    expect(r.idNumber).toBe(`${target.id_number.slice(0, 6)}********${target.id_number.slice(-4)}`);
    expect(r.phone).toMatch(MASKED_PHONE);
    expect(r.bankAccount).not.toBe(target.bank_account);
    expect(r.bankAccount).toMatch(/^\d{4}\*+\d{4}$/);
    const withId = r.familyMembers.filter((m: any) => m.idNumber);
    expect(withId.length).toBeGreaterThan(0);
    for (const m of withId) expect(m.idNumber).toMatch(MASKED_ID);
    expect(JSON.stringify(detail)).not.toContain(target.id_number);
    expect(JSON.stringify(detail)).not.toContain(target.phone);
  });

  it('masks sensitive values in the change history as well', async () => {
    const newPhone = '13912345678';
    const res = await api.gql(`mutation($id: ID!) { updateRetiree(id: $id, input: { phone: "${newPhone}" }, note: "本人来电更正") { history { field oldValue newValue } } }`, { id: String(target.id) }, community);
    expect(res.errors).toBeUndefined();
    const change = res.data!.updateRetiree.history.find((h: any) => h.field === 'phone');
    expect(change.newValue).toBe('139****5678');
    expect(change.oldValue).toMatch(MASKED_PHONE);
    expect(JSON.stringify(res)).not.toContain(newPhone);
    await api.db.query('update retiree set phone = $1 where id = $2', [target.phone, target.id]);
  });
});

describe('revealing a full value', () => {
  const REVEAL = `mutation($id: ID!, $reason: String!) { revealIdNumber(retireeId: $id, reason: $reason) }`;

  it('returns the full number and writes exactly one audit row with who, why and the request id', async () => {
    const before = await auditCount(target.id);
    const res = await api.gql(REVEAL, { id: String(target.id), reason: '办理待遇资格核对' }, community, { 'x-request-id': 'req-reveal-1' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.revealIdNumber).toBe(target.id_number);
    expect(await auditCount(target.id)).toBe(before + 1);
    const { rows } = await api.db.query('select * from audit_log where retiree_id = $1 order by id desc limit 1', [target.id]);
    expect(rows[0]).toMatchObject({ action: 'REVEAL', field: 'ID_NUMBER', actor_kind: 'STAFF', actor_role: 'STAFF', reason: '办理待遇资格核对', request_id: 'req-reveal-1', retiree_name: target.name });
    expect(rows[0].actor_org_name).toBeTruthy();
  });

  it('reveals the phone and bank account the same way', async () => {
    const phone = await api.gql(`mutation($id: ID!) { revealPhone(retireeId: $id, reason: "联系本人核实信息") }`, { id: String(target.id) }, community);
    expect(phone.data!.revealPhone).toBe(target.phone);
    const bank = await api.gql(`mutation($id: ID!) { revealBankAccount(retireeId: $id, reason: "核对发放账户信息") }`, { id: String(target.id) }, community);
    expect(bank.data!.revealBankAccount).toBe(target.bank_account);
  });

  it('requires a reason, naming the field, and then records nothing', async () => {
    const before = await auditCount(target.id);
    const res = await api.gql(REVEAL, { id: String(target.id), reason: '  ' }, community);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(res.data).toBeNull();
    expect(await auditCount(target.id)).toBe(before);
  });

  it('needs the reveal permission: a read-only leader is FORBIDDEN and nothing is recorded', async () => {
    const leader = await api.login('leader-city');
    const before = await auditCount(target.id);
    const res = await api.gql(REVEAL, { id: String(target.id), reason: '领导查看核对' }, leader);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount(target.id)).toBe(before);
  });

  it('refuses out-of-area retirees without recording', async () => {
    const other = await api.login(`staff-${OTHER_TOWNSHIP_CODE}`);
    const before = await auditCount(target.id);
    const res = await api.gql(REVEAL, { id: String(target.id), reason: '办理待遇资格核对' }, other);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res)).not.toContain(target.id_number);
    expect(await auditCount(target.id)).toBe(before);
  });
});

describe('the audit log', () => {
  const LOG = `query($f: AuditLogFilter) { auditLog(filter: $f) { total items { id action field retireeId retireeName actorName reason at } } }`;

  it('shows staff the reveals in their area and hides them from other areas', async () => {
    const mine = await api.gql(LOG, { f: { retireeId: String(target.id) } }, community);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.auditLog.total).toBeGreaterThanOrEqual(3);
    expect(mine.data!.auditLog.items[0]).toMatchObject({ action: 'REVEAL', retireeId: String(target.id) });
    const above = await api.gql(LOG, { f: { retireeId: String(target.id) } }, township);
    expect(above.data!.auditLog.total).toBe(mine.data!.auditLog.total);
    const other = await api.gql(LOG, { f: { retireeId: String(target.id) } }, await api.login(`staff-${OTHER_TOWNSHIP_CODE}`));
    expect(other.data!.auditLog.total).toBe(0);
  });

  it('cannot be edited or deleted, not even by the database owner', async () => {
    await expect(api.db.query(`update audit_log set reason = 'x'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`truncate audit_log`)).rejects.toThrow(/append-only/);
  });

  it('offers no mutation that changes it', async () => {
    const res = await api.gql(`{ __schema { mutationType { fields { name } } } }`);
    const names = res.data!.__schema.mutationType.fields.map((f: any) => f.name as string);
    expect(names.filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});

describe('the audit log by area', () => {
  it('narrows to a unit inside the area and refuses one outside it', async () => {
    const { rows } = await api.db.query(`select community_id from retiree where id = $1`, [target.id]);
    const inside = await api.gql(`query($o: ID) { auditLog(filter: { orgUnitId: $o }) { total items { retireeId } } }`, { o: String(rows[0].community_id) }, township);
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.auditLog.total).toBeGreaterThan(0);
    for (const item of inside.data!.auditLog.items) expect(item.retireeId).toBe(String(target.id));
    const other = await api.db.query(`select id from org_unit where code = $1`, [OTHER_TOWNSHIP_CODE]);
    const outside = await api.gql(`query($o: ID) { auditLog(filter: { orgUnitId: $o }) { total } }`, { o: String(other.rows[0].id) }, township);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
