import { describe, expect, it } from 'vitest';
import { handoff } from './handoff';

describe('hand-off to the government app', () => {
  it('never follows an address that is neither this site nor secure', () => {
    expect(() => handoff.open('javascript:alert(1)')).toThrow('系统暂时出了点问题');
    expect(() => handoff.open('http://example.com/face')).toThrow('系统暂时出了点问题');
  });
});
