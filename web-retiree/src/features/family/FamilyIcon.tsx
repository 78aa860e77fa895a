/** 家庭成员: two people, one taller. Decorative, always beside its label. */
export const FamilyIcon = () => (
  <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
    <circle cx="8.5" cy="6.5" r="2.8" />
    <path d="M3.5 20v-3.2a5 5 0 0110 0V20" />
    <circle cx="17" cy="10" r="2.2" />
    <path d="M14.8 20v-2.5a3.6 3.6 0 016.2-2.5" />
  </svg>
);
