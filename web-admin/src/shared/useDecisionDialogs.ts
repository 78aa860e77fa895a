import { App } from 'antd';
import { useState } from 'react';
import { errorCode, errorMessage, fieldError } from './errors';

/**
 * The decisions of a record's page, each taken in its own dialog: which dialog is open, and
 * `perform`, which runs one from its dialog and says how it went. An error naming one of the
 * dialog's `fields` is thrown back to its form; someone else deciding first (CONFLICT), the record
 * gone or out of reach is said as a warning and `onStale` loads the record again; anything else is
 * an error message.
 */
export function useDecisionDialogs<Action extends string>(onStale: () => void) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<Action | null>(null);

  /** `step` sends the decision and answers with what to tell the user. */
  const perform = async (step: () => Promise<string>, fields: readonly string[]) => {
    try {
      message.success(await step());
      setOpen(null);
    } catch (e) {
      const error = e as Error;
      const bad = fieldError(error);
      if (bad && fields.includes(bad.field)) throw error;
      setOpen(null);
      const code = errorCode(error);
      if (code === 'CONFLICT' || code === 'NOT_FOUND' || code === 'FORBIDDEN') {
        message.warning(errorMessage(error));
        onStale();
      } else {
        message.error(errorMessage(error));
      }
    }
  };

  return { open, setOpen, close: () => setOpen(null), perform };
}
