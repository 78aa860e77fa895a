/** Integer fen → "3,216.50 元". Integer arithmetic only: no floating-point cents. */
export function formatMoney(fen: number): string {
  const abs = Math.abs(Math.round(fen));
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${yuan}.${cents} 元`;
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026-11-08" (LocalDate) or an ISO timestamp (shown in Asia/Shanghai) → "2026年11月8日". */
export function formatDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : shanghaiDay.format(new Date(value));
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Pension period "2026-11" → "2026年11月". */
export function formatPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${y}年${m}月`;
}

/** Phone number for a tel: link: keep digits, + and the visual separator -. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+-]/g, '')}`;
