/** Keeps the embedded PostgreSQL running in the foreground (for psql, the seed and the bench while developing). */
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

const db = await openDatabase(loadConfig(), (m) => console.log(m));
console.log(`embedded PostgreSQL ready: ${db.url}`);
const stop = async () => {
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
