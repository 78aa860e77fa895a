import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs } from '../support/admin-journeys.js';
import { checkScreen, logInAsRetiree } from '../support/retiree.js';

/** 城隍坊社区 of 剡湖街道: not the demo retiree's 新北社区, which the other retiree journeys rely on. */
const COMMUNITY_CODE = '330683001003';

const MEMBER = { name: '钱念慈', phone: '13957101234', maskedPhone: '139****1234', idNumber: '330683198805160527', maskedId: '330683********0527' };
const NEW_PHONE = { full: '13857106789', masked: '138****6789' };

interface Login {
  name: string;
  idNumber: string;
}

/**
 * The first active retiree with a phone in the community, as its staff (`staff-<code>`) see them;
 * the full ID number is revealed with a reason, as staff do when helping someone log in.
 */
async function retireeOf(request: APIRequestContext, communityCode: string): Promise<Login> {
  const staff = await apiAs(request, `staff-${communityCode}`);
  const { retirees } = await staff.gql<{ retirees: { items: { id: string; name: string; phone: string | null }[] } }>(
    `query People { retirees(filter: { status: [ACTIVE] }, limit: 50) { items { id name phone } } }`,
  );
  const person = retirees.items.find((r) => r.phone);
  expect(person, `an active retiree with a phone in ${communityCode}`).toBeTruthy();
  const { revealIdNumber } = await staff.gql<{ revealIdNumber: string }>(
    `mutation Reveal($retireeId: ID!, $reason: String!) { revealIdNumber(retireeId: $retireeId, reason: $reason) }`,
    { retireeId: person!.id, reason: '端到端测试：协助该退休人员登录退休服务' },
  );
  return { name: person!.name, idNumber: revealIdNumber };
}

test('a retiree adds a family member, sees it listed masked, edits it and deletes it', async ({ page, request }, testInfo) => {
  const retiree = await retireeOf(request, COMMUNITY_CODE);
  const card = () => page.getByRole('listitem', { name: new RegExp(MEMBER.name) });

  await test.step('logs in and opens 家庭成员 from home', async () => {
    await logInAsRetiree(page, retiree.idNumber);
    await expect(page.getByRole('heading', { level: 1, name: `${retiree.name}，您好` })).toBeVisible();
    await page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /家庭成员/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '家庭成员' })).toBeVisible();
    await expect(page.getByRole('link', { name: '登记一位家庭成员' })).toBeVisible();
    await expect(card()).toHaveCount(0);
    await checkScreen(page, testInfo, 'family-list');
  });

  await test.step('the form says plainly what is missing or mistyped', async () => {
    await page.getByRole('link', { name: '登记一位家庭成员' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '登记家庭成员' })).toBeVisible();
    await checkScreen(page, testInfo, 'family-form');

    await page.getByLabel(/的身份证号/).fill('330683198805160520');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('有 3 项需要修改');
    await expect(page.getByText('请选择这位家人和您的关系。')).toBeVisible();
    await expect(page.getByText('请填写姓名。')).toBeVisible();
    await expect(page.getByText(/身份证号好像有一位输错了/)).toBeVisible();
    await checkScreen(page, testInfo, 'family-form-errors');
  });

  await test.step('fills it in and saves: the member is listed, numbers masked, tags in words', async () => {
    await page.getByRole('group', { name: '是您的什么人？' }).getByRole('radio', { name: '女儿' }).check();
    await page.getByRole('textbox', { name: '姓名' }).fill(MEMBER.name);
    await page.getByLabel(/的电话/).fill(MEMBER.phone);
    await page.getByLabel(/的身份证号/).fill(MEMBER.idNumber);
    await page.getByRole('group', { name: '是紧急联系人吗？' }).getByRole('radio', { name: '是' }).check();
    await page.getByRole('group', { name: '是近亲属吗？' }).getByRole('radio', { name: '是' }).check();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await checkScreen(page, testInfo, 'family-form-filled');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: '家庭成员' })).toBeVisible();
    await expect(page.getByText(`已登记${MEMBER.name}。`)).toBeVisible();
    await expect(card()).toContainText('女儿');
    await expect(card()).toContainText(MEMBER.maskedPhone);
    await expect(card()).toContainText(MEMBER.maskedId);
    await expect(card()).toContainText('紧急联系人');
    await expect(card()).toContainText('近亲属');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(MEMBER.phone);
    expect(text).not.toContain(MEMBER.idNumber);
    await checkScreen(page, testInfo, 'family-list-added');

    // The server has it: still there after reopening the app.
    await page.reload();
    await expect(card()).toContainText(MEMBER.maskedPhone);
  });

  await test.step('edits the phone and takes away 紧急联系人; the ID number left blank stays as it was', async () => {
    await card().getByRole('link', { name: /^修改/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '修改家庭成员' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '女儿' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue(MEMBER.name);
    await expect(page.getByLabel(/的电话/)).toHaveValue('');
    await expect(page.getByText(/现在登记的是 139/)).toBeVisible();
    await checkScreen(page, testInfo, 'family-form-edit');
    await page.getByLabel(/的电话/).fill(NEW_PHONE.full);
    await page.getByRole('group', { name: '是紧急联系人吗？' }).getByRole('radio', { name: '否' }).check();
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await expect(page.getByText(`已保存${MEMBER.name}的修改。`)).toBeVisible();
    await expect(card()).toContainText(NEW_PHONE.masked);
    await expect(card()).toContainText(MEMBER.maskedId);
    await expect(card().getByText('紧急联系人', { exact: true })).toHaveCount(0);
    await expect(card().getByText('近亲属', { exact: true })).toBeVisible();
  });

  await test.step('deletes it, after being asked once more', async () => {
    await card().getByRole('button', { name: /^删除/ }).click();
    await expect(page.getByText(`确定要删除${MEMBER.name}吗？`)).toBeFocused();
    await checkScreen(page, testInfo, 'family-delete-asking');
    await page.getByRole('button', { name: '不删除' }).click();
    await expect(card()).toHaveCount(1);

    await card().getByRole('button', { name: /^删除/ }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect(page.getByText(`已删除${MEMBER.name}。`)).toBeVisible();
    await expect(card()).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('link', { name: '登记一位家庭成员' })).toBeVisible();
    await expect(card()).toHaveCount(0);
  });
});
