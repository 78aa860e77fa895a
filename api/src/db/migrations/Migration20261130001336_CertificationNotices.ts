import { Migration } from '@mikro-orm/migrations';

export class Migration20261130001336_CertificationNotices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "notification_kind" add value if not exists 'CERTIFICATION_DUE' after 'WELCOME';`);
  }

}
