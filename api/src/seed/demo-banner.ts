import type pg from 'pg';
import { DEFAULT_DEMO_CLIENT_SECRET, DEFAULT_DEMO_PASSWORD, DEMO_CLIENT_ID, DEMO_RETIREE, DEMO_USERNAMES } from './demo.js';

/**
 * The lines printed at start-up in development: where to go and how to log in as each tier.
 * Passwords are shown only when they are the published defaults (a custom DEMO_PASSWORD stays secret).
 */
export async function demoBanner(pool: pg.Pool, baseUrl: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const { rows: staff } = await pool.query<{ username: string; role: string; unit: string; code: string }>(
    `select s.username, s.role, o.name as unit, o.code from staff_user s join org_unit o on o.id = s.org_unit_id
      where s.is_demo and s.active and s.username = any($1) order by o.path, s.username`,
    [Object.values(DEMO_USERNAMES)],
  );
  if (!staff.length) return [];
  const password = env.DEMO_PASSWORD ? '(DEMO_PASSWORD)' : DEFAULT_DEMO_PASSWORD;
  const secret = env.DEMO_CLIENT_SECRET ? '(DEMO_CLIENT_SECRET)' : DEFAULT_DEMO_CLIENT_SECRET;
  const { rows: retiree } = await pool.query<{ name: string; id_number: string; phone: string; unit: string }>(
    `select r.name, r.id_number, r.phone, o.name as unit from retiree r join org_unit o on o.id = r.community_id where r.id = $1`,
    [DEMO_RETIREE.id],
  );
  const lines = [
    `Retiree app:   ${baseUrl}/          (phone-sized window; demo retiree below)`,
    `Admin console: ${baseUrl}/admin/`,
    `GraphQL API:   ${baseUrl}/graphql`,
    `Demo staff logins (password ${password}):`,
    ...staff.map((s) => `  ${s.username.padEnd(16)} ${s.role.padEnd(7)} ${s.unit} (${s.code})`),
    `  more: admin-<township code>, staff-<township code>, staff-<community code>`,
    `Integrator:    ${DEMO_CLIENT_ID} / ${secret}`,
  ];
  const r = retiree[0];
  if (r) lines.push(`Demo retiree:  ${r.name}, ${r.unit}, ID ${r.id_number}, phone ${r.phone} (the login code appears in this log and as devCode)`);
  return lines;
}
