/** 生存认证: a person with a tick. Decorative, always beside its label. */
export const CertificationIcon = () => (
  <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
    <circle cx="10" cy="7.5" r="3.5" />
    <path d="M3.5 20c.7-3.7 3.3-6 6.5-6 1.3 0 2.5.4 3.5 1" />
    <path d="M14.5 18l2.2 2.2 4.3-4.7" />
  </svg>
);
