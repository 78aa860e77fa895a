import type { ReactNode } from 'react';
import { buttonClass } from '../../shared/Button';
import { PhoneIcon } from '../../shared/icons';
import { telHref } from '../../shared/format';
import './community.css';

export interface Community {
  name: string;
  contactName?: string | null;
  contactPhone?: string | null;
  address?: string | null;
}

/** A new retiree before the township has chosen their community: what is happening, plainly. */
export const PENDING_COMMUNITY = '社区待分配：镇街正在为您安排管理社区';

/** The people who know the retiree: who to call, and where the office is. */
export function CommunityCard({ community, title = '我的社区', children }: { community: Community | null | undefined; title?: string; children?: ReactNode }) {
  if (!community) {
    return (
      <section className="card community" aria-labelledby="community-title">
        <h2 id="community-title" className="card__title">
          {title}
        </h2>
        <p className="community__name community__name--pending">{PENDING_COMMUNITY}</p>
        <p>安排好以后会发消息告诉您，这里也会显示社区的联系人和电话。</p>
      </section>
    );
  }
  return (
    <section className="card community" aria-labelledby="community-title">
      <h2 id="community-title" className="card__title">
        {title}
      </h2>
      <p className="community__name">{community.name}</p>
      {community.contactName && <p>联系人：{community.contactName}</p>}
      {community.address && <p>地址：{community.address}</p>}
      {community.contactPhone ? (
        <a className={buttonClass('primary')} href={telHref(community.contactPhone)}>
          <PhoneIcon />
          打电话给社区
          <span className="nowrap">{community.contactPhone}</span>
        </a>
      ) : (
        <p>社区电话还没有登记，可以到社区办公室找工作人员。</p>
      )}
      {children}
    </section>
  );
}
