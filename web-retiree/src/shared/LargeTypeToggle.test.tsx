import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the app's modules, as after closing and reopening the page. */
async function reopen() {
  vi.resetModules();
  const { applyLargeType } = await import('./largeType');
  const { LargeTypeToggle } = await import('./LargeTypeToggle');
  document.documentElement.removeAttribute('data-type-size');
  applyLargeType(); // what main.tsx does before the first paint
  return LargeTypeToggle;
}

describe('大字模式', () => {
  it('is off at first, turns large type on for the whole page, and is remembered next time', async () => {
    let Toggle = await reopen();
    const user = userEvent.setup();
    const { unmount } = render(<Toggle />);

    const toggle = screen.getByRole('switch', { name: '大字模式' });
    expect(toggle).not.toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-type-size', 'normal');

    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-type-size', 'large');

    unmount();
    Toggle = await reopen();
    render(<Toggle />);
    expect(screen.getByRole('switch', { name: '大字模式' })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-type-size', 'large');

    await user.click(screen.getByRole('switch', { name: '大字模式' }));
    Toggle = await reopen();
    expect(document.documentElement).toHaveAttribute('data-type-size', 'normal');
  });
});
