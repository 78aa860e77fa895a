import type { ImportKind } from '../../gql/graphql';
import type { TagColor } from '../../shared/format';

/** Which outcome numbers a feed has (the others are always 0 for it). */
export type OutcomeKey = 'placedInCommunity' | 'awaitingPlacement' | 'matched' | 'pendingReview' | 'unmatched';

interface FeedInfo {
  label: string;
  /** One line on what the feed is, for the upload page. */
  description: string;
  /** The feed's segment in `POST /imports/:feed` and `GET /imports/templates/:feed.csv`. */
  path: 'retirees' | 'life-events' | 'payments';
  /** The outcome numbers, as a committed batch reports them (`label`) and as a preview predicts them (`previewLabel`). */
  outcome: readonly { key: OutcomeKey; label: string; previewLabel: string }[];
}

/** 导入数据类型 */
export const IMPORT_KIND: Record<ImportKind, FeedInfo> = {
  RETIREES: {
    label: '退休人员信息',
    description: '省集中系统导出的新退休人员与信息变更，按身份证号码新增或更新。',
    path: 'retirees',
    outcome: [
      { key: 'placedInCommunity', label: '已按地址纳入社区', previewLabel: '将按地址纳入社区' },
      { key: 'awaitingPlacement', label: '待分配社区', previewLabel: '将交镇街分配' },
    ],
  },
  LIFE_EVENTS: {
    label: '共享数据（生存状态）',
    description: '公安、民政、法院、卫健等部门共享的死亡、火化、服刑、就医等记录，按身份证号码匹配到人。',
    path: 'life-events',
    outcome: [
      { key: 'matched', label: '已匹配', previewLabel: '将匹配到人' },
      { key: 'pendingReview', label: '待人工核对', previewLabel: '将待人工核对' },
      { key: 'unmatched', label: '查无此人', previewLabel: '查无此人' },
    ],
  },
  PENSION_PAYMENTS: {
    label: '养老金发放明细',
    description: '银行或社保经办的月度发放明细（金额以元为单位），按人员和发放期间新增或更新。',
    path: 'payments',
    outcome: [],
  },
};

export const IMPORT_KINDS = Object.keys(IMPORT_KIND) as ImportKind[];

export const IMPORT_KIND_OPTIONS = IMPORT_KINDS.map((value) => ({ value, label: IMPORT_KIND[value].label }));

/** 导入批次状态 */
export const IMPORT_STATUS: Record<string, { label: string; color: TagColor }> = {
  PREVIEW: { label: '待确认导入', color: 'warning' },
  COMMITTED: { label: '已导入', color: 'success' },
  DISCARDED: { label: '已放弃', color: 'default' },
};

export const IMPORT_STATUS_OPTIONS = Object.entries(IMPORT_STATUS).map(([value, { label }]) => ({ value, label }));

/** 接入方式 */
export const IMPORT_CHANNEL_LABEL: Record<string, string> = { API: '接口', FILE: '文件' };

/** 变更预览的动作 */
export const CHANGE_ACTION: Record<string, { label: string; color: string }> = {
  INSERT: { label: '新增', color: 'green' },
  UPDATE: { label: '更新', color: 'blue' },
};

/** How long a batch took: "850 毫秒", "12.4 秒", "3 分 05 秒". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '—';
  if (ms < 1000) return `${ms} 毫秒`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} 秒`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} 分 ${String(seconds % 60).padStart(2, '0')} 秒`;
}

export const formatCount = (n: number): string => n.toLocaleString('zh-CN');
