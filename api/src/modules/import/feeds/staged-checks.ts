import type pg from 'pg';

/** The ID number as the error report shows it (same rule as masking.ts, in SQL). */
export const MASKED_ID_SQL = (column: string) => `case when length(${column}) = 18 then left(${column}, 6) || '********' || right(${column}, 4) else ${column} end`;

/**
 * Rejects every row whose natural key occurs more than once in the batch: which copy is right
 * cannot be told, so none lands, and each row's error names the others.
 */
export async function rejectDuplicateKeys(
  client: pg.PoolClient,
  options: { batchId: string; cityPath: string; stageTable: string; keyColumns: string[]; field: string; what: string; valueSql: string },
): Promise<void> {
  const key = options.keyColumns.join(', ');
  await client.query(
    `with dup as (
       select ${key}, array_agg(row_no order by row_no) as rows from ${options.stageTable}
        where batch_id = $1 group by ${key} having count(*) > 1
     ), bad as (
       delete from ${options.stageTable} s using dup
        where s.batch_id = $1 and ${options.keyColumns.map((c) => `s.${c} = dup.${c}`).join(' and ')}
       returning s.row_no, dup.rows, ${options.valueSql} as value
     )
     insert into import_error (batch_id, org_path, row_no, field, code, severity, message, value)
     select $1::bigint, $2, row_no, $3, 'DUPLICATE_IN_BATCH', 'ERROR',
            '同一批次中${options.what}重复出现 ' || cardinality(rows) || ' 次（第 ' || array_to_string(rows, '、') || ' 行），均未导入', value
       from bad`,
    [options.batchId, options.cityPath, options.field],
  );
}

/** Removes staged rows the live data refuses (e.g. a payment for nobody we know), reporting each. */
export async function rejectStaged(
  client: pg.PoolClient,
  options: { batchId: string; cityPath: string; stageTable: string; where: string; field: string; code: string; message: string; valueSql: string },
): Promise<void> {
  await client.query(
    `with bad as (
       delete from ${options.stageTable} s where s.batch_id = $1 and ${options.where}
       returning s.row_no, ${options.valueSql} as value
     )
     insert into import_error (batch_id, org_path, row_no, field, code, severity, message, value)
     select $1::bigint, $2, row_no, $3, $4, 'ERROR', $5, value from bad`,
    [options.batchId, options.cityPath, options.field, options.code, options.message],
  );
}
