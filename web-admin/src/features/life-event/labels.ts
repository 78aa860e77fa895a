import type { TagColor } from '../../shared/format';

/** 共享数据来源部门 */
export const LIFE_EVENT_SOURCE: Record<string, string> = {
  POLICE: '公安局',
  CIVIL_AFFAIRS: '民政局',
  COURT: '法院',
  PROCURATORATE: '检察院',
  JUSTICE: '司法局',
  HEALTH: '卫健局',
  BIG_DATA: '大数据局',
  CITIZEN_CARD: '市民卡中心',
};

/**
 * 共享数据事件类型. Red for those that stop or question the pension (death, custody, missing);
 * the rest are signs of life or entitlements.
 */
export const LIFE_EVENT_KIND: Record<string, { label: string; color: string }> = {
  DEATH: { label: '死亡', color: 'red' },
  CREMATION: { label: '火化', color: 'red' },
  SENTENCE: { label: '判决', color: 'red' },
  IMPRISONMENT: { label: '收监服刑', color: 'red' },
  MISSING: { label: '失踪', color: 'red' },
  RELEASE: { label: '刑满释放', color: 'blue' },
  LOW_INCOME: { label: '低保', color: 'gold' },
  DISABILITY: { label: '残疾', color: 'gold' },
  HOSPITAL_VISIT: { label: '就医', color: 'green' },
  CARD_USE: { label: '市民卡刷卡', color: 'green' },
};

/** 匹配状态 */
export const LIFE_EVENT_MATCH: Record<string, { label: string; color: TagColor }> = {
  MATCHED: { label: '已匹配', color: 'success' },
  CONFIRMED: { label: '人工确认', color: 'success' },
  PENDING_REVIEW: { label: '待核对', color: 'warning' },
  REJECTED: { label: '已排除', color: 'default' },
  UNMATCHED: { label: '查无此人', color: 'default' },
};
