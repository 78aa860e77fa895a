import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgLevel, OrgUnit } from './org-unit.entity.js';

export interface OrgNode {
  id: number;
  code: string;
  name: string;
  level: OrgLevel;
  kind: string | null;
  parentId: number | null;
  path: string;
  contactName: string | null;
  contactPhone: string | null;
  address: string | null;
}

/**
 * The org tree held in memory. It is small (one city: a few hundred units), read on nearly every
 * request and changes rarely, so it is a reference table here just as it would be on Citus.
 * Nodes reload it every `maxAgeMs`, and at once after a change made by this process.
 */
export class OrgDirectory {
  private byId = new Map<number, OrgNode>();
  private byCode = new Map<string, OrgNode>();
  private children = new Map<number | null, OrgNode[]>();
  private loadedAt = 0;

  constructor(
    private readonly load: () => Promise<OrgNode[]>,
    private readonly maxAgeMs = 60_000,
  ) {}

  static fromOrm(emFactory: () => EntityManager, maxAgeMs?: number): OrgDirectory {
    return new OrgDirectory(async () => {
      const em = emFactory();
      const units = await em.find(OrgUnit, {}, { orderBy: { path: 'asc' } });
      return units.map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        level: u.level,
        kind: u.kind ?? null,
        parentId: u.parent?.id ?? null,
        path: u.path,
        contactName: u.contactName ?? null,
        contactPhone: u.contactPhone ?? null,
        address: u.address ?? null,
      }));
    }, maxAgeMs);
  }

  async refresh(): Promise<void> {
    const nodes = await this.load();
    this.byId = new Map(nodes.map((n) => [n.id, n]));
    this.byCode = new Map(nodes.map((n) => [n.code, n]));
    this.children = new Map();
    for (const n of nodes) {
      const siblings = this.children.get(n.parentId) ?? [];
      siblings.push(n);
      this.children.set(n.parentId, siblings);
    }
    this.loadedAt = Date.now();
  }

  /** Reloads in the background when stale; callers never wait on it after the first load. */
  async ensureFresh(): Promise<void> {
    // Empty means the city was not loaded yet (a seed may be running beside us): look again now.
    if (this.loadedAt === 0 || this.byId.size === 0) return this.refresh();
    if (Date.now() - this.loadedAt > this.maxAgeMs) {
      this.loadedAt = Date.now();
      this.refresh().catch(() => {
        this.loadedAt = 0;
      });
    }
  }

  get(id: number): OrgNode | undefined {
    return this.byId.get(id);
  }

  byCodeOf(code: string): OrgNode | undefined {
    return this.byCode.get(code);
  }

  childrenOf(id: number | null): OrgNode[] {
    return this.children.get(id) ?? [];
  }

  all(): OrgNode[] {
    return [...this.byId.values()];
  }

  /** Whether `node` lies in the subtree rooted at `ancestorPath` (inclusive). */
  static contains(ancestorPath: string, node: { path: string }): boolean {
    return node.path.startsWith(ancestorPath);
  }

  /** The nodes of the subtree under `path`, in path order (parents before children). */
  subtree(path: string): OrgNode[] {
    return this.all()
      .filter((n) => n.path.startsWith(path))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * Ids of the units in the subtree under `path`, the unit itself included: the keys `retiree_count`
   * is kept by (a retiree's community, or their township or the city while they wait for placement).
   */
  unitIdsUnder(path: string): number[] {
    return this.all()
      .filter((n) => n.path.startsWith(path))
      .map((n) => n.id);
  }

  /** The township a node belongs to (itself for a township), if any. */
  townshipOf(node: OrgNode): OrgNode | undefined {
    let current: OrgNode | undefined = node;
    while (current && current.level !== OrgLevel.TOWNSHIP) current = current.parentId ? this.get(current.parentId) : undefined;
    return current;
  }
}
