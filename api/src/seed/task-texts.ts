/**
 * What the synthetic city's work tasks say: campaigns the bureau runs every year, the bulk
 * assignments townships make, one-off tasks, and the words staff write back (feedback, returns,
 * evaluations). Titles name no person: a title is seen all the way up the chain.
 */
import type { TaskPriority, TaskType } from './rows.js';

/** Whom a bulk assignment picks, as the console's bulk form can (status as it was on that day). */
export interface TaskCriteria {
  minAge?: number;
  maxAge?: number;
  gender?: 'MALE' | 'FEMALE';
  /** Default ACTIVE. */
  status?: 'ACTIVE' | 'SUSPENDED' | 'DECEASED';
  /** SUSPENDED / DECEASED: only those whose status changed within this many days before. */
  withinDays?: number;
}

export interface BatchTemplate {
  type: TaskType;
  title: string;
  instructions: string;
  criteria: TaskCriteria;
  dueDays: number;
  priority?: TaskPriority;
}

/** The bureau's yearly city-wide campaigns, by month and day (moved to the next working day). */
export const BUREAU_CAMPAIGNS: (BatchTemplate & { monthDay: string })[] = [
  { monthDay: '01-12', type: 'VISIT', title: '春节走访慰问 90 岁以上老人', instructions: '春节前逐户走访 90 岁以上退休老人，送上慰问金和慰问品，了解身体和生活情况，拍照留存并填写走访记录。', criteria: { minAge: 90 }, dueDays: 18, priority: 'HIGH' },
  { monthDay: '02-24', type: 'DATA_CHECK', title: '核实 98 岁以上老人生存状况', instructions: '请逐一见面核实本社区 98 岁以上退休人员的生存状况，无法见面的说明原因。', criteria: { minAge: 98 }, dueDays: 15 },
  { monthDay: '03-09', type: 'DATA_CHECK', title: '核实长期未领取养老金人员', instructions: '以下人员养老金已暂停发放或长期未领取，请核实本人现状（居住地、联系方式、是否出境或服刑），如实反馈。', criteria: { status: 'SUSPENDED' }, dueDays: 15 },
  { monthDay: '04-20', type: 'VISIT', title: '走访慰问 95 岁以上高龄老人', instructions: '走访 95 岁以上高龄老人，了解生活照料和健康需求，有困难的及时上报。', criteria: { minAge: 95 }, dueDays: 20 },
  { monthDay: '05-18', type: 'DATA_CHECK', title: '核实 60 岁新退休男职工信息', instructions: '核对新退休人员的居住地址、联系电话和银行账户，信息有误的在系统中更正。', criteria: { minAge: 60, maxAge: 60, gender: 'MALE' }, dueDays: 20 },
  { monthDay: '06-08', type: 'DATA_CHECK', title: '核实近期死亡人员待遇停发情况', instructions: '以下人员近期已死亡，请核实死亡日期并告知家属丧葬补助金、抚恤金申领事宜，多发待遇须追回。', criteria: { status: 'DECEASED', withinDays: 120 }, dueDays: 10, priority: 'HIGH' },
  { monthDay: '07-13', type: 'VISIT', title: '走访 90 岁以上老人（高温慰问）', instructions: '高温期间走访 90 岁以上老人，提醒防暑降温，送上清凉慰问品。', criteria: { minAge: 90 }, dueDays: 14 },
  { monthDay: '08-17', type: 'DATA_CHECK', title: '核实 50 岁新退休女职工信息', instructions: '核对新退休人员的居住地址、联系电话和银行账户，信息有误的在系统中更正。', criteria: { minAge: 50, maxAge: 50, gender: 'FEMALE' }, dueDays: 20 },
  { monthDay: '09-07', type: 'DATA_CHECK', title: '核实暂停发放人员情况', instructions: '请核实暂停发放人员目前的情况，符合恢复发放条件的告知其办理恢复手续。', criteria: { status: 'SUSPENDED' }, dueDays: 15 },
  { monthDay: '10-12', type: 'VISIT', title: '重阳节走访慰问 90 岁以上老人', instructions: '重阳节前后走访 90 岁以上老人，送上节日祝福和慰问品，填写走访记录并上传照片。', criteria: { minAge: 90 }, dueDays: 14, priority: 'HIGH' },
  { monthDay: '12-07', type: 'DATA_CHECK', title: '核实年度死亡人员待遇停发情况', instructions: '核实本年度死亡人员的待遇停发情况，确认无多发、冒领。', criteria: { status: 'DECEASED', withinDays: 365 }, dueDays: 15 },
];

/** The bureau's recent campaign in the demo (its progress is still moving). */
export const DEMO_BUREAU_CAMPAIGN: BatchTemplate = {
  type: 'DATA_CHECK',
  title: '核实 95 岁以上高龄老人生存状况',
  instructions: '请入户见面核实 95 岁以上高龄老人的生存状况和居住情况，无法见面的说明原因并上传佐证材料。',
  criteria: { minAge: 95 },
  dueDays: 20,
};

/** The demo township's batch of the last working day (`month` 1–12): most communities have signed it, a few not yet. */
export function demoTownshipBatch(month: number): BatchTemplate {
  const season = month >= 3 && month <= 5 ? '春季' : month >= 6 && month <= 8 ? '夏季' : month >= 9 && month <= 10 ? '秋季' : '冬季';
  return {
    type: 'VISIT',
    title: `${season}独居高龄老人安全走访`,
    instructions: '走访 80 岁以上老人，检查用电、用气和取暖（防暑）安全，提醒防滑防跌倒，有安全隐患的及时上报。',
    criteria: { minAge: 80 },
    dueDays: 30,
  };
}

/** Bulk assignments townships make over their own communities; `months` limits seasonal ones. */
export const TOWNSHIP_BATCHES: (BatchTemplate & { months?: number[]; weight: number })[] = [
  { type: 'VISIT', title: '走访 90 岁以上老人', instructions: '走访本社区 90 岁以上老人，了解身体和生活情况，填写走访记录。', criteria: { minAge: 90 }, dueDays: 15, weight: 5 },
  { type: 'VISIT', title: '走访 85 岁以上独居老人', instructions: '重点走访独居、空巢的高龄老人，了解生活照料需求，有困难的及时上报。', criteria: { minAge: 85 }, dueDays: 20, weight: 2 },
  { type: 'VISIT', title: '重阳节慰问 80 岁以上老人', instructions: '重阳节期间走访慰问 80 岁以上老人，送上节日慰问品。', criteria: { minAge: 80 }, dueDays: 20, weight: 40, months: [10], priority: 'HIGH' },
  { type: 'VISIT', title: '春节前走访慰问 80 岁以上老人', instructions: '春节前走访慰问 80 岁以上老人，送上新春祝福。', criteria: { minAge: 80 }, dueDays: 20, weight: 30, months: [1, 2], priority: 'HIGH' },
  { type: 'VISIT', title: '三八节走访慰问 80 岁以上女性退休人员', instructions: '三八节前后走访慰问 80 岁以上女性退休人员。', criteria: { minAge: 80, gender: 'FEMALE' }, dueDays: 12, weight: 30, months: [3] },
  { type: 'VISIT', title: '高温天气走访 85 岁以上老人', instructions: '高温天气走访高龄老人，提醒防暑降温，检查空调、风扇等用电安全。', criteria: { minAge: 85 }, dueDays: 10, weight: 25, months: [7, 8] },
  { type: 'DATA_CHECK', title: '核实长期未领取养老金人员', instructions: '核实本社区长期未领取养老金人员的现状，如实反馈。', criteria: { status: 'SUSPENDED' }, dueDays: 12, weight: 4 },
  { type: 'DATA_CHECK', title: '核实已故人员家属联系方式', instructions: '联系近期已故人员的家属，告知丧葬补助金、抚恤金申领事宜，登记家属联系方式。', criteria: { status: 'DECEASED', withinDays: 60 }, dueDays: 10, weight: 4 },
  { type: 'DATA_CHECK', title: '核实 60 岁新退休男职工信息', instructions: '核对新退休人员的居住地址、联系电话和银行账户。', criteria: { minAge: 60, maxAge: 60, gender: 'MALE' }, dueDays: 15, weight: 1 },
  { type: 'DATA_CHECK', title: '核实 50 岁新退休女职工信息', instructions: '核对新退休人员的居住地址、联系电话和银行账户。', criteria: { minAge: 50, maxAge: 50, gender: 'FEMALE' }, dueDays: 15, weight: 2 },
  { type: 'DATA_CHECK', title: '核实 95 岁以上老人生存状况', instructions: '入户见面核实 95 岁以上老人的生存状况。', criteria: { minAge: 95 }, dueDays: 10, weight: 4 },
  { type: 'DATA_CHECK', title: '核实 88 岁老人高龄津贴申领情况', instructions: '核实今年满 88 岁的老人是否已申领高龄津贴，未申领的告知申领办法。', criteria: { minAge: 88, maxAge: 88 }, dueDays: 15, weight: 4 },
];

export interface SingleTemplate {
  type: TaskType;
  /** `n`: retirees linked; `month`: 1–12, month of the day the task is created. */
  title: (n: number, month: number) => string;
  instructions: string;
  /** How many retirees the task names (0: none). */
  retirees: readonly [number, number];
  /** Who may be named; default: active on the day. */
  criteria?: TaskCriteria;
  weight: number;
  priority?: TaskPriority;
}

/** One-off tasks a township hands to one of its communities. */
export const TOWNSHIP_SINGLES: SingleTemplate[] = [
  { type: 'DATA_CHECK', title: () => '核实退休人员居住地址变更', instructions: '系统比对发现该退休人员居住地址可能已变更，请入户或电话核实并更新。', retirees: [1, 1], weight: 12 },
  { type: 'DATA_CHECK', title: () => '核实退休人员银行账户信息', instructions: '该退休人员养老金发放账户有异常，请核实账户状态并告知本人及时处理。', retirees: [1, 1], weight: 8 },
  { type: 'DATA_CHECK', title: () => '核实疑似死亡人员生存状况（数据比对）', instructions: '数据比对提示该人员疑似死亡，请见面核实本人生存状况，情况属实的协助家属办理停发。', retirees: [1, 1], weight: 8, priority: 'HIGH' },
  { type: 'DATA_CHECK', title: (n) => `核实 ${n} 名退休人员联系电话`, instructions: '以下人员登记的联系电话无法接通，请核实并更新。', retirees: [1, 3], weight: 8 },
  { type: 'DATA_CHECK', title: () => '核实异地居住退休人员情况', instructions: '核实以下人员是否长期在外地居住，登记现居住地址和联系方式。', retirees: [1, 2], weight: 6 },
  { type: 'DATA_CHECK', title: () => '核实暂停发放人员情况', instructions: '核实该人员养老金暂停发放的原因及目前情况。', retirees: [1, 1], criteria: { status: 'SUSPENDED' }, weight: 3 },
  { type: 'VISIT', title: () => '走访慰问住院退休人员', instructions: '该退休人员近期住院，请上门或到医院看望慰问，了解困难和需求。', retirees: [1, 1], weight: 10 },
  { type: 'VISIT', title: (n) => (n > 1 ? `走访慰问 ${n} 名困难退休人员` : '走访慰问困难退休人员'), instructions: '走访慰问生活困难的退休人员，了解实际困难，符合条件的协助申请救助。', retirees: [1, 2], weight: 10 },
  { type: 'VISIT', title: () => '走访独居高龄老人', instructions: '走访独居高龄老人，检查居家安全，了解生活照料情况。', retirees: [1, 2], criteria: { minAge: 80 }, weight: 8 },
  { type: 'VISIT', title: () => '看望慰问因病致困退休人员', instructions: '看望因病致困的退休人员，送上慰问金，了解医疗费用负担情况。', retirees: [1, 1], weight: 6 },
  { type: 'GENERAL', title: (_n, month) => `报送 ${month} 月份退休人员管理服务台账`, instructions: '按模板整理本月走访、核实和服务记录，上传台账。', retirees: [0, 0], weight: 6 },
  { type: 'GENERAL', title: () => '张贴养老金领取资格认证宣传资料', instructions: '在社区公告栏、小区出入口张贴资格认证宣传海报，拍照上传。', retirees: [0, 0], weight: 4 },
  { type: 'GENERAL', title: () => '组织退休人员参加健康讲座', instructions: '通知本社区退休人员参加健康讲座，做好签到和现场组织，上传活动照片。', retirees: [0, 0], weight: 4 },
  { type: 'GENERAL', title: () => '更新社区退休人员花名册', instructions: '核对本社区退休人员花名册，补充新退休人员，标注已故、迁出人员。', retirees: [0, 0], weight: 4 },
  { type: 'GENERAL', title: () => '通知退休人员参加年度健康体检', instructions: '电话或上门通知退休人员年度体检的时间和地点，行动不便的登记上门服务需求。', retirees: [0, 0], weight: 4 },
  { type: 'GENERAL', title: () => '开展防范养老诈骗宣传', instructions: '组织一次防范养老诈骗宣传活动，发放宣传资料，上传活动照片。', retirees: [0, 0], weight: 4 },
  { type: 'GENERAL', title: () => '组织退休人员文体活动', instructions: '组织本社区退休人员开展一次文体活动，上传活动照片和参加人数。', retirees: [0, 0], weight: 3 },
  { type: 'GENERAL', title: () => '参加镇街退休人员管理业务培训', instructions: '请社区退休人员管理专干按时参加业务培训，培训后在本社区传达。', retirees: [0, 0], weight: 3 },
];

/** Work the bureau hands to each township. */
export const BUREAU_TO_TOWNSHIP: { title: (month: number) => string; instructions: string; weight: number }[] = [
  { title: (month) => `报送第 ${Math.ceil(month / 3)} 季度退休人员社会化管理工作台账`, instructions: '汇总本镇街各社区的走访、核实和服务情况，按模板报送。', weight: 4 },
  { title: () => '组织开展养老金领取资格认证宣传', instructions: '组织各社区开展资格认证宣传，报送宣传活动照片和覆盖人数。', weight: 2 },
  { title: () => '上报高龄津贴发放对象名册', instructions: '核对本镇街高龄津贴发放对象，报送名册。', weight: 2 },
  { title: () => '参加全市退休人员管理服务业务培训', instructions: '请镇街分管人员和业务骨干参加培训。', weight: 2 },
  { title: () => '开展冒领养老金风险排查', instructions: '组织各社区对长期未见面、异地居住人员开展排查，报送排查结果。', weight: 2 },
  { title: () => '报送退休人员社区转移情况统计', instructions: '统计本镇街本季度社区转移办理情况，报送统计表。', weight: 1 },
  { title: () => '督促社区及时签领、办结任务', instructions: '对签领、办结不及时的社区进行督促，报送整改情况。', weight: 1 },
];

/** Work a township's staff hand to a named colleague. */
export const TOWNSHIP_COLLEAGUE: string[] = ['汇总各社区任务办结情况', '起草季度工作总结', '核对高龄津贴发放名册', '准备社区业务培训材料', '整理本月社区走访记录'];

/** Work a community's staff hand to a named colleague. */
export const COMMUNITY_COLLEAGUE: string[] = ['整理本月走访记录并录入系统', '电话回访新退休人员', '更新社区退休人员花名册', '准备节日慰问物资', '通知老人参加健康体检', '整理暂停发放人员材料'];

export function feedbackFor(type: TaskType, outcome: 'COMPLETED' | 'PARTIAL' | 'UNABLE', n: number, pick: <T>(items: readonly T[]) => T): string | null {
  if (outcome === 'UNABLE') {
    return pick(
      type === 'VISIT'
        ? ['老人已随子女赴外地居住，多次联系未果，已告知家属。', '老人住院治疗中，家属婉拒探视，已电话慰问。']
        : type === 'DATA_CHECK'
          ? ['本人长期在外地居住，家属拒绝提供信息，无法核实，请上级协调。', '多次上门无人，电话无法接通，暂无法核实。']
          : ['因场地原因本月无法组织，已申请延期。'],
    );
  }
  if (outcome === 'PARTIAL') {
    if (type === 'VISIT') return n > 1 ? `已走访 ${n - 1} 位老人，1 位住院（外出），已电话慰问，待回家后补访。` : '老人外出，已电话慰问，待回家后补访。';
    if (type === 'DATA_CHECK') return n > 1 ? `已核实 ${n - 1} 人，1 人暂无法联系，将继续跟进。` : '已联系家属，本人暂未见面，将继续跟进。';
    return '已完成大部分工作，剩余部分下周补报。';
  }
  if (type === 'VISIT') {
    return pick([`已上门走访 ${n} 位老人，送去慰问品，老人身体状况良好，走访记录已上传。`, '已入户走访，与老人及家属交流，了解生活情况，无特殊困难。', `走访完成，${n} 位老人均已见面，已登记联系方式和健康状况。`, null]);
  }
  if (type === 'DATA_CHECK') {
    return pick([`已逐一核实，${n} 人信息与系统一致。`, '已核实，信息有变化的已在系统中更正。', '已电话及入户核实，情况属实，相关材料已上传。', null]);
  }
  return pick(['已按要求完成，材料已报送。', '已完成，相关照片已上传。', '已完成并存档。', null]);
}

export const RETURN_REASONS = ['反馈过于简单，请补充走访照片和记录。', '核实结果与系统数据不一致，请再次核实。', '请补充人员现居住地址及联系电话。', '材料不完整，请按模板重新报送。'];

export const CANCEL_REASONS = ['任务重复派发，予以撤销。', '相关情况已由其他渠道核实，无需办理。', '工作安排调整，任务撤销。'];

/** Evaluation comments by score (null: none written). */
export const EVALUATION_COMMENTS: Record<number, (string | null)[]> = {
  5: ['完成及时，反馈详实。', '走访到位，记录完整。', '工作认真，值得肯定。', null, null],
  4: ['按要求完成。', '完成较好。', null, null],
  3: ['基本完成，反馈材料需更完整。', '完成偏慢，请注意时效。', null],
  2: ['未按期完成，反馈过于简单。'],
  1: ['未按要求办理。'],
};
