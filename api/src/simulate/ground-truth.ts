/**
 * What really happened in the simulated month, for measuring an importer and a risk scan against:
 * every death with how (and whether) it reached the feeds, every sentence and release, the
 * missing, the profile changes, the intended community of each new retiree and the injected
 * payment anomalies. The platform never reads it.
 */
import type { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { isoDay } from '../seed/calendar.js';
import type { AddressStyle } from './addresses.js';
import type { ReferenceDictionary } from './address-reference.js';
import type { SimulationContext } from './context.js';
import type { Death, IdProblem } from './deaths.js';
import type { Missing, Release, Sentence } from './justice.js';
import type { LifeEventDraft } from './life-events.js';
import type { MonthDraws } from './month.js';
import type { NewRetiree } from './new-retirees.js';
import type { AmountJump } from './payment-anomalies.js';
import type { PersonRef } from './people.js';
import type { FieldChange, ProfileChangeKind } from './profile-changes.js';

interface PersonTruth {
  idNumber: string;
  name: string;
  birthDate: string;
  communityCode: string | null;
  communityName: string | null;
}

interface RecordTruth {
  source: LifeEventSource;
  kind: LifeEventKind;
  sourceRecordId: string;
  eventDate: string;
  /** When the department registered it (not in the file). */
  reportedOn: string;
}

interface DeathRecordTruth extends RecordTruth {
  /** Days from the death to the record's registration. */
  delayDays: number;
  /** The ID column as written: null when blank. */
  idNumberInRecord: string | null;
  idProblem: IdProblem;
  /** Whose number it is instead (OTHER_RETIREES_ID): a living retiree. */
  idHolder: PersonTruth | null;
}

export interface DeathTruth extends PersonTruth {
  deathDate: string;
  /** Died 31–90 days before today, first reported in this month's feed. */
  reportedLate: boolean;
  /** No record of it reached the feed by today (it will come next month). */
  notYetReported: boolean;
  records: DeathRecordTruth[];
  /** Periods the seed paid for months after the death, and their sum in fen. */
  overpaidPeriods: string[];
  overpaidFen: number;
  /** The payment file pays this person for a month after their death. */
  overpaidInPaymentFile: boolean;
}

export interface GroundTruth {
  note: string;
  seed: number;
  retirees: number;
  size: string;
  today: string;
  window: { from: string; to: string };
  paymentPeriod: string;
  deaths: DeathTruth[];
  unknownPersonDeaths: DeathTruth[];
  sentences: (PersonTruth & { sentenceDate: string; crime: string; termMonths: number; suspended: boolean; imprisonmentDate: string | null; expectedReleaseDate: string | null; records: RecordTruth[] })[];
  releases: (PersonTruth & { releaseDate: string; parole: boolean; records: RecordTruth[] })[];
  missing: (PersonTruth & { missingSince: string; records: RecordTruth[] })[];
  profileChanges: (PersonTruth & { kinds: ProfileChangeKind[]; changes: FieldChange[]; residenceCommunityCode: string | null })[];
  newRetirees: {
    idNumber: string;
    name: string;
    birthDate: string;
    addressStyle: AddressStyle;
    hukouAddress: string;
    residenceAddress: string;
    /** Where the platform should place the person (org unit code of the community). */
    intendedCommunityCode: string;
    intendedCommunityName: string;
    intendedTownship: string;
    hukouCommunityCode: string | null;
    residenceCommunityCode: string;
    /** Communities the reference reading of the dictionary finds: 0 unplaceable, 1 exact, more ambiguous. */
    referenceCandidates: number;
    referenceFindsIntended: boolean;
  }[];
  paymentAnomalies: {
    amountJumps: (PersonTruth & { period: string; seededFen: number; fileFen: number })[];
    sharedAccount: { account: string; holder: PersonTruth; sharers: (PersonTruth & { ownAccount: string })[] } | null;
  };
}

function person(p: PersonRef): PersonTruth {
  return { idNumber: p.idNumber, name: p.name, birthDate: p.birthDate, communityCode: p.communityCode, communityName: p.communityName };
}

function record(d: LifeEventDraft): RecordTruth {
  return { source: d.source, kind: d.kind, sourceRecordId: d.sourceRecordId, eventDate: isoDay(d.eventDay), reportedOn: isoDay(d.reportDay) };
}

function death(ctx: SimulationContext, d: Death): DeathTruth {
  return {
    ...person(d.person),
    deathDate: isoDay(d.deathDay),
    reportedLate: d.late,
    notYetReported: d.reports.length === 0,
    records: d.reports.map((r) => ({
      ...record(r.draft),
      delayDays: r.draft.reportDay - d.deathDay,
      idNumberInRecord: r.draft.idNumber,
      idProblem: r.idProblem,
      idHolder: r.idHolder && person(r.idHolder),
    })),
    overpaidPeriods: d.overpaidPeriods,
    overpaidFen: d.overpaidFen,
    overpaidInPaymentFile: d.overpaidPeriods.includes(ctx.paymentPeriod),
  };
}

export function buildGroundTruth(ctx: SimulationContext, draws: MonthDraws, unknown: Death[], newRetirees: NewRetiree[], dictionary: ReferenceDictionary): GroundTruth {
  const byIndex = <T extends { person: PersonRef }>(items: T[]) => [...items].sort((a, b) => a.person.index - b.person.index);
  const shared = draws.anomalies.shared;
  return {
    note: 'Ground truth of a simulated month. The platform never reads this file.',
    seed: ctx.seed,
    retirees: ctx.retirees,
    size: ctx.sizeLabel,
    today: ctx.todayIso,
    window: { from: isoDay(ctx.windowStart), to: ctx.todayIso },
    paymentPeriod: ctx.paymentPeriod,
    deaths: draws.deaths.map((d) => death(ctx, d)),
    unknownPersonDeaths: unknown.map((d) => death(ctx, d)),
    sentences: byIndex(draws.sentences).map((s: Sentence) => ({
      ...person(s.person),
      sentenceDate: isoDay(s.sentenceDay),
      crime: s.crime,
      termMonths: s.termMonths,
      suspended: s.suspended,
      imprisonmentDate: s.imprisonmentDay === null ? null : isoDay(s.imprisonmentDay),
      expectedReleaseDate: s.expectedReleaseDay === null ? null : isoDay(s.expectedReleaseDay),
      records: s.records.map(record),
    })),
    releases: byIndex(draws.releases).map((r: Release) => ({ ...person(r.person), releaseDate: isoDay(r.releaseDay), parole: r.parole, records: r.records.map(record) })),
    missing: byIndex(draws.missing).map((m: Missing) => ({ ...person(m.person), missingSince: isoDay(m.missingSinceDay), records: m.records.map(record) })),
    profileChanges: draws.profileChanges.map((c) => ({
      ...person(c.person),
      kinds: c.kinds, changes: c.changes, residenceCommunityCode: c.residenceCommunityCode,
    })),
    newRetirees: newRetirees.map((n) => {
      const candidates = dictionary.candidates(n.row.hukouAddress!, n.row.residenceAddress!);
      return {
        idNumber: n.row.idNumber,
        name: n.row.name,
        birthDate: n.birthDate,
        addressStyle: n.style,
        hukouAddress: n.row.hukouAddress!,
        residenceAddress: n.row.residenceAddress!,
        intendedCommunityCode: n.intended.unit.code,
        intendedCommunityName: n.intended.unit.name,
        intendedTownship: n.intended.township.unit.name,
        hukouCommunityCode: n.hukouCommunity?.unit.code ?? null,
        residenceCommunityCode: n.residenceCommunity.unit.code,
        referenceCandidates: candidates.length,
        referenceFindsIntended: candidates.length === 1 && candidates[0] === n.intended,
      };
    }),
    paymentAnomalies: {
      amountJumps: draws.anomalies.jumps.map((j: AmountJump) => ({ ...person(j.person), period: j.period, seededFen: j.seededFen, fileFen: j.fileFen })),
      sharedAccount: shared && shared.sharers.length ? { account: shared.account, holder: person(shared.holder), sharers: shared.sharers.map((s) => ({ ...person(s.person), ownAccount: s.ownAccount })) } : null,
    },
  };
}
