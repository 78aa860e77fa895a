/** Fen as people read it in messages and summaries: `312540` → `3125.40 元`. */
export function formatYuan(fen: number): string {
  return `${(fen / 100).toFixed(2)} 元`;
}
