/** Renders a SeedSummary as plain-text tables for a terminal (CJK characters count as two columns). */
import type { SeedSummary } from './load.js';

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Columns whose header ends with ':' are right-aligned (numbers). */
function table(headers: string[], rows: string[][]): string {
  const right = headers.map((h) => h.endsWith(':'));
  const labels = headers.map((h) => h.replace(/:$/, ''));
  const widths = labels.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => pad(c, widths[i]!, right[i] ? 'right' : 'left')).join('  ').trimEnd();
  return [line(labels), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const number = (n: number) => n.toLocaleString('en-US');

export function formatSeedSummary(s: SeedSummary): string {
  const demoUsers = s.demoLogins.map((l) => [l.username, l.password, l.role, `${l.orgUnit.name} (${l.orgUnit.level} ${l.orgUnit.code})`]);
  return [
    `Synthetic city 嵊州市 · seed ${s.seed} · today ${s.today} · ${number(s.counts.retiree)} retirees · ${(s.totalMs / 1000).toFixed(1)} s`,
    '',
    'Rows',
    table(['table', 'rows:'], Object.entries(s.counts).map(([t, n]) => [t, number(n)])),
    '',
    'Tasks by status',
    table(['status', 'tasks:'], Object.entries(s.taskStatuses).map(([status, n]) => [status, number(n)])),
    '',
    'Phases',
    table(['phase', 'ms:'], [...s.phases.map((p) => [p.phase, number(p.ms)]), ['total', number(s.totalMs)]]),
    '',
    'Demo staff logins',
    table(['username', 'password', 'role', 'org unit'], demoUsers),
    `  + ${s.unitAccounts.count} unit accounts ${s.unitAccounts.patterns.join(', ')}, password ${s.unitAccounts.password}`,
    '',
    'Demo retiree (retiree app: ID number, then the code sent to the phone)',
    table(['id:', 'name', 'ID number', 'phone', 'community'], [[String(s.demoRetiree.id), s.demoRetiree.name, s.demoRetiree.idNumber, s.demoRetiree.phone, `${s.demoRetiree.community.name} (${s.demoRetiree.community.code})`]]),
    '',
    'Demo API client',
    table(['client id', 'secret', 'scopes'], [[s.demoClient.clientId, s.demoClient.secret, s.demoClient.scopes.join(' ')]]),
  ].join('\n');
}
