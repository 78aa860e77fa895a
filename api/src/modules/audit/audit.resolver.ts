import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { AuditAction, AuditLog, SensitiveField } from './audit-log.entity.js';
import { auditService } from './audit.service.js';

@InputType('AuditLogFilter', { description: '审计记录查询条件' })
class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: '被查看数据所属区域（含下级）' })
  orgUnitId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field(() => SensitiveField, { nullable: true })
  field?: SensitiveField;

  @Field(() => ID, { nullable: true })
  retireeId?: string;

  @Field(() => String, { nullable: true, description: '操作人姓名（前缀）' })
  actorName?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

@ObjectType('AuditLogList')
class AuditLogList {
  @Field(() => [AuditLog])
  items!: AuditLog[];

  @Field(() => Int)
  total!: number;

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(Permission.AUDIT_READ)
  @Query(() => AuditLogList, { description: '审计日志：本人管辖区域内的敏感信息查看与导出记录，新的在前' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditLogList> {
    return auditService.list(ctx, filter, limit, after);
  }
}
