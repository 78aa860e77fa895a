import { ApartmentOutlined, AuditOutlined, CheckSquareOutlined, ExceptionOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { CarryOutOutlined, SendOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { ContactsOutlined, SwapOutlined, TrophyOutlined } from '@ant-design/icons';
import { CloudUploadOutlined, FileSearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { AlertOutlined, SolutionOutlined } from '@ant-design/icons';
import { PauseCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { OrgLevel } from '../gql/graphql';
import type { Permission, Viewer } from './auth';

/** Side-menu sections, in menu order. */
export const MENU_GROUPS = [
  { key: 'tasks', label: '工作任务' },
  { key: 'people', label: '人员管理' },
  { key: 'management', label: '社会化管理' },
  { key: 'confirmation', label: '信息确认' },
  { key: 'eligibility', label: '待遇资格' },
  { key: 'risk', label: '风险防控' },
  { key: 'data', label: '数据接入' },
  { key: 'security', label: '安全审计' },
  { key: 'system', label: '系统管理' },
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number]['key'];

export interface AppRoute {
  /** Stable key: menu key and breadcrumb parent reference. */
  key: string;
  /** Path inside the console (the router adds the `/admin` basename). */
  path: string;
  /** Menu label, breadcrumb and page title. */
  title: string;
  /** Permission the page needs; without it the menu item is hidden and the route answers 403. */
  permission: Permission;
  page: LazyExoticComponent<ComponentType>;
  /** Shown in the side menu under this group; pages without one are reached by links. */
  menu?: { group: MenuGroup; icon: ReactNode };
  /** Key of the route this one sits under, for the breadcrumb and the selected menu item. */
  parent?: string;
  /** The page lists things by area: the header shows the area selector (`?org=`). */
  usesArea?: boolean;
  /** Only staff of these tiers may open it (on top of the permission), e.g. placements are for townships and the bureau. */
  levels?: readonly OrgLevel[];
  /** The 403 page's explanation, when the generic one would leave people guessing. */
  forbiddenText?: string;
}

/** The viewer may open the route: they hold its permission and, when it names tiers, belong to one. */
export function mayOpen(route: AppRoute, { can, viewer }: { can: (permission?: Permission) => boolean; viewer: Viewer | null }): boolean {
  if (!can(route.permission)) return false;
  return !route.levels || (!!viewer?.orgUnit && route.levels.includes(viewer.orgUnit.level));
}

/**
 * The one route table: the router, the side menu, the breadcrumbs and the permission checks all
 * read it. A new page is one entry here and one folder under `src/features/`.
 */
export const ROUTES: AppRoute[] = [
  {
    key: 'retirees',
    path: '/retirees',
    title: '退休人员',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'people', icon: <TeamOutlined /> },
    page: lazy(() => import('../features/retiree/RetireeListPage')),
  },
  {
    key: 'retiree',
    path: '/retirees/:id',
    title: '人员详情',
    permission: 'retiree:read',
    parent: 'retirees',
    page: lazy(() => import('../features/retiree/RetireeDetailPage')),
  },
  {
    key: 'disputes',
    path: '/disputes',
    title: '信息确认异议',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'confirmation', icon: <ExceptionOutlined /> },
    page: lazy(() => import('../features/confirmation/DisputeListPage')),
  },
  {
    key: 'confirmation',
    path: '/confirmation',
    title: '信息确认完成情况',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'confirmation', icon: <CheckSquareOutlined /> },
    page: lazy(() => import('../features/confirmation/ConfirmationStatsPage')),
  },
  {
    key: 'audit',
    path: '/audit',
    title: '审计日志',
    permission: 'audit:read',
    menu: { group: 'security', icon: <AuditOutlined /> },
    page: lazy(() => import('../features/audit/AuditLogPage')),
  },
  {
    key: 'staff',
    path: '/staff',
    title: '工作人员账号',
    permission: 'staff:manage',
    usesArea: true,
    menu: { group: 'system', icon: <UserSwitchOutlined /> },
    page: lazy(() => import('../features/staff/StaffListPage')),
  },
  {
    key: 'org',
    path: '/org',
    title: '组织架构',
    permission: 'retiree:read',
    menu: { group: 'system', icon: <ApartmentOutlined /> },
    page: lazy(() => import('../features/org-unit/OrgTreePage')),
  },
  {
    key: 'imports',
    path: '/imports',
    title: '导入批次',
    permission: 'import:manage',
    forbiddenText: '数据导入由市人社局工作人员办理。导入的结果在「共享数据核对」（镇街、社区）和「待分配社区」（镇街）中处理。',
    menu: { group: 'data', icon: <CloudUploadOutlined /> },
    page: lazy(() => import('../features/import/ImportBatchListPage')),
  },
  {
    key: 'imports-upload',
    path: '/imports/upload',
    title: '上传文件',
    permission: 'import:manage',
    forbiddenText: '数据导入由市人社局工作人员办理。',
    parent: 'imports',
    page: lazy(() => import('../features/import/ImportUploadPage')),
  },
  {
    key: 'import',
    path: '/imports/:id',
    title: '批次详情',
    permission: 'import:manage',
    forbiddenText: '数据导入由市人社局工作人员办理。',
    parent: 'imports',
    page: lazy(() => import('../features/import/ImportBatchDetailPage')),
  },
  {
    key: 'life-event-reviews',
    path: '/life-event-reviews',
    title: '共享数据核对',
    permission: 'task:work',
    usesArea: true,
    menu: { group: 'data', icon: <FileSearchOutlined /> },
    page: lazy(() => import('../features/life-event/LifeEventReviewPage')),
  },
  {
    key: 'placements',
    path: '/placements',
    title: '待分配社区',
    permission: 'task:work',
    usesArea: true,
    levels: ['CITY', 'TOWNSHIP'],
    forbiddenText: '新退休人员的管理社区由镇街（或市人社局）分配。',
    menu: { group: 'data', icon: <UserAddOutlined /> },
    page: lazy(() => import('../features/import/PlacementListPage')),
  },
  {
    key: 'certification',
    path: '/certification',
    title: '生存认证',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'eligibility', icon: <SafetyCertificateOutlined /> },
    page: lazy(() => import('../features/certification/CertificationPage')),
  },
  {
    key: 'payment-suspensions',
    path: '/payment-suspensions',
    title: '暂停发放',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'eligibility', icon: <PauseCircleOutlined /> },
    page: lazy(() => import('../features/suspension/PaymentSuspensionListPage')),
  },
  {
    key: 'payment-suspension',
    path: '/payment-suspensions/:id',
    title: '暂停发放详情',
    permission: 'retiree:read',
    parent: 'payment-suspensions',
    page: lazy(() => import('../features/suspension/PaymentSuspensionDetailPage')),
  },
  {
    key: 'risk-alerts',
    path: '/risk-alerts',
    title: '基金风险预警',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'risk', icon: <AlertOutlined /> },
    page: lazy(() => import('../features/risk/RiskAlertListPage')),
  },
  {
    key: 'risk-alert',
    path: '/risk-alerts/:id',
    title: '预警详情',
    permission: 'retiree:read',
    parent: 'risk-alerts',
    page: lazy(() => import('../features/risk/RiskAlertDetailPage')),
  },
  {
    key: 'posthumous-cases',
    path: '/posthumous-cases',
    title: '身后一件事',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'risk', icon: <SolutionOutlined /> },
    page: lazy(() => import('../features/posthumous/PosthumousCaseListPage')),
  },
  {
    key: 'posthumous-case',
    path: '/posthumous-cases/:id',
    title: '办理详情',
    permission: 'retiree:read',
    parent: 'posthumous-cases',
    page: lazy(() => import('../features/posthumous/PosthumousCaseDetailPage')),
  },
  // Work tasks come last in the table (the console still opens on 退休人员) but first in the menu.
  {
    key: 'tasks',
    path: '/tasks',
    title: '我的待办',
    permission: 'retiree:read',
    menu: { group: 'tasks', icon: <CarryOutOutlined /> },
    page: lazy(() => import('../features/task/TaskInboxPage')),
  },
  {
    key: 'tasks-assigned',
    path: '/tasks/assigned',
    title: '派发的任务',
    permission: 'retiree:read',
    menu: { group: 'tasks', icon: <SendOutlined /> },
    page: lazy(() => import('../features/task/AssignedTasksPage')),
  },
  {
    key: 'tasks-bulk',
    path: '/tasks/bulk',
    title: '批量派发',
    permission: 'task:work',
    parent: 'tasks-assigned',
    page: lazy(() => import('../features/task/BulkAssignPage')),
  },
  {
    key: 'task',
    path: '/tasks/:id',
    title: '任务详情',
    permission: 'retiree:read',
    parent: 'tasks',
    page: lazy(() => import('../features/task/TaskDetailPage')),
  },
  {
    key: 'transfers',
    path: '/transfers',
    title: '社区转移',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'management', icon: <SwapOutlined /> },
    page: lazy(() => import('../features/transfer/TransferListPage')),
  },
  {
    key: 'transfer',
    path: '/transfers/:id',
    title: '转移申请',
    permission: 'retiree:read',
    parent: 'transfers',
    page: lazy(() => import('../features/transfer/TransferDetailPage')),
  },
  {
    key: 'family',
    path: '/family',
    title: '家庭成员信息库',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'management', icon: <ContactsOutlined /> },
    page: lazy(() => import('../features/family/FamilyMemberListPage')),
  },
  {
    key: 'performance',
    path: '/performance',
    title: '工作绩效评价',
    permission: 'retiree:read',
    usesArea: true,
    menu: { group: 'management', icon: <TrophyOutlined /> },
    page: lazy(() => import('../features/performance/PerformancePage')),
  },
];

export const ROUTE_BY_KEY = new Map(ROUTES.map((r) => [r.key, r]));

/** The route and its ancestors, outermost first. */
export function routeTrail(route: AppRoute): AppRoute[] {
  const trail: AppRoute[] = [];
  for (let r: AppRoute | undefined = route; r; r = r.parent ? ROUTE_BY_KEY.get(r.parent) : undefined) trail.unshift(r);
  return trail;
}

/** The menu entry a route highlights: itself, or the nearest ancestor in the menu. */
export function menuKeyOf(route: AppRoute): string | undefined {
  return routeTrail(route)
    .reverse()
    .find((r) => r.menu)?.key;
}
