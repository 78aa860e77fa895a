import { useEffect, useState } from 'react';
import type { ConfirmableField } from '../../gql/graphql';

export interface DraftItem {
  selected: boolean;
  comment: string;
  proposedValue: string;
}

export type Draft = Partial<Record<ConfirmableField, DraftItem>>;

// In memory only: what was typed survives going back to the list, to home and back again, but is
// never written to the phone's storage (it may hold a new phone or bank account number).
const drafts = new Map<string, Draft>();

/** The dispute being written for one confirmation, kept until it is sent. */
export function useDraft(confirmationId: string): [Draft, (update: (draft: Draft) => Draft) => void] {
  const [draft, setDraft] = useState<Draft>(() => drafts.get(confirmationId) ?? {});
  useEffect(() => {
    drafts.set(confirmationId, draft);
  }, [confirmationId, draft]);
  return [draft, setDraft];
}

export function discardDraft(confirmationId: string): void {
  drafts.delete(confirmationId);
}

/** Tests: a fresh start. */
export function clearDrafts(): void {
  drafts.clear();
}
