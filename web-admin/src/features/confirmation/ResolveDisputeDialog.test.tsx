import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, type Mock } from '../../test/renderApp';
import type { ResolveDisputeInput } from '../../gql/graphql';
import { RESOLVE_DISPUTE, ResolveDisputeDialog, type DisputeToResolve } from './ResolveDisputeDialog';

const phone: DisputeToResolve = {
  id: '7',
  label: '联系电话',
  correctable: true,
  sentValue: '138****0002',
  comment: '我换了新手机号',
  proposedValue: '139****2233',
  retiree: { name: '张桂兰' },
};

const idNumber: DisputeToResolve = { id: '8', label: '身份证号', correctable: false, sentValue: '330683********1902', comment: '最后一位不对', proposedValue: null, retiree: { name: '张桂兰' } };

const resolved = (id: string, input: ResolveDisputeInput, status = input.outcome === 'CORRECT' ? 'CORRECTED' : 'EXPLAINED'): Mock => ({
  request: { query: RESOLVE_DISPUTE, variables: { id, input } },
  result: {
    data: { resolveInfoDispute: { __typename: 'InfoDispute', id, status, resolutionNote: input.note, resolvedAt: '2026-07-01T02:00:00.000Z', resolvedByName: '社区小王' } },
  },
});

async function open(dispute: DisputeToResolve, mocks: Mock[] = []) {
  const onResolved = vi.fn();
  const onConflict = vi.fn();
  renderWithProviders(<ResolveDisputeDialog dispute={dispute} onClose={vi.fn()} onResolved={onResolved} onConflict={onConflict} />, { mocks });
  const dialog = (await screen.findByText(`处理异议：张桂兰「${dispute.label}」`)).closest('[role="dialog"]') as HTMLElement;
  return { dialog, onResolved, onConflict };
}

const submit = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: '提交处理结果' });

describe('resolving a dispute', () => {
  it('requires a note, says the retiree reads it, and corrects to what the retiree proposed', async () => {
    const user = userEvent.setup({ delay: null });
    const { dialog, onResolved } = await open(phone, [resolved('7', { outcome: 'CORRECT', useProposedValue: true, note: '已电话核实，按新号码更正' })]);
    expect(within(dialog).getByText(/退休人员会在消息和短信里看到这段说明/)).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: '更正数据' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /按本人提出的内容更正/ })).toBeChecked();

    await user.click(submit(dialog));
    expect(await within(dialog).findByText('请填写处理说明')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('处理说明'), '好');
    await user.click(submit(dialog));
    expect(await within(dialog).findByText('处理说明需 2–500 字')).toBeInTheDocument();
    expect(onResolved).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText('处理说明'));
    await user.type(within(dialog).getByLabelText('处理说明'), '已电话核实，按新号码更正');
    await user.click(submit(dialog));
    await vi.waitFor(() => expect(onResolved).toHaveBeenCalledOnce());
  });

  it('corrects to a value typed by staff', async () => {
    const user = userEvent.setup({ delay: null });
    const { dialog, onResolved } = await open(phone, [resolved('7', { outcome: 'CORRECT', correctedValue: '13957112233', note: '已核实' })]);
    await user.click(within(dialog).getByRole('radio', { name: '填写更正后的内容' }));
    await user.type(within(dialog).getByLabelText('处理说明'), '已核实');
    await user.click(submit(dialog));
    expect(await within(dialog).findByText('请填写更正后的内容')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('更正后的内容'), ' 13957112233 ');
    await user.click(submit(dialog));
    await vi.waitFor(() => expect(onResolved).toHaveBeenCalledOnce());
  });

  it('explains instead of correcting, sending only the outcome and the note', async () => {
    const user = userEvent.setup({ delay: null });
    const { dialog, onResolved } = await open(phone, [resolved('7', { outcome: 'EXPLAIN', note: '号码无误，是您家人的号码' })]);
    await user.click(within(dialog).getByRole('radio', { name: '解释说明' }));
    expect(within(dialog).queryByRole('radio', { name: /按本人提出的内容更正/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('处理说明'), '  号码无误，是您家人的号码 ');
    await user.click(submit(dialog));
    await vi.waitFor(() => expect(onResolved).toHaveBeenCalledOnce());
  });

  it('only lets a non-correctable item be explained', async () => {
    const user = userEvent.setup({ delay: null });
    const { dialog, onResolved } = await open(idNumber, [resolved('8', { outcome: 'EXPLAIN', note: '请携带户口本到派出所办理' })]);
    expect(within(dialog).getByRole('radio', { name: '更正数据' })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: '解释说明' })).toBeChecked();
    expect(within(dialog).getByText(/「身份证号」不能在本平台更正/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('处理说明'), '请携带户口本到派出所办理');
    await user.click(submit(dialog));
    await vi.waitFor(() => expect(onResolved).toHaveBeenCalledOnce());
  });

  it('puts the API field error on the field, and reports a dispute already handled', async () => {
    const user = userEvent.setup({ delay: null });
    const note = '已核实';
    const { dialog, onConflict, onResolved } = await open(phone, [
      {
        request: { query: RESOLVE_DISPUTE, variables: { id: '7', input: { outcome: 'CORRECT', useProposedValue: true, note } } },
        result: { errors: [{ message: '请填写处理说明（2–500 字），退休人员会看到它', extensions: { code: 'BAD_USER_INPUT', field: 'note' } }] },
      },
      {
        request: { query: RESOLVE_DISPUTE, variables: { id: '7', input: { outcome: 'CORRECT', useProposedValue: true, note } } },
        result: { errors: [{ message: '该异议已经处理过了', extensions: { code: 'CONFLICT' } }] },
      },
    ]);
    await user.type(within(dialog).getByLabelText('处理说明'), note);
    await user.click(submit(dialog));
    expect(await within(dialog).findByText('请填写处理说明（2–500 字），退休人员会看到它')).toBeInTheDocument();
    await user.click(submit(dialog));
    expect(await screen.findByText('该异议已经处理过了')).toBeInTheDocument();
    expect(onConflict).toHaveBeenCalledOnce();
    expect(onResolved).not.toHaveBeenCalled();
  });
});
