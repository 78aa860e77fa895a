import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination.js';

describe('pagination', () => {
  it('defaults to 20 and refuses sizes outside 1..100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow();
    expect(() => pageSize(101)).toThrow();
    expect(() => pageSize(2.5)).toThrow();
  });

  it('round-trips cursors and refuses tampered ones', () => {
    expect(decodeCursor(encodeCursor(12345))).toBe('12345');
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('not-a-cursor')).toThrow();
    expect(() => decodeCursor(Buffer.from("k:1; drop table x").toString('base64url'))).toThrow();
  });

  it('hands out a next cursor only when another page exists', () => {
    expect(toPage([1, 2, 3], 2, (n) => n)).toEqual({ items: [1, 2], nextCursor: encodeCursor(2) });
    expect(toPage([1, 2], 2, (n) => n)).toEqual({ items: [1, 2], nextCursor: null });
  });
});
