import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFeedFile } from './feed-file.js';
import { ImportKind } from './feed-formats.js';

async function collect(body: Buffer, kind = ImportKind.PENSION_PAYMENTS) {
  const file = readFeedFile(kind, Readable.from([body]));
  const rows = [];
  for await (const r of file.records) rows.push(r);
  return { rows, hash: file.hash() };
}

describe('feed files', () => {
  it('reads a CSV saved by Chinese Excel in GB18030, headers included', async () => {
    // "公民身份号码,姓名,发放期间,发放金额（元）,到账日期\r\n" and "俞秀英", encoded as GB18030 (a fixture, since Node only decodes it).
    const header = Buffer.from('b9abc3f1c9edb7ddbac5c2eb2cd0d5c3fb2cb7a2b7c5c6dabce42cb7a2b7c5bdf0b6eea3a8d4aaa3a92cb5bdd5cbc8d5c6da0d0a', 'hex');
    const row = Buffer.concat([Buffer.from('330683196203081902,'), Buffer.from('d3e1d0e3d3a2', 'hex'), Buffer.from(',2026-10,3125.40,2026-10-08\r\n')]);
    const { rows } = await collect(Buffer.concat([header, row]));
    expect(rows).toEqual([{ rowNo: 2, values: { idNumber: '330683196203081902', name: '俞秀英', period: '2026-10', amount: '3125.40', paidDate: '2026-10-08' } }]);
  });

  it('accepts the header variants of real exports and numbers rows as the spreadsheet does', async () => {
    const csv = '\uFEFF身份证号, 姓名 ,发放年月,实发金额(元),发放日期,备用列\r\n330683196203081902,俞秀英,202610,"3,125.40",2026/10/8,x\r\n\r\n330683196203081902,俞秀英,202609,3125.4,2026/9/8,y\r\n';
    const { rows, hash } = await collect(Buffer.from(csv));
    expect(rows.map((r) => r.rowNo)).toEqual([2, 3]);
    expect(rows[0]!.values).toEqual({ idNumber: '330683196203081902', name: '俞秀英', period: '202610', amount: '3,125.40', paidDate: '2026/10/8' });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file without a required column, naming it', async () => {
    await expect(collect(Buffer.from('公民身份号码,姓名\r\n1,2\r\n'))).rejects.toThrow(/发放期间.*发放金额（元）.*到账日期/);
  });

  it('reads a large XLSX without breaking Chinese text at chunk boundaries (patched exceljs stream reader)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('共享数据');
    sheet.addRow(['数据来源', '来源记录编号', '事件类型', '公民身份号码', '姓名', '出生日期', '事件日期', '详情']);
    for (let i = 0; i < 5_000; i++) sheet.addRow(['卫健局', `MZ${i}`, '就医', '', `俞秀英${i}`, '', '2026-10-03', `2026-10-03 嵊州市人民医院门诊第${i}号`]);
    const { rows } = await collect(Buffer.from(await workbook.xlsx.writeBuffer()), ImportKind.LIFE_EVENTS);
    expect(rows).toHaveLength(5_000);
    expect(rows.filter((r) => JSON.stringify(r.values).includes('\uFFFD'))).toEqual([]);
    expect(rows[4_999]!.values.details).toBe('2026-10-03 嵊州市人民医院门诊第4999号');
  });
});
