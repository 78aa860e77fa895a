/**
 * The demo accounts and the demo retiree the seed creates: fixed for every seed, so README,
 * guides and tests can name them. Default credentials are public on purpose; DEMO_PASSWORD and
 * DEMO_CLIENT_SECRET override them for a shared demo server.
 */
export const DEFAULT_DEMO_PASSWORD = 'demo2026';
export const DEFAULT_DEMO_CLIENT_SECRET = 'demo-integrator-secret';

/** Staff logins (all with the demo password). Per-unit accounts follow the patterns below. */
export const DEMO_USERNAMES = {
  bureau: 'demo-bureau', // ADMIN of the city bureau
  township: 'demo-township', // ADMIN of 剡湖街道 (330683001)
  community: 'demo-community', // STAFF of 新北社区, the first community of 剡湖街道
  leader: 'leader-city', // VIEWER at the city
} as const;
/** `admin-<township code>`, `staff-<township code>`, `staff-<community code>`. */
export const UNIT_ACCOUNT_PATTERNS = ['admin-<township code>', 'staff-<township code>', 'staff-<community code>'] as const;

export const DEMO_CLIENT_ID = 'demo-integrator';
export const DEMO_CLIENT_NAME = '演示集成方（省集中系统/数据高铁/浙里办）';
export const DEMO_CLIENT_SCOPES = ['retiree:read', 'ingest:retiree', 'ingest:life-event', 'ingest:payment', 'face-auth', 'case:callback'];

/** Retiree id 1, in demo-community's community; logs in to the retiree app with this phone. */
export const DEMO_RETIREE = {
  id: 1,
  name: '俞秀英',
  birthDate: '1962-03-08',
  phone: '13800000001',
  road: '北直街18号',
  employer: '嵊州市领带厂',
  /** Monthly pension before this year's adjustment, in fen. */
  basePension: 321_650,
} as const;

export function demoCredentialsFromEnv(env: NodeJS.ProcessEnv = process.env): { demoPassword: string; demoClientSecret: string } {
  return {
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    demoClientSecret: env.DEMO_CLIENT_SECRET || DEFAULT_DEMO_CLIENT_SECRET,
  };
}
