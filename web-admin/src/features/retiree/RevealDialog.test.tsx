import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { REVEAL_ID_NUMBER, REVEAL_PHONE, RevealDialog } from './RevealDialog';

function renderDialog(mocks: MockLink.MockedResponse[], field: 'ID_NUMBER' | 'PHONE' = 'ID_NUMBER') {
  const onClose = vi.fn();
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <MockedProvider mocks={mocks}>
          <RevealDialog open retireeId="1" retireeName="俞秀英" field={field} onClose={onClose} />
        </MockedProvider>
      </AntApp>
    </ConfigProvider>,
  );
  return { onClose, user: userEvent.setup({ delay: null }) };
}

describe('reveal dialog', () => {
  it('asks for a reason of at least 4 characters, then shows the full number once', async () => {
    const { user, onClose } = renderDialog([
      {
        request: { query: REVEAL_ID_NUMBER, variables: { retireeId: '1', reason: '核对养老金发放' } },
        result: { data: { revealIdNumber: '330683196203081902' } },
      },
    ]);

    expect(screen.getByRole('dialog', { name: '查看完整身份证号' })).toBeInTheDocument();
    expect(screen.getByText(/操作人、时间和事由将记入审计日志/)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: '确认查看' });
    expect(confirm).toBeDisabled();
    expect(screen.getByText(/不少于 4 个字（还差 4 个字）/)).toBeInTheDocument();

    const reason = screen.getByLabelText('查看事由');
    await user.type(reason, '核对');
    expect(confirm).toBeDisabled();
    expect(await screen.findByText(/还差 2 个字/)).toBeInTheDocument();
    // Spaces are not a reason.
    await user.type(reason, '   ');
    expect(confirm).toBeDisabled();

    await user.clear(reason);
    await user.type(reason, '核对养老金发放');
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(screen.queryByText(/还差/)).not.toBeInTheDocument();
    await user.click(confirm);

    expect(await screen.findByText('330683196203081902')).toBeInTheDocument();
    expect(screen.getByText(/本次查看已记入审计日志/)).toBeInTheDocument();
    expect(screen.queryByLabelText('查看事由')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '关 闭' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the API’s refusal of the reason on the reason field, and no number', async () => {
    const { user } = renderDialog(
      [
        {
          request: { query: REVEAL_PHONE, variables: { retireeId: '1', reason: '看看电话' } },
          result: { errors: [{ message: '查看事由须说明具体业务', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } }] },
        },
      ],
      'PHONE',
    );
    expect(screen.getByRole('dialog', { name: '查看完整联系电话' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('查看事由'), '看看电话');
    const confirm = screen.getByRole('button', { name: '确认查看' });
    await waitFor(() => expect(confirm).toBeEnabled());
    await user.click(confirm);

    expect(await screen.findByText('查看事由须说明具体业务')).toBeInTheDocument();
    expect(screen.getByLabelText('查看事由')).toBeInTheDocument();
    expect(screen.queryByText(/本次查看已记入审计日志/)).not.toBeInTheDocument();
  });
});
