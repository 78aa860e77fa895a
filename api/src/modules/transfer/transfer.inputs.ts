import { PageOf } from '../../common/page-type.js';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Gender } from '../retiree/retiree.entity.js';
import { CommunityTransfer, TransferStatus } from './community-transfer.entity.js';

export enum TransferDirection {
  /** 转出：从所选区域转走 */
  OUTGOING = 'OUTGOING',
  /** 转入：转到所选区域（转出社区同意后可见） */
  INCOMING = 'INCOMING',
}
registerEnumType(TransferDirection, { name: 'TransferDirection', description: '转出或转入' });

@InputType({ description: '申请社区转移；本人申请时不填 retireeId' })
export class TransferRequestInput {
  @Field(() => ID, { nullable: true, description: '工作人员代为申请时的退休人员' })
  retireeId?: string;

  @Field(() => ID, { description: '转入社区' })
  toCommunityId!: string;

  @Field(() => String, { description: '新居住地址' })
  newAddress!: string;

  @Field(() => String, { description: '转移原因' })
  reason!: string;
}

@InputType({ description: '社区转移查询条件' })
export class TransferFilter {
  @Field(() => [TransferStatus], { nullable: true })
  status?: TransferStatus[];

  @Field(() => TransferDirection, { nullable: true, description: '相对所选区域（不填为本人区域）的转出或转入；不填为两者' })
  direction?: TransferDirection;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string;

  @Field(() => ID, { nullable: true })
  retireeId?: string;
}

@ObjectType('CommunityTransferList')
export class CommunityTransferList extends PageOf(CommunityTransfer) {}

/**
 * The applicant as a transfer shows them: enough for the target community to decide, even
 * before the retiree is theirs (masked like everywhere else).
 */
@ObjectType('TransferApplicant', { description: '转移申请人' })
export class TransferApplicant {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => String)
  birthDate!: string;

  @Field(() => String, { description: '身份证号（脱敏）' })
  idNumberMasked!: string;

  @Field(() => String, { nullable: true, description: '联系电话（脱敏）' })
  phoneMasked!: string | null;
}
