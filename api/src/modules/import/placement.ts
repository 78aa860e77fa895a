/**
 * Zero-trip check-in: which community manages a new retiree, read from their address against the
 * community address dictionary (community names, roads, estates). Only an unambiguous answer
 * places the person; anything else goes to the township (or, when even that is unclear, the bureau).
 */

export interface DictionaryEntry {
  communityId: number;
  townshipId: number;
  keyword: string;
  /** NAME beats ROAD/ESTATE: a community's own name in the address settles it. */
  isName: boolean;
}

export interface TownshipEntry {
  id: number;
  name: string;
}

export interface Placement {
  communityId: number | null;
  townshipId: number | null;
  /** Why the person was not placed in one community (null when placed). */
  note: string | null;
}

export interface AddressPair {
  hukouAddress: string | null;
  residenceAddress: string | null;
}

export class AddressDictionary {
  private readonly byKeyword = new Map<string, DictionaryEntry[]>();
  private readonly lengths: number[];

  constructor(
    private readonly townships: readonly TownshipEntry[],
    entries: readonly DictionaryEntry[],
    /** Words that say an address is in this city (its name, e.g. 嵊州). */
    private readonly cityWords: readonly string[],
  ) {
    for (const e of entries) {
      const list = this.byKeyword.get(e.keyword) ?? [];
      list.push(e);
      this.byKeyword.set(e.keyword, list);
    }
    this.lengths = [...new Set(entries.map((e) => e.keyword.length))].sort((a, b) => b - a);
  }

  /**
   * The residence address when the person lives away from their hukou address in this city,
   * otherwise the hukou address.
   */
  place(person: AddressPair): Placement {
    const hukou = person.hukouAddress?.trim() || null;
    const residence = person.residenceAddress?.trim() || null;
    const livesElsewhere = residence !== null && residence !== hukou && this.inCity(residence);
    const address = livesElsewhere ? residence : hukou && this.inCity(hukou) ? hukou : null;
    if (!address) {
      return { communityId: null, townshipId: null, note: hukou || residence ? '户籍地址和常住地址都不在本市，请市局核实管理社区' : '未提供地址，请市局核实管理社区' };
    }
    return this.placeAddress(address);
  }

  private inCity(address: string): boolean {
    return this.cityWords.some((w) => address.includes(w)) || this.townships.some((t) => address.includes(t.name));
  }

  private placeAddress(address: string): Placement {
    const townshipHits = this.townships.filter((t) => address.includes(t.name));
    const township = townshipHits.length === 1 ? townshipHits[0]! : null;
    const hits = this.keywordsIn(address).filter((e) => !township || e.townshipId === township.id);
    const named = unique(hits.filter((e) => e.isName));
    const streets = unique(hits.filter((e) => !e.isName));
    const settle = (entries: DictionaryEntry[]) => ({ communityId: entries[0]!.communityId, townshipId: entries[0]!.townshipId, note: null });
    if (named.length === 1) return settle(named);
    if (named.length === 0 && streets.length === 1) return settle(streets);

    const candidates = named.length > 1 ? named : streets;
    const words = [...new Set(hits.map((e) => e.keyword))].slice(0, 3).map((w) => `「${w}」`).join('');
    const candidateTownships = new Set(candidates.map((e) => e.townshipId));
    const townshipId = township?.id ?? (candidateTownships.size === 1 ? [...candidateTownships][0]! : null);
    const note = candidates.length > 1
      ? `地址中的${words}对应 ${candidates.length} 个社区，请确认管理社区`
      : township
        ? '地址未能匹配到本镇街的社区，请确认管理社区'
        : townshipHits.length > 1
          ? '地址中出现多个镇街，请市局确认管理社区'
          : '地址未能匹配到镇街和社区，请市局确认管理社区';
    return { communityId: null, townshipId, note };
  }

  /** Every dictionary word found in the address (longest words first at each position). */
  private keywordsIn(address: string): DictionaryEntry[] {
    const found: DictionaryEntry[] = [];
    for (let i = 0; i < address.length; i++) {
      for (const length of this.lengths) {
        if (i + length > address.length) continue;
        const entries = this.byKeyword.get(address.slice(i, i + length));
        if (entries) found.push(...entries);
      }
    }
    return found;
  }
}

/** One entry per community. */
function unique(entries: DictionaryEntry[]): DictionaryEntry[] {
  const byCommunity = new Map<number, DictionaryEntry>();
  for (const e of entries) if (!byCommunity.has(e.communityId)) byCommunity.set(e.communityId, e);
  return [...byCommunity.values()];
}
