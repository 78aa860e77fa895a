import { describe, expect, it } from 'vitest';
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { LIFE_EVENT_FEED, PAYMENT_FEED, RETIREE_FEED, yuan } from './feed-specs.js';

describe('feed cells and batch inputs', () => {
  it('writes money in yuan with two decimals and keeps fen in the inputs', () => {
    expect([yuan(312_540), yuan(5), yuan(100), yuan(0)]).toEqual(['3125.40', '0.05', '1.00', '0.00']);
    expect(() => yuan(12.5)).toThrow();
    const payment = { idNumber: '330683196203081902', name: '俞秀英', period: '2026-11', amount: 328_083, paidDate: '2026-11-05', bankAccount: '6230910012718281828' };
    expect(PAYMENT_FEED.cells(payment)).toEqual(['330683196203081902', '俞秀英', '2026-11', '3280.83', '2026-11-05', '6230910012718281828']);
    expect(PAYMENT_FEED.input(payment)).toEqual(payment);
  });

  it('writes sources and kinds as Chinese labels in files and as codes in inputs; blanks are empty or absent', () => {
    const event = {
      source: LifeEventSource.POLICE, sourceRecordId: 'ZX3306832026102700002', kind: LifeEventKind.DEATH, idNumber: null, name: '梁伟民', birthDate: '1951-10-21',
      eventDate: '2026-10-25', details: null,
    };
    expect(LIFE_EVENT_FEED.cells(event)).toEqual(['公安局', 'ZX3306832026102700002', '死亡', '', '梁伟民', '1951-10-21', '2026-10-25', '']);
    expect(LIFE_EVENT_FEED.input(event)).toEqual({ source: 'POLICE', sourceRecordId: 'ZX3306832026102700002', kind: 'DEATH', name: '梁伟民', birthDate: '1951-10-21', eventDate: '2026-10-25' });
  });

  it('fills the retiree columns in the canonical order', () => {
    const row = {
      idNumber: '330683196605072697', name: '朱新江', retirementDate: '2026-11-01', employer: null, hukouAddress: '嵊州市崇仁镇富润居委会人民街99号', residenceAddress: '嵊州市崇仁镇富润居委会人民街99号',
      monthlyPension: 345_408, bankName: '嵊州农商银行', bankAccount: '6230914424719663209', citizenCardNo: null, phone: '18508675788',
    };
    expect(RETIREE_FEED.cells(row)).toEqual(['330683196605072697', '朱新江', '2026-11-01', '', '嵊州市崇仁镇富润居委会人民街99号', '嵊州市崇仁镇富润居委会人民街99号', '3454.08', '嵊州农商银行', '6230914424719663209', '', '18508675788']);
    expect(Object.keys(RETIREE_FEED.input(row))).not.toContain('employer');
  });
});
