import { useEffect, useState } from 'react';

export interface MemberDraft {
  relation: string | null;
  name: string;
  phone: string;
  idNumber: string;
  isEmergencyContact: boolean;
  isNextOfKin: boolean;
}

// In memory only (it can hold a phone or ID number): kept across a detour to home, never stored.
const drafts = new Map<string, MemberDraft>();

/** The form for one member ('new' for a new one), started from `initial`, kept until saved. */
export function useMemberDraft(key: string, initial: () => MemberDraft): [MemberDraft, (update: (draft: MemberDraft) => MemberDraft) => void] {
  const [draft, setDraft] = useState<MemberDraft>(() => drafts.get(key) ?? initial());
  useEffect(() => {
    drafts.set(key, draft);
  }, [key, draft]);
  return [draft, setDraft];
}

export function discardMemberDraft(key: string): void {
  drafts.delete(key);
}

/** Tests: a fresh start. */
export function clearMemberDrafts(): void {
  drafts.clear();
}
