import { describe, expect, it } from 'vitest';
import { AddressDictionary } from './placement.js';

// Two townships; 人民路 runs through two communities of 甲街道, 锦绣苑 is in one only.
const dictionary = new AddressDictionary(
  [
    { id: 1, name: '甲街道' },
    { id: 2, name: '乙镇' },
  ],
  [
    { communityId: 11, townshipId: 1, keyword: '东门社区', isName: true },
    { communityId: 11, townshipId: 1, keyword: '人民路', isName: false },
    { communityId: 12, townshipId: 1, keyword: '西门社区', isName: true },
    { communityId: 12, townshipId: 1, keyword: '人民路', isName: false },
    { communityId: 12, townshipId: 1, keyword: '锦绣苑', isName: false },
    { communityId: 21, townshipId: 2, keyword: '前村', isName: true },
    { communityId: 21, townshipId: 2, keyword: '人民路', isName: false },
  ],
  ['嵊州市', '嵊州'],
);

const place = (hukouAddress: string | null, residenceAddress: string | null = null) => dictionary.place({ hukouAddress, residenceAddress });

describe('zero-trip check-in placement', () => {
  it('a community named in the address settles it, even on a shared road', () => {
    expect(place('浙江省嵊州市甲街道西门社区人民路5号')).toEqual({ communityId: 12, townshipId: 1, note: null });
  });

  it('a road or estate of exactly one community places the person', () => {
    expect(place('嵊州市锦绣苑3幢2单元301室')).toEqual({ communityId: 12, townshipId: 1, note: null });
  });

  it('a road shared by communities of one township goes to that township, saying why', () => {
    const p = place('嵊州市甲街道人民路8号');
    expect(p).toMatchObject({ communityId: null, townshipId: 1 });
    expect(p.note).toContain('「人民路」对应 2 个社区');
  });

  it('a road shared across townships, without a township, goes to the bureau', () => {
    expect(place('嵊州市人民路8号')).toMatchObject({ communityId: null, townshipId: null });
  });

  it('the residence address decides for someone who lives away from their hukou', () => {
    expect(place('杭州市西湖区文三路1号', '嵊州市乙镇前村3组12号')).toEqual({ communityId: 21, townshipId: 2, note: null });
    expect(place('嵊州市甲街道东门社区1号', '嵊州市乙镇前村3组12号')).toMatchObject({ communityId: 21 });
    expect(place('嵊州市甲街道东门社区1号', '杭州市西湖区文三路1号')).toMatchObject({ communityId: 11 });
  });

  it('no address in the city goes to the bureau', () => {
    const p = place('江西省上饶市信州区1号', null);
    expect(p).toMatchObject({ communityId: null, townshipId: null });
    expect(p.note).toContain('都不在本市');
  });
});
