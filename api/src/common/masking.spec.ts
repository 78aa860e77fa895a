import { describe, expect, it } from 'vitest';
import { maskBankAccount, maskIdNumber, maskPhone } from './masking.js';

describe('masking', () => {
  it('keeps the area code and the last four characters of an ID number', () => {
    expect(maskIdNumber('33010219500101123X')).toBe('330102********123X');
  });
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
  });
  it('keeps the first and last four digits of a bank account', () => {
    expect(maskBankAccount('6228480123456789012')).toBe('6228***********9012');
  });
  it('passes empty values through and hides short values entirely', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskIdNumber('')).toBe('');
    expect(maskPhone('12345')).toBe('*****');
  });
});
