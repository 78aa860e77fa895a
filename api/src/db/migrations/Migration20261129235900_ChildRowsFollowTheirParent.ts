import { Migration } from '@mikro-orm/migrations';

/**
 * Rows that only make sense with their parent (a case's items and timeline, an alert's recoveries,
 * a batch's errors) are deleted with it — and emptied with it when the seed replaces the city.
 */
const CHILDREN = [
  { table: 'posthumous_case_item', column: 'case_id', parent: 'posthumous_case' },
  { table: 'posthumous_case_event', column: 'case_id', parent: 'posthumous_case' },
  { table: 'risk_recovery', column: 'alert_id', parent: 'risk_alert' },
  { table: 'import_error', column: 'batch_id', parent: 'import_batch' },
];

export class Migration20261129235900_ChildRowsFollowTheirParent extends Migration {
  override async up(): Promise<void> {
    for (const c of CHILDREN) {
      this.addSql(`alter table ${c.table} add constraint ${c.table}_${c.column}_foreign foreign key (${c.column}) references ${c.parent} (id) on update cascade on delete cascade;`);
    }
  }

  override async down(): Promise<void> {
    for (const c of CHILDREN) this.addSql(`alter table ${c.table} drop constraint if exists ${c.table}_${c.column}_foreign;`);
  }
}
