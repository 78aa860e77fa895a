import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';
import { makeIdNumber } from '../src/common/id-number.js';

const MEMBER = `id relation name idNumber phone isEmergencyContact isNextOfKin`;
const SEARCH = `query($f: FamilyMemberFilter) { familyMembers(filter: $f) { total items { ${MEMBER} retiree { id name } } } }`;

let api: TestApi;
let community: string;
let neighbour: string;
let me: string;
const validId = makeIdNumber('330683', '1988-05-06', 17, 'FEMALE');

beforeAll(async () => {
  api = await startTestApi();
  [community, neighbour] = await Promise.all([api.login('demo-community'), api.login('staff-330683001003')]);
  me = await api.loginRetiree(1);
});
afterAll(() => api?.stop());

describe('the retiree keeps their family in the app', () => {
  let id: string;

  it('adds a daughter as next of kin; the ID number and phone come back masked', async () => {
    const res = await api.gql(`mutation($i: FamilyMemberInput!) { addMyFamilyMember(input: $i) { ${MEMBER} } }`,
      { i: { relation: '女儿', name: '俞小梅', idNumber: validId, phone: '13712345678', isNextOfKin: true, isEmergencyContact: true } }, me);
    expect(res.errors).toBeUndefined();
    id = res.data!.addMyFamilyMember.id;
    expect(res.data!.addMyFamilyMember).toMatchObject({ relation: '女儿', name: '俞小梅', phone: '137****5678', isNextOfKin: true });
    expect(res.data!.addMyFamilyMember.idNumber).toMatch(/^330683\*{8}\d{3}[\dX]$/);
    const mine = await api.gql(`{ myFamilyMembers { id name } }`, {}, me);
    expect(mine.data!.myFamilyMembers.map((m: any) => m.id)).toContain(id);
  });

  it('bad input is refused by field and nothing is stored', async () => {
    const before = (await api.gql(`{ myFamilyMembers { id } }`, {}, me)).data!.myFamilyMembers.length;
    const badId = await api.gql(`mutation($i: FamilyMemberInput!) { addMyFamilyMember(input: $i) { id } }`, { i: { relation: '儿子', name: '俞大', idNumber: validId.slice(0, 17) + (validId[17] === '1' ? '2' : '1') } }, me);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    const badRelation = await api.gql(`mutation($i: FamilyMemberInput!) { addMyFamilyMember(input: $i) { id } }`, { i: { relation: '朋友', name: '张三' } }, me);
    expect(badRelation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relation' });
    expect((await api.gql(`{ myFamilyMembers { id } }`, {}, me)).data!.myFamilyMembers.length).toBe(before);
  });

  it('an edit that leaves the masked phone blank keeps it; the change is in the retiree\'s history', async () => {
    const res = await api.gql(`mutation($id: ID!, $i: FamilyMemberInput!) { updateMyFamilyMember(id: $id, input: $i) { ${MEMBER} } }`,
      { id, i: { relation: '女儿', name: '俞小梅', isNextOfKin: true, isEmergencyContact: false } }, me);
    expect(res.data!.updateMyFamilyMember).toMatchObject({ phone: '137****5678', isEmergencyContact: false });
    const history = await api.gql(`{ retiree(id: "1") { history { field source newValue } } }`, {}, community);
    expect(history.data!.retiree.history[0]).toMatchObject({ field: 'familyMember', source: 'RETIREE', newValue: '女儿 俞小梅（近亲属）' });
  });

  it('staff find the next of kin by the retiree\'s name, within their area only', async () => {
    const found = await api.gql(SEARCH, { f: { search: '俞秀英', nextOfKinOnly: true } }, community);
    expect(found.data!.familyMembers.items).toEqual(expect.arrayContaining([expect.objectContaining({ id, name: '俞小梅', retiree: { id: '1', name: '俞秀英' } })]));
    const elsewhere = await api.gql(SEARCH, { f: { search: '俞小梅' } }, neighbour);
    expect(elsewhere.data!.familyMembers.items.map((m: any) => m.id)).not.toContain(id);
  });

  it('another retiree cannot touch it; the retiree removes it', async () => {
    const { rows } = await api.db.query(`select id from retiree where id <> 1 and phone is not null and status = 'ACTIVE' order by id limit 1`);
    const other = await api.loginRetiree(rows[0].id);
    expect((await api.gql(`mutation($id: ID!) { removeMyFamilyMember(id: $id) }`, { id }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(`mutation($id: ID!) { removeFamilyMember(id: $id) }`, { id }, neighbour)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(`mutation($id: ID!) { removeMyFamilyMember(id: $id) }`, { id }, me)).data!.removeMyFamilyMember).toBe(true);
    expect((await api.gql(`{ myFamilyMembers { id } }`, {}, me)).data!.myFamilyMembers.map((m: any) => m.id)).not.toContain(id);
  });

  it('staff add a member for a retiree in their area, not outside it', async () => {
    const ok = await api.gql(`mutation($r: ID!, $i: FamilyMemberInput!) { addFamilyMember(retireeId: $r, input: $i) { name } }`, { r: '1', i: { relation: '儿子', name: '俞建国', phone: '0575-83012345' } }, community);
    expect(ok.data!.addFamilyMember.name).toBe('俞建国');
    const no = await api.gql(`mutation($r: ID!, $i: FamilyMemberInput!) { addFamilyMember(retireeId: $r, input: $i) { name } }`, { r: '1', i: { relation: '儿子', name: '俞建国' } }, neighbour);
    expect(no.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
