import type { App, FormInstance } from 'antd';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';

type MessageInstance = ReturnType<typeof App.useApp>['message'];

interface Handlers {
  message: MessageInstance;
  /** Someone else moved the task first: the page reloads it. */
  onConflict: () => void;
  /** The dialog's form: a BAD_USER_INPUT naming an input of `fields` goes on its form field. */
  form?: FormInstance;
  /** API input name → form field name. */
  fields?: Record<string, string>;
}

/** A failed task mutation, said in the API's words where the user will see them. */
export function reportTaskError(error: unknown, { message, onConflict, form, fields = {} }: Handlers): void {
  const e = error as Error;
  if (errorCode(e) === 'CONFLICT') {
    message.warning(errorMessage(e));
    onConflict();
    return;
  }
  const bad = fieldError(e);
  const target = bad && fields[bad.field];
  if (bad && form && target) {
    form.setFields([{ name: target, errors: [bad.message] }]);
    return;
  }
  message.error(errorMessage(e));
}
