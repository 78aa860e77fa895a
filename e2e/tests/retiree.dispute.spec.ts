import { expect, test } from '@playwright/test';
import { checkScreen, DEMO_RETIREE, logInAsRetiree, messageButton, unreadLink } from '../support/retiree.js';
import { communityStaffCorrectsDispute, findNeighbourWithPendingConfirmation, signInAsCommunityStaff, type RetireeLogin } from '../support/retiree-staff.js';

const NEW_PHONE = '13957112233';
const NEW_PHONE_MASKED = '139****2233';
const NOTE = '已电话核实，按您提供的新号码更正';

test('a neighbour disputes their phone number, the community corrects it, and they see the outcome', async ({ page, request }, testInfo) => {
  let neighbour: RetireeLogin;

  await test.step('a second retiree of 新北社区, with a confirmation waiting, logs in', async () => {
    neighbour = await findNeighbourWithPendingConfirmation(await signInAsCommunityStaff(request), DEMO_RETIREE.name);
    await logInAsRetiree(page, neighbour.idNumber);
    await expect(page.getByRole('heading', { level: 1, name: `${neighbour.name}，您好` })).toBeVisible();
    await page.getByRole('region', { name: '请确认您的个人信息' }).getByRole('link', { name: '去核对信息' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '个人信息确认' })).toBeVisible();
  });

  const pick = () => page.getByRole('checkbox', { name: /联系电话/ });
  const details = () => page.getByRole('group', { name: '「联系电话」哪里不对' });
  const comment = () => details().getByRole('textbox', { name: '联系电话：哪里不对' });
  const proposed = () => details().getByRole('textbox', { name: /正确的联系电话/ });

  await test.step('says something is wrong, and is told plainly what is missing', async () => {
    await page.getByRole('button', { name: '有信息不对' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '哪些信息不对' })).toBeVisible();
    await checkScreen(page, testInfo, 'dispute-form');

    await page.getByRole('button', { name: /^提交/ }).click();
    await expect(page.getByText('请至少勾选一项不对的信息。')).toBeVisible();

    await pick().check();
    await page.getByRole('button', { name: '提交（已选 1 项）' }).click();
    await expect(details().getByText('请说明「联系电话」哪里不对，或填写正确的联系电话。')).toBeVisible();
    await expect(comment()).toBeFocused();
    await checkScreen(page, testInfo, 'dispute-form-errors');
  });

  await test.step('types the new number and what is wrong; going back and forth keeps it', async () => {
    await proposed().fill(NEW_PHONE);
    await comment().fill('我换了新手机号，原来的号码不用了');
    await checkScreen(page, testInfo, 'dispute-form-filled');

    await page.getByRole('banner').getByRole('button', { name: '返回' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '个人信息确认' })).toBeVisible();
    await page.getByRole('button', { name: '有信息不对' }).click();
    await expect(pick()).toBeChecked();
    await expect(proposed()).toHaveValue(NEW_PHONE);
    await expect(comment()).toHaveValue('我换了新手机号，原来的号码不用了');
  });

  await test.step('sends it, and sees that the community is handling it and whom to call', async () => {
    await page.getByRole('button', { name: '提交（已选 1 项）' }).click();
    const state = page.getByRole('region', { name: '社区正在处理：联系电话' });
    await expect(state).toBeVisible();
    await expect(state).toContainText(`您填的正确内容：${NEW_PHONE_MASKED}`);
    await expect(page.getByText('已提交，谢谢您！')).toBeVisible();
    await expect(page.getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', /^tel:/);
    await checkScreen(page, testInfo, 'confirmation-disputed');
  });

  await test.step('community staff correct the number', async () => {
    await communityStaffCorrectsDispute(request, { retiree: neighbour, field: 'PHONE', note: NOTE });
  });

  await test.step('the outcome shows on the confirmation page, on home and as a new unread message', async () => {
    await page.reload();
    const result = page.getByRole('region', { name: '您提出的信息问题已处理' });
    await expect(result).toBeVisible();
    await expect(result.getByRole('listitem').filter({ hasText: '联系电话' })).toContainText('已更正');
    await expect(result).toContainText(`处理说明：${NOTE}`);
    await checkScreen(page, testInfo, 'confirmation-resolved');

    await page.getByRole('banner').getByRole('link', { name: '首页' }).click();
    const card = page.getByRole('region', { name: '您提出的信息问题已处理' });
    await expect(card).toContainText('联系电话：已更正');
    await checkScreen(page, testInfo, 'home-resolved');

    await unreadLink(page).click();
    await expect(page.getByRole('heading', { level: 1, name: '消息' })).toBeVisible();
    const outcome = messageButton(page, /您提出的「联系电话」异议已处理/);
    await expect(outcome).toContainText('未读');
    await outcome.click();
    await expect(page.getByText(`已更正为 ${NEW_PHONE_MASKED}：${NOTE}`)).toBeVisible();
    await expect(outcome).not.toContainText('未读');
    await page.getByRole('link', { name: '查看处理结果' }).click();
    await expect(page.getByRole('region', { name: '您提出的信息问题已处理' })).toBeVisible();
  });

  await test.step('the profile now holds the new number', async () => {
    await page.getByRole('banner').getByRole('link', { name: '首页' }).click();
    await page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /我的信息/ }).click();
    await expect(page.getByRole('region', { name: '基本信息' })).toContainText(NEW_PHONE_MASKED);
  });
});
