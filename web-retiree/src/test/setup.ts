import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetUnread } from '../app/unread';
import { clearDrafts } from '../features/confirmation/draft';
import { reloadLargeType } from '../shared/largeType';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  reloadLargeType();
  resetUnread();
  clearDrafts();
});
