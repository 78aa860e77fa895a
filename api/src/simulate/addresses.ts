/**
 * Addresses of the month's new retirees, in the mix real provincial records have: most in the
 * seed's full format, some shortened, some with only a road, some registered in another county,
 * a few that no dictionary can place. Each comes with the community the generator meant.
 */
import type { CityModel, CommunityModel } from '../seed/city.js';
import { roadName } from '../seed/names.js';
import { Random, WeightedTable, weighted } from '../seed/random.js';

export const CITY_PREFIX = '浙江省绍兴市嵊州市';

export type AddressStyle =
  /** `浙江省绍兴市嵊州市<township><community><place>`, the seed's format. */
  | 'FULL'
  /** `嵊州市<township><community><place>`. */
  | 'SHORT_PREFIX'
  /** Full hukou address in one community, full residence address in another (urban) one. */
  | 'LIVES_ELSEWHERE'
  /** `浙江省绍兴市嵊州市<township><road>N号` or `…<township><estate>3幢…`: no community name. */
  | 'NO_COMMUNITY'
  /** `嵊州市<road>N号`. */
  | 'ROAD_ONLY'
  /** Hukou in another county (`浙江省绍兴市新昌县…`), residence in full format here. */
  | 'HUKOU_OUTSIDE'
  /** `嵊州市城关镇<road>N号`: the county town's name before the street offices. */
  | 'LEGACY_TOWN'
  /** A bare `5组12号`. */
  | 'VILLAGE_GROUP_ONLY';

/** Urban communities (roads, estates): mostly full, a quarter shortened in some way, a few unusable. */
const URBAN_STYLES = weighted<AddressStyle>({ FULL: 56, SHORT_PREFIX: 6, LIVES_ELSEWHERE: 6, NO_COMMUNITY: 12, ROAD_ONLY: 8, HUKOU_OUTSIDE: 8, LEGACY_TOWN: 4, VILLAGE_GROUP_ONLY: 0 });
/** Villages have no roads in their addresses: full, shortened, moved to town, registered elsewhere, or a bare group number. */
const VILLAGE_STYLES = weighted<AddressStyle>({ FULL: 70, SHORT_PREFIX: 6, LIVES_ELSEWHERE: 8, NO_COMMUNITY: 0, ROAD_ONLY: 0, HUKOU_OUTSIDE: 8, LEGACY_TOWN: 0, VILLAGE_GROUP_ONLY: 8 });

interface OtherCounty {
  /** ID area code of people born there (some kept a code that has since been renamed). */
  code: string;
  prefix: string;
  streets: string[];
}

/** Counties people registered here came from, weighted like the seed's OTHER_ZHEJIANG_AREAS. */
const OTHER_COUNTIES = new WeightedTable<OtherCounty>([
  [{ code: '330624', prefix: '浙江省绍兴市新昌县', streets: ['南明街道', '七星街道', '羽林街道', '沃洲镇'] }, 8],
  [{ code: '330681', prefix: '浙江省绍兴市诸暨市', streets: ['暨阳街道', '浣东街道', '陶朱街道'] }, 5],
  [{ code: '330602', prefix: '浙江省绍兴市越城区', streets: ['府山街道', '塔山街道', '北海街道'] }, 4],
  [{ code: '330621', prefix: '浙江省绍兴市柯桥区', streets: ['柯桥街道', '华舍街道'] }, 3],
  [{ code: '330682', prefix: '浙江省绍兴市上虞区', streets: ['百官街道', '曹娥街道'] }, 3],
  [{ code: '330226', prefix: '浙江省宁波市宁海县', streets: ['跃龙街道', '桃源街道'] }, 2],
  [{ code: '330203', prefix: '浙江省宁波市海曙区', streets: ['鼓楼街道', '南门街道'] }, 1],
  [{ code: '330102', prefix: '浙江省杭州市上城区', streets: ['湖滨街道', '清波街道'] }, 1],
  [{ code: '330106', prefix: '浙江省杭州市西湖区', streets: ['北山街道', '西溪街道'] }, 1],
  [{ code: '331021', prefix: '浙江省台州市玉环市', streets: ['玉城街道', '坎门街道'] }, 1],
  [{ code: '330782', prefix: '浙江省金华市义乌市', streets: ['稠城街道', '北苑街道'] }, 1],
]);

export interface AddressDraw {
  style: AddressStyle;
  hukouAddress: string;
  residenceAddress: string;
  /** Null when the hukou is in another county. */
  hukouCommunity: CommunityModel | null;
  residenceCommunity: CommunityModel;
  /** Where the platform should place the person: the residence when it differs from the hukou, else the hukou. */
  intended: CommunityModel;
  /** The other county's area code, for the person's ID number; null when registered here. */
  outsideArea: string | null;
}

/** `<township><community>` with the province and prefecture, as the seed writes it. */
function fullPrefix(c: CommunityModel): string {
  return `${CITY_PREFIX}${c.township.unit.name}${c.unit.name}`;
}

function roadPlace(rng: Random, c: CommunityModel): string {
  return `${rng.pick(c.roads)}${rng.int(1, 300)}号`;
}

/** Where in the community, exactly like the seed's population.ts: a group and house, a flat in an estate, or a road number. */
export function placeIn(rng: Random, c: CommunityModel): string {
  if (c.isVillage) return `${rng.int(1, 12)}组${rng.int(1, 90)}号`;
  if (rng.chance(0.4)) return `${rng.pick(c.estates)}${rng.int(1, 30)}幢${rng.int(1, 4)}单元${rng.int(1, 6)}0${rng.int(1, 4)}室`;
  return roadPlace(rng, c);
}

/** A full-format address in the community, as the seed would have written it. */
export function fullAddress(rng: Random, c: CommunityModel): string {
  return fullPrefix(c) + placeIn(rng, c);
}

function otherUrbanCommunity(rng: Random, city: CityModel, not: CommunityModel): CommunityModel {
  for (let attempt = 0; attempt < 8; attempt++) {
    const c = city.urbanCommunities.pick(rng);
    if (c !== not) return c;
  }
  return city.urbanCommunities.pick(rng);
}

export function drawAddresses(rng: Random, home: CommunityModel, city: CityModel): AddressDraw {
  const style = (home.isVillage ? VILLAGE_STYLES : URBAN_STYLES).pick(rng);
  const township = home.township.unit.name;
  const same = (hukouAddress: string): AddressDraw => ({ style, hukouAddress, residenceAddress: hukouAddress, hukouCommunity: home, residenceCommunity: home, intended: home, outsideArea: null });
  switch (style) {
    case 'FULL':
      return same(fullAddress(rng, home));
    case 'SHORT_PREFIX':
      return same(`嵊州市${township}${home.unit.name}${placeIn(rng, home)}`);
    case 'NO_COMMUNITY':
      return same(`${CITY_PREFIX}${township}${placeIn(rng, home)}`);
    case 'ROAD_ONLY':
      return same(`嵊州市${roadPlace(rng, home)}`);
    case 'LEGACY_TOWN':
      return same(`嵊州市城关镇${roadPlace(rng, home)}`);
    case 'VILLAGE_GROUP_ONLY':
      return same(`${rng.int(1, 12)}组${rng.int(1, 90)}号`);
    case 'LIVES_ELSEWHERE': {
      const residence = otherUrbanCommunity(rng, city, home);
      return { style, hukouAddress: fullAddress(rng, home), residenceAddress: fullAddress(rng, residence), hukouCommunity: home, residenceCommunity: residence, intended: residence, outsideArea: null };
    }
    case 'HUKOU_OUTSIDE': {
      const county = OTHER_COUNTIES.pick(rng);
      const hukouAddress = `${county.prefix}${rng.pick(county.streets)}${roadName(rng)}${rng.int(1, 200)}号`;
      return { style, hukouAddress, residenceAddress: fullAddress(rng, home), hukouCommunity: null, residenceCommunity: home, intended: home, outsideArea: county.code };
    }
  }
}
