import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The seed's demo retiree (DEMO_RETIREE in api/src/seed/demo.ts), in 新北社区. */
export const DEMO_RETIREE = { idNumber: '330683196203081902', name: '俞秀英', phone: '13800000001', maskedPhone: '138****0001' } as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** 48 CSS px: the smallest touch target the retiree app allows, in either type size. */
const MIN_TARGET_PX = 48;

/** Turns 大字模式 on or off with the switch in the top bar, as a person would. */
export async function setLargeType(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: '大字模式' });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', String(on));
}

/** Buttons, switches, fields and stand-alone links smaller than a fingertip (links inside a sentence are exempt). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'button, [role="switch"], input:not([type="checkbox"]):not([type="hidden"]), textarea, a[href], input[type="checkbox"]';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // A checkbox's target is its whole label row.
      const target = el.matches('input[type="checkbox"]') ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      if (!box.width && !box.height) continue; // hidden (collapsed message, skip link off screen)
      if (el.matches('a') && getComputedStyle(el).display === 'inline') continue;
      if (box.height < min - 0.5 || box.width < min - 0.5) small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  }, MIN_TARGET_PX);
}

/**
 * What every retiree screen must pass, in normal and in large type: no serious or critical axe
 * findings (WCAG 2.1 A/AA) and touch targets of at least 48 px. Saves a full-page screenshot of
 * each mode with the test. Leaves large type off.
 */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const large of [false, true]) {
    const mode = large ? 'large' : 'normal';
    await setLargeType(page, large);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (violations.length) {
      await testInfo.attach(`axe-${name}-${mode}.json`, { body: JSON.stringify(violations, null, 2), contentType: 'application/json' });
    }
    expect.soft(serious.map((v) => `${v.impact}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe on ${name}, ${mode} type`).toEqual([]);
    expect.soft(await smallTargets(page), `touch targets on ${name}, ${mode} type`).toEqual([]);

    const path = testInfo.outputPath(`${name}-${mode}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name} (${mode})`, { path, contentType: 'image/png' });
  }
  await setLargeType(page, false);
}

interface LoginOptions {
  /** Check and photograph both login steps on the way. */
  check?: TestInfo;
}

/** Logs in through the two login screens, reading the code from the development box. Ends on home. */
export async function logInAsRetiree(page: Page, idNumber: string, { check }: LoginOptions = {}): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  if (check) await checkScreen(page, check, 'login-1-id-number');
  await page.getByLabel('身份证号').fill(idNumber);
  await page.getByRole('button', { name: '获取验证码' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '输入验证码' })).toBeVisible();
  if (check) await checkScreen(page, check, 'login-2-code');
  const hint = await page.getByRole('complementary', { name: '演示环境提示' }).getByText(/演示环境验证码/).textContent();
  const code = /\d{6}/.exec(hint ?? '')?.[0];
  expect(code, 'the development box shows the code').toBeTruthy();
  await page.getByLabel('短信验证码').fill(code!);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /您好/ })).toBeVisible();
}

/** The top-bar link to 消息, present while something is unread; its name says how many. */
export const unreadLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^您有 \d+ 条未读消息$/ });

/** One message in the inbox, by title: a button that opens it. */
export const messageButton = (page: Page, title: string | RegExp) => page.getByRole('button', { name: title });
