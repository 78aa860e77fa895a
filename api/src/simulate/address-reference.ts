/**
 * A reference reading of a new retiree's addresses against the community address dictionary the
 * platform is meant to hold (per community: its name, its roads, its estates). It only feeds the
 * ground truth — how many communities an address is consistent with — so an importer's placement
 * rate can be compared with what the addresses allow at all. The platform's own matcher decides.
 */
import type { CityModel, CommunityModel, TownshipModel } from '../seed/city.js';

interface Entry {
  community: CommunityModel;
  /** Roads and estates. */
  places: string[];
}

export class ReferenceDictionary {
  private readonly entries: Entry[];
  private readonly townships: TownshipModel[];
  private readonly cityName: string;

  constructor(city: CityModel) {
    this.townships = city.townships;
    this.cityName = city.city.name.replace(/市$/, '');
    this.entries = city.communities.map((community) => ({ community, places: [...community.roads, ...community.estates] }));
  }

  /** Communities the address the platform would read (residence when living elsewhere here, else hukou) points to. */
  candidates(hukouAddress: string, residenceAddress: string): CommunityModel[] {
    const address = residenceAddress !== hukouAddress && this.inCity(residenceAddress) ? residenceAddress : this.inCity(hukouAddress) ? hukouAddress : null;
    if (!address) return [];
    const townships = this.townships.filter((t) => address.includes(t.unit.name));
    const pool = townships.length === 1 ? this.entries.filter((e) => e.community.township === townships[0]) : this.entries;
    const named = pool.filter((e) => address.includes(e.community.unit.name));
    if (named.length) return named.map((e) => e.community);
    return pool.filter((e) => e.places.some((p) => address.includes(p))).map((e) => e.community);
  }

  private inCity(address: string): boolean {
    return address.includes(this.cityName) || this.townships.some((t) => address.includes(t.unit.name));
  }
}
