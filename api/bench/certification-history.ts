/**
 * Puts a year of simulated signs of life (src/simulate/signal-history.ts) into the bench database
 * as the data hub would have matched it: hospital visits and card uses straight into `life_event`
 * (MATCHED to their retiree), death and cremation records into a staging table the replay takes
 * them from as they are registered — the certification query bounds signals by date, but a death
 * record blocks whatever its date, so it must not be there before it arrived.
 */
import pg from 'pg';
import { isoDay } from '../src/seed/calendar.js';
import { copyNullable, copyRows, copyText, type CopyLayout } from '../src/seed/copy.js';
import { dropSecondaryIndexes, recreateSecondaryIndexes } from '../src/seed/deferred-indexes.js';
import type { LifeEventDraft } from '../src/simulate/life-events.js';
import { livingAllYear, signalHistory, type HistoryContext } from '../src/simulate/signal-history.js';

/** Death and cremation records with the day each reached the platform. */
export const DEATH_RECORD_TABLE = 'bench_death_record';

/** What the year was, as the measurement needs it. */
export interface LoadedHistory {
  signals: number;
  deathRecords: number;
  /** Retiree id of everyone ACTIVE on the register → day of death (days since 1970) or null. */
  active: Map<number, number | null>;
  /** ACTIVE retirees already on the register when the year began. */
  activeAllYear: Set<number>;
  /** Of those, alive at the end and seen at least once in the year (the feed's own reach). */
  seenAllYear: number;
  deaths: { retireeId: number; deathDay: number; knownFrom: number | null }[];
  /** Seeded staff visits dated after a death the seed did not know of, removed. */
  visitsAfterDeathRemoved: number;
}

interface Row {
  draft: LifeEventDraft;
  retireeId: number | null;
  orgPath: string;
  match: 'MATCHED' | 'PENDING_REVIEW';
}

const COLUMNS = ['source', 'source_record_id', 'kind', 'id_number', 'name', 'birth_date', 'event_date', 'details', 'retiree_id', 'org_path', 'match_status', 'batch_id'] as const;

function encode(r: Row, batchId: number): string {
  const d = r.draft;
  return `${d.source}\t${copyText(d.sourceRecordId)}\t${d.kind}\t${copyNullable(d.idNumber)}\t${copyText(d.name)}\t${d.birthDate ?? '\\N'}\t${isoDay(d.eventDay)}\t${copyNullable(d.details)}\t${r.retireeId ?? '\\N'}\t${copyText(r.orgPath)}\t${r.match}\t${batchId}`;
}

/**
 * Replaces the shared data of the bench database with the year `ctx` draws, and forgets any
 * certification made so far. Streams: the dense feed holds millions of records.
 */
export async function loadHistory(databaseUrl: string, ctx: HistoryContext): Promise<LoadedHistory> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-certification-load' });
  await client.connect();
  const loaded: LoadedHistory = { signals: 0, deathRecords: 0, active: new Map(), activeAllYear: new Set(), seenAllYear: 0, deaths: [], visitsAfterDeathRemoved: 0 };
  const deathRows: Row[] = [];
  const yearStart = ctx.months[0]!.first;
  try {
    await client.query('begin');
    await client.query(`truncate life_event, life_event_candidate, certification, certification_record`);
    await client.query(`drop table if exists ${DEATH_RECORD_TABLE}`);
    await client.query(
      `create table ${DEATH_RECORD_TABLE} as select ${COLUMNS.join(', ')}, event_date as reported_on from life_event with no data`,
    );
    const batchId = await historyBatch(client, ctx);
    const deferred = await dropSecondaryIndexes(client, ['life_event']);

    function* signalRows(): Generator<Row> {
      for (const h of signalHistory(ctx)) {
        const { row } = h.person;
        if (row.status === 'ACTIVE') {
          loaded.active.set(row.id, h.death?.deathDay ?? null);
          if (h.person.retirementDay <= yearStart) loaded.activeAllYear.add(row.id);
          if (livingAllYear(h, ctx.months) && h.signals.length) loaded.seenAllYear++;
        }
        for (const draft of h.signals) yield { draft, retireeId: row.id, orgPath: row.orgPath, match: 'MATCHED' };
        if (!h.death) continue;
        // The importer matches a record by its ID number; a blank or mistyped one waits in staff review, matched to nobody.
        for (const r of h.death.reports) deathRows.push({ draft: r.draft, retireeId: r.idProblem === 'NONE' ? row.id : null, orgPath: row.orgPath, match: r.idProblem === 'NONE' ? 'MATCHED' : 'PENDING_REVIEW' });
        const known = h.death.reports.filter((r) => r.idProblem === 'NONE').map((r) => r.draft.reportDay);
        loaded.deaths.push({ retireeId: row.id, deathDay: h.death.deathDay, knownFrom: known.length ? Math.min(...known) : null });
      }
    }
    const signalLayout: CopyLayout<Row> = { table: 'life_event', columns: COLUMNS, encode: (r) => `${encode(r, batchId)}\n` };
    loaded.signals = await copyRows(client, signalLayout, signalRows(), { freeze: true });
    const deathLayout: CopyLayout<Row> = { table: DEATH_RECORD_TABLE, columns: [...COLUMNS, 'reported_on'], encode: (r) => `${encode(r, batchId)}\t${isoDay(r.draft.reportDay)}\n` };
    loaded.deathRecords = await copyRows(client, deathLayout, deathRows, { freeze: true });
    await recreateSecondaryIndexes(client, deferred);
    loaded.visitsAfterDeathRemoved = await removeVisitsAfterDeath(client, loaded.deaths);
    await client.query('commit');
    await client.query(`vacuum (analyze) life_event, ${DEATH_RECORD_TABLE}, task_retiree, certification, certification_record`);
    return loaded;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** One import batch the year's records belong to (life_event.batch_id is required). */
async function historyBatch(client: pg.Client, ctx: HistoryContext): Promise<number> {
  const key = `bench-certification-${ctx.sim.seed}-${ctx.sim.retirees}-${ctx.sim.todayIso}-${ctx.signalCoverage}`;
  const { rows } = await client.query<{ id: string }>(
    `insert into import_batch (kind, channel, idempotency_key, content_hash, file_name, status, org_path, received, inserted, updated, unchanged, rejected, warnings, outcome, change_sample, submitted_by, committed_at)
     select 'LIFE_EVENTS', 'API', $1, '-', null, 'COMMITTED', path, 0, 0, 0, 0, 0, 0, '{}', '[]', 'bench:certification', now()
       from org_unit where parent_id is null order by id limit 1
     on conflict (kind, idempotency_key) do update set committed_at = now()
     returning id`,
    [key],
  );
  return Number(rows[0]!.id);
}

/**
 * The seed completed staff visits through `today` to everyone it keeps ACTIVE; the history lets
 * some of them die earlier. A visit to someone already dead cannot have happened, and counting it
 * would be a false certification of the simulation's making, not the model's.
 */
async function removeVisitsAfterDeath(client: pg.Client, deaths: LoadedHistory['deaths']): Promise<number> {
  const { rowCount } = await client.query(
    `delete from task_retiree tr using task t, unnest($1::int[], $2::date[]) as d(retiree_id, death_date)
      where t.id = tr.task_id and tr.retiree_id = d.retiree_id and t.type in ('VISIT', 'CERTIFICATION_VISIT')
        and (t.completed_at at time zone 'Asia/Shanghai')::date >= d.death_date`,
    [deaths.map((d) => d.retireeId), deaths.map((d) => isoDay(d.deathDay))],
  );
  return rowCount ?? 0;
}

