import { DEFAULT_DEMO_CLIENT_SECRET, DEFAULT_DEMO_PASSWORD } from '../../src/seed/demo.js';

/** The city every API test starts from: small enough to clone in a blink, large enough to have every tier populated. */
export const TEST_CITY = { retirees: 3000, seed: 20261129, demoPassword: DEFAULT_DEMO_PASSWORD, demoClientSecret: DEFAULT_DEMO_CLIENT_SECRET };
export const TEMPLATE_DATABASE = 'rp_test_template';
export const DEMO_PASSWORD = DEFAULT_DEMO_PASSWORD;
export const DEMO_CLIENT_SECRET = DEFAULT_DEMO_CLIENT_SECRET;

/** Codes of the seeded city (嵊州市) the tests name. */
export const CITY_CODE = '330683';
export const DEMO_TOWNSHIP_CODE = '330683001';
/** Another township, outside demo-township's area. */
export const OTHER_TOWNSHIP_CODE = '330683002';
