import type { CertificationStatus } from '../../gql/graphql';

const BADGE_TEXT: Partial<Record<CertificationStatus, string>> = { DUE_SOON: '快到期', EXPIRED: '已过期', NEVER: '未认证' };

/** On the 生存认证 tile while something is to be done: in words, so it never relies on the red alone. */
export function CertificationTileBadge({ certificationStatus }: { certificationStatus?: CertificationStatus }) {
  const text = certificationStatus && BADGE_TEXT[certificationStatus];
  if (!text) return null;
  return <span className="tile__badge">{text}</span>;
}
