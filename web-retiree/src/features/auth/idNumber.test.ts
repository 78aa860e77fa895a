import { describe, expect, it } from 'vitest';
import { idNumberProblem, normalizeIdNumber } from './idNumber';

describe('ID number', () => {
  it('accepts numbers whose check character matches (GB 11643)', () => {
    expect(idNumberProblem('330683196203081902')).toBeNull();
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('finds a single mistyped digit', () => {
    expect(idNumberProblem('330683196203081912')).toMatch('有一位输错了');
    expect(idNumberProblem('110105194912310021')).toMatch('有一位输错了');
  });

  it('explains length and an X anywhere but last', () => {
    expect(idNumberProblem('')).toBe('请输入您的身份证号。');
    expect(idNumberProblem('33068319620308190')).toMatch('您现在输入了 17 位');
    expect(idNumberProblem('3306831962030819X2')).toMatch('只有最后一位可能是 X');
  });

  it('cleans what phones and Chinese keyboards type', () => {
    expect(normalizeIdNumber(' 110105 1949 1231 002x ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('３３０６８３')).toBe('330683');
    expect(normalizeIdNumber('33-06.83')).toBe('330683');
  });
});
