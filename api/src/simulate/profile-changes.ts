/**
 * Profile changes the provincial system sends for existing retirees: the full current row, as
 * the seed loaded it, with one or two fields changed — so an importer sees exactly those changes.
 */
import type { CityModel, CommunityModel } from '../seed/city.js';
import { bankAccountNumber, mobileNumber } from '../seed/identifiers.js';
import { BANKS, MOBILE_PREFIXES } from '../seed/names.js';
import { Random, weighted } from '../seed/random.js';
import type { RetireeRow } from '../seed/rows.js';
import { fullAddress } from './addresses.js';
import type { RetireeFeedRow } from './feed-rows.js';
import type { PersonRef } from './people.js';
import { BANK_SWITCH_SHARE, PROFILE_CHANGE_WEIGHTS, SECOND_CHANGE_SHARE } from './rates.js';
import { SIM_SERIALS } from './serials.js';

export type ProfileChangeKind = keyof typeof PROFILE_CHANGE_WEIGHTS;
type ChangedField = 'residenceAddress' | 'phone' | 'bankName' | 'bankAccount' | 'monthlyPension';

export interface FieldChange {
  field: ChangedField;
  before: string | number | null;
  after: string | number | null;
}

export interface ProfileChange {
  person: PersonRef;
  kinds: ProfileChangeKind[];
  row: RetireeFeedRow;
  changes: FieldChange[];
  /** The community of the new residence address (RESIDENCE changes). */
  residenceCommunityCode: string | null;
}

const KINDS = weighted(PROFILE_CHANGE_WEIGHTS);

/** The feed row exactly as the seed loaded the retiree. */
export function seededFeedRow(row: RetireeRow): RetireeFeedRow {
  return {
    idNumber: row.idNumber,
    name: row.name,
    retirementDate: row.retirementDate,
    employer: row.employer,
    hukouAddress: row.hukouAddress,
    residenceAddress: row.residenceAddress,
    monthlyPension: row.monthlyPension,
    bankName: row.bankName,
    bankAccount: row.bankAccount,
    citizenCardNo: row.citizenCardNo,
    phone: row.phone,
  };
}

/** `home` is the retiree's community; `serial` numbers the month's changes, keeping new phones and accounts unique. */
export function drawProfileChange(rng: Random, city: CityModel, seeded: RetireeRow, home: CommunityModel, who: PersonRef, serial: number): ProfileChange {
  const first = KINDS.pick(rng);
  const kinds: ProfileChangeKind[] = [first];
  if (rng.chance(SECOND_CHANGE_SHARE)) {
    const second = KINDS.pick(rng);
    if (second !== first) kinds.push(second);
  }
  const row = seededFeedRow(seeded);
  let residenceCommunityCode: string | null = null;
  for (const kind of kinds) {
    switch (kind) {
      case 'RESIDENCE': {
        // Mostly a move to town (near the children), sometimes within the same community.
        const community = rng.chance(0.6) ? city.urbanCommunities.pick(rng) : home;
        let address = fullAddress(rng, community);
        while (address === seeded.residenceAddress) address = fullAddress(rng, community);
        row.residenceAddress = address;
        residenceCommunityCode = community.unit.code;
        break;
      }
      case 'PHONE':
        row.phone = mobileNumber(rng.pick(MOBILE_PREFIXES), SIM_SERIALS.CHANGED_PHONE + serial);
        break;
      case 'BANK_ACCOUNT': {
        const bank = rng.chance(BANK_SWITCH_SHARE) ? BANKS.pick(rng) : { name: seeded.bankName, prefix: seeded.bankAccount.slice(0, 6) };
        row.bankName = bank.name;
        row.bankAccount = bankAccountNumber(bank.prefix, rng.digits(3), SIM_SERIALS.CHANGED_ACCOUNT + serial);
        break;
      }
      case 'PENSION': {
        // A correction after an audit of contribution years: a few yuan to a few dozen, either way.
        const yuan = rng.int(5, 60) * (rng.chance(0.5) ? 1 : -1);
        row.monthlyPension = seeded.monthlyPension + yuan * 100;
        break;
      }
    }
  }
  const before = seededFeedRow(seeded);
  const fields: ChangedField[] = ['residenceAddress', 'phone', 'bankName', 'bankAccount', 'monthlyPension'];
  const changes = fields.filter((f) => row[f] !== before[f]).map((field) => ({ field, before: before[field], after: row[field] }));
  return { person: who, kinds, row, changes, residenceCommunityCode };
}
