/**
 * The administrative skeleton of the synthetic city: org units from `data/city.json` with
 * contacts and addresses, the staff accounts that work in them, the demo integrator, and how
 * retirees are spread over the communities.
 */
import cityData from './data/city.json' with { type: 'json' };
import { DEMO_CLIENT_ID, DEMO_CLIENT_NAME, DEMO_CLIENT_SCOPES, DEMO_USERNAMES } from './demo.js';
import { personName, placeStem, roadName, estateName, type Sex } from './names.js';
import { Random, WeightedTable } from './random.js';
import type { ApiClientRow, CommunityAddressRow, OrgLevel, OrgUnitRow, StaffRole, StaffUserRow } from './rows.js';

export const CITY_UNIT_NAME = '嵊州市人力资源和社会保障局';


interface CityFile {
  city: { code: string; name: string; province: string; prefecture: string };
  townships: { code: string; name: string; kind: string; communities: { code: string; name: string; kind: string }[] }[];
}

export interface TownshipModel {
  unit: OrgUnitRow;
  /** 剡湖 for 剡湖街道: local firms carry it. */
  stem: string;
  communities: CommunityModel[];
}

export interface CommunityModel {
  unit: OrgUnitRow;
  township: TownshipModel;
  /** Roads and housing estates addresses in this community are on. */
  roads: string[];
  estates: string[];
  isVillage: boolean;
}

export interface DemoLogin {
  username: string;
  role: StaffRole;
  orgUnit: { name: string; level: OrgLevel; code: string };
}

export interface CityModel {
  city: CityFile['city'];
  cityUnit: OrgUnitRow;
  townships: TownshipModel[];
  communities: CommunityModel[];
  orgUnits: OrgUnitRow[];
  staffUsers: StaffUserRow[];
  apiClients: ApiClientRow[];
  /** The community address dictionary: each community's name, roads and estates. */
  communityAddresses: CommunityAddressRow[];
  /** Where retirees are registered: town centres hold far more enterprise retirees than villages. */
  homeCommunities: WeightedTable<CommunityModel>;
  /** Where people registered elsewhere actually live: mostly the urban streets. */
  urbanCommunities: WeightedTable<CommunityModel>;
  demoTownship: TownshipModel;
  demoCommunity: CommunityModel;
  demoLogins: DemoLogin[];
}

/** The random stream of the skeleton, independent of the population's streams. */
const CITY_STREAM = 0xc17;

export function buildCity(seed: number): CityModel {
  const rng = new Random(seed, CITY_STREAM);
  const data = cityData as CityFile;
  const cityCode = data.city.code;
  const prefix = `浙江省${data.city.prefecture}${data.city.name}`;

  const cityUnit = orgUnit(1, cityCode, CITY_UNIT_NAME, 'CITY', null, null, `/${cityCode}/`, `${prefix}${roadName(rng)}${rng.int(1, 200)}号`, rng);
  const townships: TownshipModel[] = data.townships.map((t, i) => ({
    unit: orgUnit(2 + i, t.code, t.name, 'TOWNSHIP', t.kind, cityUnit.id, `${cityUnit.path}${t.code}/`, `${prefix}${t.name}${roadName(rng)}${rng.int(1, 200)}号`, rng),
    stem: placeStem(t.name),
    communities: [],
  }));

  let nextId = 2 + townships.length;
  const communities: CommunityModel[] = [];
  data.townships.forEach((t, i) => {
    const township = townships[i]!;
    for (const c of t.communities) {
      const isVillage = c.kind === 'VILLAGE';
      const roads = Array.from({ length: rng.int(3, 5) }, () => roadName(rng));
      const estates = Array.from({ length: rng.int(1, 3) }, () => estateName(rng));
      const officeAddress = `${prefix}${t.name}${c.name}${isVillage ? `${rng.int(1, 12)}组` : rng.pick(roads)}${rng.int(1, 120)}号`;
      const unit = orgUnit(nextId++, c.code, c.name, 'COMMUNITY', c.kind, township.unit.id, `${township.unit.path}${c.code}/`, officeAddress, rng);
      const community: CommunityModel = { unit, township, roads, estates, isVillage };
      township.communities.push(community);
      communities.push(community);
    }
  });

  const homeCommunities = new WeightedTable(communities.map((c) => [c, populationWeight(c, rng)] as const));
  const urbanCommunities = new WeightedTable(communities.filter((c) => !c.isVillage).map((c) => [c, c.township.unit.kind === 'STREET' ? 3 : 1] as const));

  const demoTownship = townships[0]!;
  const demoCommunity = demoTownship.communities[0]!;
  const { staffUsers, demoLogins } = buildStaff(rng, cityUnit, townships, demoTownship, demoCommunity);

  const orgUnits = [cityUnit, ...townships.map((t) => t.unit), ...communities.map((c) => c.unit)];
  const apiClients: ApiClientRow[] = [{ id: 1, clientId: DEMO_CLIENT_ID, name: DEMO_CLIENT_NAME, scopes: [...DEMO_CLIENT_SCOPES] }];
  return { city: data.city, cityUnit, townships, communities, orgUnits, staffUsers, apiClients, communityAddresses: addressDictionary(communities), homeCommunities, urbanCommunities, demoTownship, demoCommunity, demoLogins };
}

/** Roads and estates repeat across communities (a long road crosses several): placement must cope with that. */
function addressDictionary(communities: CommunityModel[]): CommunityAddressRow[] {
  const rows: CommunityAddressRow[] = [];
  for (const c of communities) {
    const words = new Map<string, CommunityAddressRow['kind']>([[c.unit.name, 'NAME']]);
    for (const road of c.roads) if (!words.has(road)) words.set(road, 'ROAD');
    for (const estate of c.estates) if (!words.has(estate)) words.set(estate, 'ESTATE');
    for (const [keyword, kind] of words) rows.push({ id: rows.length + 1, communityId: c.unit.id, townshipId: c.township.unit.id, kind, keyword });
  }
  return rows;
}

function orgUnit(id: number, code: string, name: string, level: OrgLevel, kind: string | null, parentId: number | null, path: string, address: string, rng: Random): OrgUnitRow {
  // Contact names are filled in from the unit's own staff once they exist.
  return { id, code, name, level, kind, parentId, path, contactName: '', contactPhone: officePhone(rng), address };
}

/** 嵊州 landlines: 0575 area code, 8-digit numbers starting 83. */
function officePhone(rng: Random): string {
  return `0575-83${rng.digits(6)}`;
}

/**
 * Relative number of enterprise retirees registered in a community. Urban street communities
 * (former factory housing) hold the most; town-centre communities fewer; villages the fewest.
 * A random factor keeps neighbours from being identical.
 */
function populationWeight(c: CommunityModel, rng: Random): number {
  const base = !c.isVillage ? (c.township.unit.kind === 'STREET' ? 4 : 2.5) : c.township.unit.kind === 'STREET' ? 0.8 : 0.5;
  return base * rng.logNormal(1, 0.3);
}

function staffName(rng: Random): string {
  const sex: Sex = rng.chance(0.62) ? 'FEMALE' : 'MALE'; // community work is mostly done by women
  return personName(rng, sex, rng.int(1968, 1999));
}

function buildStaff(rng: Random, cityUnit: OrgUnitRow, townships: TownshipModel[], demoTownship: TownshipModel, demoCommunity: CommunityModel): { staffUsers: StaffUserRow[]; demoLogins: DemoLogin[] } {
  const staffUsers: StaffUserRow[] = [];
  const add = (username: string, role: StaffRole, unit: OrgUnitRow, displayName = staffName(rng)): StaffUserRow => {
    const row = { id: staffUsers.length + 1, username, displayName, role, orgUnitId: unit.id };
    staffUsers.push(row);
    return row;
  };
  // Fixed names for the demo logins, so screenshots and guides stay the same for every seed.
  const bureau = add(DEMO_USERNAMES.bureau, 'ADMIN', cityUnit, '周立群');
  add(DEMO_USERNAMES.township, 'ADMIN', demoTownship.unit, '钱晓燕');
  add(DEMO_USERNAMES.community, 'STAFF', demoCommunity.unit, '俞佳琪');
  add(DEMO_USERNAMES.leader, 'VIEWER', cityUnit, '裘国平');
  cityUnit.contactName = bureau.displayName;
  for (const t of townships) {
    t.unit.contactName = add(`admin-${t.unit.code}`, 'ADMIN', t.unit).displayName;
    add(`staff-${t.unit.code}`, 'STAFF', t.unit);
  }
  for (const t of townships) {
    for (const c of t.communities) c.unit.contactName = add(`staff-${c.unit.code}`, 'STAFF', c.unit).displayName;
  }
  const unitOf = (id: number) => [cityUnit, demoTownship.unit, demoCommunity.unit].find((u) => u.id === id)!;
  const demoLogins = staffUsers.slice(0, 4).map((s) => {
    const unit = unitOf(s.orgUnitId);
    return { username: s.username, role: s.role, orgUnit: { name: unit.name, level: unit.level, code: unit.code } };
  });
  return { staffUsers, demoLogins };
}
