import { useEffect, useState } from 'react';
import type { CommunityChoice } from './transfer.documents';

export const REASONS = ['随子女居住', '购买新房', '租房', '养老机构', '其他'] as const;
export type ReasonChoice = (typeof REASONS)[number];

export interface TransferDraft {
  address: string;
  community: CommunityChoice | null;
  reasonChoice: ReasonChoice | null;
  /** Required for 其他, optional words for the others. */
  reasonText: string;
}

export const EMPTY_DRAFT: TransferDraft = { address: '', community: null, reasonChoice: null, reasonText: '' };

// In memory only, like the confirmation drafts: the four steps and a detour to home keep what was
// typed, a reload does not, and nothing of a new address is written to the phone's storage.
let saved: TransferDraft = EMPTY_DRAFT;

/** The application being filled in, kept until it is sent. */
export function useTransferDraft(): [TransferDraft, (update: (draft: TransferDraft) => TransferDraft) => void] {
  const [draft, setDraft] = useState<TransferDraft>(() => saved);
  useEffect(() => {
    saved = draft;
  }, [draft]);
  return [draft, setDraft];
}

export function discardTransferDraft(): void {
  saved = EMPTY_DRAFT;
}

/** What is sent as the reason: the choice, and the words typed with it. */
export function reasonToSend(draft: TransferDraft): string {
  const text = draft.reasonText.trim();
  if (!draft.reasonChoice) return text;
  if (draft.reasonChoice === '其他') return text;
  return text ? `${draft.reasonChoice}：${text}` : draft.reasonChoice;
}
