/** The bench's markdown report. */
import type { LoopResult } from './load-loop.js';
import type { Scenario } from './scenarios.js';

/** DESIGN.md §8. */
export const BUDGETS = { listP95Ms: 50, listRatio: 0.6, detailStatements: 5, reportP95Ms: 200, loadSeconds: 60 } as const;

export interface ScenarioResult {
  scenario: Scenario;
  graphql: LoopResult;
  raw: LoopResult;
  /** Share of all CPUs used by other processes while the scenario ran (null: unknown). */
  otherCpu: number | null;
  /** CPU milliseconds per request: the API process (GraphQL side), PostgreSQL on each side. */
  cpuMs: { api: number | null; pgGraphql: number | null; pgRaw: number | null; rawClient: number | null };
}

export interface ReportInput {
  startedAt: Date;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; pgSettings: string; loadBefore: number[]; busyBefore: number | null };
  dataset: {
    retirees: number;
    familyMembers: number;
    payments: number;
    changes: number;
    townships: number;
    communities: number;
    tasks: number;
    taskRetirees: number;
    taskEvents: number;
    townshipName: string;
    townshipRetirees: number;
  };
  load: { seconds: number; phases: { phase: string; ms: number }[] } | null;
  options: { concurrency: number; warmupS: number; durationS: number };
  results: ScenarioResult[];
  benchSeconds: number;
  appendix: string[];
}

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '—');
const rps = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const int = (v: number) => v.toLocaleString('en-US');
const cpu = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(0)} %${v > 0.05 ? ' ⚠️' : ''}`);
const cpuMs = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** SQL statements of one request, without `begin`/`commit` (what the §8 budget and api/test/request-cost.test.ts count). */
export function workStatements(statements: readonly string[]): number {
  return statements.filter((s) => !/^(begin|commit|rollback)\b/i.test(s)).length;
}

function statementsCell(s: Scenario): string {
  const counts = [...new Set(s.statements.map(workStatements))].sort((a, b) => a - b);
  return `${counts.join('–')} +2`;
}

export interface Verdict {
  budget: string;
  ok: boolean;
  /** Informational rows are checked against the same targets but carry no budget of their own. */
  informational: boolean;
}

export function verdict(r: ScenarioResult): Verdict {
  const ratio = r.graphql.throughput / r.raw.throughput;
  const clean = r.graphql.errors === 0 && r.raw.errors === 0;
  if (r.scenario.kind === 'detail') {
    const worst = Math.max(...r.scenario.statements.map(workStatements));
    return { budget: `≤ ${BUDGETS.detailStatements} statements`, ok: clean && worst <= BUDGETS.detailStatements, informational: false };
  }
  if (r.scenario.kind === 'report') {
    return { budget: `cockpit: p95 ≤ ${BUDGETS.reportP95Ms} ms`, ok: clean && r.graphql.p95 <= BUDGETS.reportP95Ms, informational: false };
  }
  // The inbox badges load with the inbox list: its latency budget, a single count has no throughput ratio to speak of.
  if (r.scenario.kind === 'task-counts') {
    return { budget: `p95 ≤ ${BUDGETS.listP95Ms} ms (with the list)`, ok: clean && r.graphql.p95 <= BUDGETS.listP95Ms, informational: false };
  }
  const ok = clean && r.graphql.p95 <= BUDGETS.listP95Ms && ratio >= BUDGETS.listRatio;
  return { budget: r.scenario.filtered ? `p95 ≤ ${BUDGETS.listP95Ms} ms, ≥ ${BUDGETS.listRatio}× raw` : '(same, informational)', ok, informational: !r.scenario.filtered };
}

export function renderReport(input: ReportInput): string {
  const { machine: m, dataset: d, options: o } = input;
  const stamp = input.startedAt.toISOString().replace('T', ' ').slice(0, 16);
  const lines: string[] = [];
  lines.push(`# Benchmark · retiree list and detail, task inbox, performance report · ${stamp} UTC`, '');
  lines.push(`- **Machine**: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(1)} GiB RAM, Node ${m.node}, ${m.postgres}`);
  lines.push(`- **PostgreSQL settings**: ${m.pgSettings}`);
  const busy = m.busyBefore === null ? '' : `, CPU busy in the second before: ${(m.busyBefore * 100).toFixed(0)} %`;
  lines.push(`- **Before the run**: load average ${m.loadBefore.map((v) => v.toFixed(2)).join(' / ')}${busy}`);
  lines.push(
    `- **Dataset**: ${int(d.retirees)} retirees, ${int(d.familyMembers)} family members, ${int(d.payments)} payments, ${int(d.changes)} history rows; ${int(d.tasks)} tasks (${int(d.taskRetirees)} retiree links, ${int(d.taskEvents)} timeline events); ${d.townships} townships, ${d.communities} communities; ${d.townshipName}: ${int(d.townshipRetirees)} retirees`,
  );
  if (input.load) {
    const phases = input.load.phases.filter((p) => p.ms >= 100).map((p) => `${p.phase} ${(p.ms / 1000).toFixed(1)} s`).join(', ');
    lines.push(`- **Load** (seedCity into a fresh database): **${input.load.seconds.toFixed(1)} s** (budget ≤ ${BUDGETS.loadSeconds} s ${mark(input.load.seconds <= BUDGETS.loadSeconds)}) — ${phases}`);
  } else {
    lines.push('- **Load**: database reused (`--reuse`), load not measured');
  }
  lines.push(
    `- **Method**: API built and run as its own process (\`node api/dist/src/main.js\`, NODE_ENV=development, LOG_LEVEL=warn, jobs off); ${o.concurrency} closed-loop clients over keep-alive HTTP; ${o.warmupS} s warm-up then ${o.durationS} s measured per side. **Raw** = the very statements the API sent for that request (captured as sent to node-postgres, \`begin\` … \`commit\` included), replayed with \`pg\` from a pool of ${o.concurrency} connections at the same concurrency. Latencies in ms, measured by the client.`,
  );
  lines.push(`- **Bench wall time**: ${(input.benchSeconds / 60).toFixed(1)} min`, '');

  lines.push('| # | scenario | actor | SQL/req | GraphQL p50 | p95 | p99 | req/s | raw p50 | p95 | p99 | req/s | GraphQL/raw | CPU ms/req: API · pg client · PG (GraphQL / raw) | budget (§8) | result | other CPU |');
  lines.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|:---:|---:|');
  input.results.forEach((r, i) => {
    const g = r.graphql;
    const w = r.raw;
    const v = verdict(r);
    const result = v.informational ? `(${mark(v.ok)})` : mark(v.ok);
    lines.push(
      `| ${i + 1} | ${r.scenario.title} | ${r.scenario.actor} | ${statementsCell(r.scenario)} | ${ms(g.p50)} | **${ms(g.p95)}** | ${ms(g.p99)} | ${rps(g.throughput)} | ${ms(w.p50)} | ${ms(w.p95)} | ${ms(w.p99)} | ${rps(w.throughput)} | **${(g.throughput / w.throughput).toFixed(2)}** | ${cpuMs(r.cpuMs.api)} · ${cpuMs(r.cpuMs.rawClient)} · ${cpuMs(r.cpuMs.pgGraphql)} / ${cpuMs(r.cpuMs.pgRaw)} | ${v.budget} | ${result} | ${cpu(r.otherCpu)} |`,
    );
  });
  lines.push('');
  lines.push(
    'SQL/req: statements per request without `begin`/`commit` (+2). Budgeted rows: filtered list pages (the task inbox is one), the detail page, the inbox counts (p95 as a list) and the performance report (p95 as a cockpit chart); the other list pages are checked against the list targets for information only. CPU ms/req: CPU time per request (warm-up included) of the API process; of the bench process replaying the same SQL with `pg` (the driver-only cost of those statements); and of PostgreSQL (postmaster and all its backends) while serving the GraphQL side / the raw side; 10 ms tick resolution over the whole run. Other CPU: share of both CPUs used by processes other than the bench, the API and PostgreSQL while the row was measured (⚠️ above 5 %: disturbed; such a row is measured a second time and the quieter run kept).',
  );
  const errors = input.results.filter((r) => r.graphql.errors || r.raw.errors);
  for (const r of errors) {
    lines.push(`- ⚠️ ${r.scenario.title}: ${r.graphql.errors} GraphQL errors (${r.graphql.firstError ?? '—'}), ${r.raw.errors} raw errors (${r.raw.firstError ?? '—'})`);
  }
  const budgeted = input.results.map(verdict).filter((v) => !v.informational);
  const loadOk = !input.load || input.load.seconds <= BUDGETS.loadSeconds;
  lines.push('', `**Budgets: ${budgeted.every((v) => v.ok) && loadOk ? 'all met ✅' : 'not all met ❌'}**`);
  if (input.appendix.length) lines.push('', ...input.appendix);
  return `${lines.join('\n')}\n`;
}

/** The captured SQL of every scenario (first body), for the record. */
export function sqlAppendix(results: ScenarioResult[]): string[] {
  const out = ['<details><summary>SQL each request ran (captured as sent to node-postgres)</summary>', ''];
  for (const r of results) {
    out.push(`**${r.scenario.title}**`, '', '```sql', ...(r.scenario.statements[0] ?? []).map((s) => `${s};`), '```', '');
  }
  out.push('</details>');
  return out;
}
