import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { RETIREE_LIST_QUERY } from './RetireeListPage';

function retiree(id: string, name: string, status = 'ACTIVE') {
  return {
    __typename: 'Retiree',
    id,
    name,
    gender: 'FEMALE',
    age: 72,
    idNumber: '330683********1902',
    retirementDate: '2012-04-01',
    monthlyPension: 321650,
    status,
    community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
    township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
  };
}

function listMock(variables: Record<string, unknown>, items: ReturnType<typeof retiree>[], total = items.length): Mock {
  return {
    request: { query: RETIREE_LIST_QUERY, variables },
    result: { data: { retirees: { __typename: 'RetireeList', total, nextCursor: null, items } } },
  };
}

describe('retiree list: filters and the URL', () => {
  it('fills the filters from the URL and asks the API for exactly them', async () => {
    const { router } = renderApp('/retirees?org=17&name=%E7%8E%8B&status=ACTIVE,SUSPENDED&ageMin=70&retiredFrom=2010-01-01', {
      mocks: [
        listMock(
          { filter: { name: '王', orgUnitId: '17', status: ['ACTIVE', 'SUSPENDED'], ageMin: 70, retiredFrom: '2010-01-01' }, limit: 20 },
          [retiree('7', '王秀英', 'SUSPENDED')],
          1,
        ),
      ],
    });

    // The rows of that exact request (an unmatched request would fail instead).
    expect(await screen.findByRole('link', { name: '王秀英' })).toBeInTheDocument();
    expect(screen.getByText('¥3,216.50')).toBeInTheDocument();
    expect(screen.getByText('共 1 人')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: '查询条件' });
    expect(within(form).getByLabelText('姓名')).toHaveValue('王');
    // Age and retirement date sit behind "展开", which opens itself when the URL uses them.
    expect(await within(form).findByLabelText('最小年龄')).toHaveValue('70');
    expect(within(form).getAllByText('正常发放').length).toBeGreaterThan(0);
    expect(within(form).getAllByText('暂停发放').length).toBeGreaterThan(0);
    expect(within(form).getByPlaceholderText('开始日期')).toHaveValue('2010-01-01');
    // The header's area selector shows the area from the URL.
    await waitFor(() => expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('新北社区'));
    expect(router.location.pathname).toBe('/retirees');
  });

  it('puts what the user asks for into the URL and lists the answer', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/retirees', {
      mocks: [
        listMock({ filter: {}, limit: 20 }, [retiree('1', '俞秀英'), retiree('2', '陈幼娥')], 3071),
        listMock({ filter: { name: '陈', status: ['SUSPENDED'] }, limit: 20 }, [retiree('2', '陈幼娥', 'SUSPENDED')], 1),
      ],
    });
    expect(await screen.findByRole('link', { name: '俞秀英' })).toBeInTheDocument();
    expect(screen.getByText('共 3,071 人')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: '查询条件' });
    await user.type(within(form).getByLabelText('姓名'), '陈');
    await user.click(within(form).getByLabelText('待遇状态'));
    await user.click(await screen.findByTitle('暂停发放'));
    await user.click(within(form).getByRole('button', { name: /查\s*询/ }));

    await waitFor(() => expect(router.location.search).toBe(`?name=${encodeURIComponent('陈')}&status=SUSPENDED`));
    await waitFor(() => expect(screen.queryByRole('link', { name: '俞秀英' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: '陈幼娥' })).toBeInTheDocument();
    expect(screen.getByText('共 1 人')).toBeInTheDocument();
  });

  it('checks an ID number before asking, and shows the API’s complaint on that field', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/retirees', {
      mocks: [
        listMock({ filter: {}, limit: 20 }, [retiree('1', '俞秀英')]),
        {
          request: { query: RETIREE_LIST_QUERY, variables: { filter: { idNumber: '330683196203081903' }, limit: 20 } },
          result: { errors: [{ message: '身份证号码校验位错误，请核对后重新输入', extensions: { code: 'BAD_USER_INPUT', field: 'idNumber' } }] },
        },
      ],
    });
    await screen.findByRole('link', { name: '俞秀英' });
    const form = screen.getByRole('form', { name: '查询条件' });
    const idInput = within(form).getByLabelText('身份证号');

    await user.type(idInput, '12345');
    await user.click(within(form).getByRole('button', { name: /查\s*询/ }));
    expect(await within(form).findByText(/身份证号码应为 18 位/)).toBeInTheDocument();
    expect(router.location.search).toBe('');

    await user.clear(idInput);
    await user.type(idInput, '330683196203081903');
    await user.click(within(form).getByRole('button', { name: /查\s*询/ }));
    expect(await within(form).findByText('身份证号码校验位错误，请核对后重新输入')).toBeInTheDocument();
    // Never the rows of a failed request; and the ID number stays out of the URL.
    expect(screen.queryByRole('link', { name: '俞秀英' })).not.toBeInTheDocument();
    expect(router.location.search).not.toContain('330683');
  });
});
