/**
 * Preloaded (`node --import`) into the API process whose SQL the bench captures: writes every
 * statement handed to node-postgres to stdout, exactly as sent, one JSON line each. The ORM's own
 * query log cannot serve: it strips newlines, which glues `union all\nselect` into `union allselect`.
 *
 * Every copy of `pg` is patched as it is loaded (the ORM's driver and the API may each have their
 * own), whether by require or by import.
 */
import Module from 'node:module';

export const MARK = '[bench-sql] ';

const patched = new WeakSet();

function patch(prototype) {
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const query = prototype.query;
  prototype.query = function (config, values, ...rest) {
    const text = typeof config === 'string' ? config : typeof config?.text === 'string' ? config.text : null;
    const params = Array.isArray(values) ? values : Array.isArray(config?.values) ? config.values : [];
    if (text !== null) process.stdout.write(`${MARK}${JSON.stringify({ text, values: params })}\n`);
    return query.call(this, config, values, ...rest);
  };
}

const load = Module._load;
Module._load = function (...args) {
  const exported = load.apply(this, args);
  // node-postgres' entry point: a Client class with a query method next to Pool and types.
  if (exported && typeof exported.Client?.prototype?.query === 'function' && exported.Pool && exported.types) patch(exported.Client.prototype);
  return exported;
};
