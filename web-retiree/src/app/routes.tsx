import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { CertificationIcon } from '../features/certification/CertificationIcon';
import { CertificationTileBadge } from '../features/certification/CertificationTileBadge';
import { FamilyIcon } from '../features/family/FamilyIcon';
import type { CertificationStatus } from '../gql/graphql';
import { ConfirmIcon, MessageIcon, PensionIcon, ProfileIcon } from '../shared/icons';
import { UnreadTileBadge } from './MessagesLink';

/** A tile on the home screen. Only routes that exist can have one, so there are no dead tiles. */
export interface ServiceTile {
  title: string;
  /** One short line under the title, saying what is there. */
  hint: string;
  Icon: ComponentType;
  /** Optional badge inside the tile (the unread messages of 消息, a certification to renew). */
  Badge?: ComponentType<TileBadgeProps>;
}

/** What home knows that a tile's badge may show. */
export interface TileBadgeProps {
  /** Unknown while home loads; NEVER when there is no certification at all. */
  certificationStatus?: CertificationStatus;
}

export interface ScreenRoute {
  path: string;
  Screen: LazyExoticComponent<ComponentType>;
  tile?: ServiceTile;
}

const load = {
  home: () => import('../features/home/HomePage'),
  payments: () => import('../features/payment/PaymentsPage'),
  profile: () => import('../features/profile/ProfilePage'),
  confirmation: () => import('../features/confirmation/ConfirmationPage'),
  certification: () => import('../features/certification/CertificationPage'),
  messages: () => import('../features/notification/MessagesPage'),
  transfer: () => import('../features/transfer/TransferPage'),
  family: () => import('../features/family/FamilyPage'),
  login: () => import('../features/auth/LoginPage'),
};

/**
 * Fetches every screen's chunk (a few kB in all) while the session is being checked, so opening
 * a screen never waits for session → chunk → data one after the other on a slow connection.
 */
export function preloadScreens(): void {
  for (const screen of Object.values(load)) void screen().catch(() => {});
}

/** Screens behind login, each its own chunk. Tiles appear on home in this order. */
export const signedInRoutes: ScreenRoute[] = [
  { path: '/', Screen: lazy(load.home) },
  {
    path: '/payments',
    Screen: lazy(load.payments),
    tile: { title: '我的养老金', hint: '每月到账记录', Icon: PensionIcon },
  },
  {
    path: '/certification',
    Screen: lazy(load.certification),
    tile: { title: '生存认证', hint: '每年认证一次', Icon: CertificationIcon, Badge: CertificationTileBadge },
  },
  {
    path: '/profile',
    Screen: lazy(load.profile),
    tile: { title: '我的信息', hint: '登记的个人信息', Icon: ProfileIcon },
  },
  {
    path: '/confirmation',
    Screen: lazy(load.confirmation),
    tile: { title: '信息确认', hint: '核对登记的信息', Icon: ConfirmIcon },
  },
  {
    path: '/family',
    Screen: lazy(load.family),
    tile: { title: '家庭成员', hint: '家人和紧急联系人', Icon: FamilyIcon },
  },
  // Offered from 我的社区 on home and from 我的信息, next to the community it changes.
  { path: '/transfer', Screen: lazy(load.transfer) },
  {
    path: '/messages',
    Screen: lazy(load.messages),
    tile: { title: '消息', hint: '通知和办理结果', Icon: MessageIcon, Badge: UnreadTileBadge },
  },
];

export const serviceTiles = signedInRoutes.flatMap((r) => (r.tile ? [{ to: r.path, ...r.tile }] : []));

export const LoginScreen = lazy(load.login);
