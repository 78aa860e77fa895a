import { describe, expect, it } from 'vitest';
import { monthAfter, yuanToFen } from '../../shared/format';
import { confirmEffect } from './labels';

const person = (status: string) => ({ name: '张建国', status });

describe('what confirming an alert does', () => {
  it('stops payment from the month after the death or the admission, across a year end', () => {
    expect(monthAfter('2026-09-30')).toBe('2026-10');
    expect(monthAfter('2026-12-01')).toBe('2027-01');
  });

  it('says how the person’s status changes, by kind', () => {
    expect(confirmEffect({ kind: 'DECEASED_PAID', eventDate: '2026-09-30', retiree: person('ACTIVE') })).toBe('确认后，张建国将标记为已故，自 2026-10 起停发。');
    expect(confirmEffect({ kind: 'IMPRISONED_PAID', eventDate: '2026-07-15', retiree: person('ACTIVE') })).toBe('确认后，张建国将暂停发放，自 2026-08 起停发。');
    expect(confirmEffect({ kind: 'IMPRISONED_PAID', eventDate: '2026-07-15', retiree: person('SUSPENDED') })).toBe('确认后，张建国的待遇状态保持不变，自 2026-08 起停发，多发的金额记为应追回。');
    expect(confirmEffect({ kind: 'DECEASED_PAID', eventDate: '2026-09-30', retiree: person('DECEASED') })).toBe('确认后，张建国的待遇状态保持不变，自 2026-10 起停发，多发的金额记为应追回。');
    expect(confirmEffect({ kind: 'AMOUNT_JUMP', eventDate: null, retiree: person('ACTIVE') })).toBe('确认后，张建国的待遇状态不变，多发的金额记为应追回。');
  });

  it('turns yuan typed into a form into whole fen', () => {
    expect(yuanToFen(6250.8)).toBe(625080);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(1234.56)).toBe(123456);
  });
});
