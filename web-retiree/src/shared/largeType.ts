import { useSyncExternalStore } from 'react';

const KEY = 'wr.largeType';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked (private mode): the switch still works for this visit
  }
}

let current = read();

/** Scales the whole app: every size is in rem, and the root font size follows this attribute. */
export function applyLargeType(on: boolean = current): void {
  document.documentElement.dataset.typeSize = on ? 'large' : 'normal';
}

export function setLargeType(on: boolean): void {
  current = on;
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    /* not persisted, still applied */
  }
  applyLargeType(on);
  listeners.forEach((l) => l());
}

/** Re-reads storage (tests, and another tab changing the setting). */
export function reloadLargeType(): void {
  current = read();
  applyLargeType(current);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && reloadLargeType();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useLargeType(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, () => current);
  return [on, setLargeType];
}
