import { expect, test } from '@playwright/test';
import { checkScreen, DEMO_RETIREE, logInAsRetiree, messageButton, unreadLink } from '../support/retiree.js';

test('the demo retiree confirms her information, and reads the request in her messages', async ({ page }, testInfo) => {
  await test.step('logs in with the code shown on screen', async () => {
    await logInAsRetiree(page, DEMO_RETIREE.idNumber, { check: testInfo });
    await expect(page.getByRole('heading', { level: 1, name: `${DEMO_RETIREE.name}，您好` })).toBeVisible();
  });

  await test.step('home asks her first thing to check her information, and shows one unread message', async () => {
    const card = page.getByRole('region', { name: '请确认您的个人信息' });
    await expect(card).toBeVisible();
    await expect(unreadLink(page)).toHaveAccessibleName('您有 1 条未读消息');
    await expect(page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /消息.*1 条未读消息/ })).toBeVisible();
    await checkScreen(page, testInfo, 'home-pending');
    await card.getByRole('link', { name: '去核对信息' }).click();
  });

  await test.step('reads every item and confirms, with a second tap', async () => {
    await expect(page.getByRole('heading', { level: 1, name: '个人信息确认' })).toBeVisible();
    const items = page.getByRole('region', { name: '请核对以下信息' });
    await expect(items.getByRole('term')).toHaveCount(14);
    await expect(items).toContainText(DEMO_RETIREE.name);
    await expect(items).toContainText(DEMO_RETIREE.maskedPhone);
    await expect(items).toContainText('新北社区');
    await checkScreen(page, testInfo, 'confirmation-pending');

    await page.getByRole('button', { name: '信息都对，确认无误' }).click();
    await expect(page.getByText('确定上面的信息都对吗？')).toBeFocused();
    await checkScreen(page, testInfo, 'confirmation-asking');
    await page.getByRole('button', { name: '确定，信息都对' }).click();

    const done = page.getByRole('region', { name: '您已确认信息无误' });
    await expect(done).toBeVisible();
    await expect(done).toContainText(/确认日期：\d{4}年\d{1,2}月\d{1,2}日/);
    await checkScreen(page, testInfo, 'confirmation-confirmed');
  });

  await test.step('home no longer asks', async () => {
    await page.getByRole('banner').getByRole('link', { name: '首页' }).click();
    await expect(page.getByRole('region', { name: '我的养老金' })).toBeVisible();
    await expect(page.getByRole('region', { name: '请确认您的个人信息' })).toHaveCount(0);
    // Still there, after a fresh start of the app.
    await page.reload();
    await expect(page.getByRole('region', { name: '我的养老金' })).toBeVisible();
    await expect(page.getByRole('region', { name: '请确认您的个人信息' })).toHaveCount(0);
  });

  await test.step('the request waits, unread, in her messages; opening it marks it read and the badges go', async () => {
    await page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /^消息/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '消息' })).toBeVisible();
    const request = messageButton(page, /请确认您的个人信息/);
    await expect(request).toContainText('未读');
    await expect(page.getByText('您有 1 条未读消息')).toBeVisible();
    await checkScreen(page, testInfo, 'messages-unread');

    await request.click();
    await expect(request).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(/社保部门整理了您的个人信息/)).toBeVisible();
    await expect(request).not.toContainText('未读');
    await expect(page.getByText('没有未读消息。')).toBeVisible();
    await expect(page.getByRole('link', { name: '去核对个人信息' })).toBeVisible();
    await checkScreen(page, testInfo, 'messages-read');

    await page.getByRole('banner').getByRole('link', { name: '首页' }).click();
    await expect(page.getByRole('region', { name: '常用服务' })).toBeVisible();
    await expect(page.getByRole('link', { name: /条未读消息/ })).toHaveCount(0);
    // The server agrees: still read after reopening the app.
    await page.reload();
    await expect(page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /^消息/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /条未读消息/ })).toHaveCount(0);
  });

  await test.step('her pension and her profile pass the same checks', async () => {
    await checkScreen(page, testInfo, 'home-confirmed');
    await page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /我的养老金/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的养老金' })).toBeVisible();
    await expect(page.getByRole('region', { name: /共到账/ })).toContainText('元');
    await checkScreen(page, testInfo, 'payments');

    await page.getByRole('banner').getByRole('link', { name: '首页' }).click();
    await page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /我的信息/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的信息' })).toBeVisible();
    await expect(page.getByRole('region', { name: '基本信息' })).toContainText(DEMO_RETIREE.maskedPhone);
    await checkScreen(page, testInfo, 'profile');
  });
});
