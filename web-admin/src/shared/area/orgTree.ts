/** The API lists org units flat, parents before children; screens want a tree. */
export interface FlatOrgUnit {
  id: string;
  parentId?: string | null;
}

export type TreeOf<T> = T & { children: TreeOf<T>[] };

export function buildOrgTree<T extends FlatOrgUnit>(units: readonly T[]): TreeOf<T>[] {
  const byId = new Map<string, TreeOf<T>>();
  for (const unit of units) byId.set(unit.id, { ...unit, children: [] });
  const roots: TreeOf<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // A unit whose parent is outside the viewer's area is a root of what they may see.
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
