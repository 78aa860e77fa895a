import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FamilyMemberFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { FAMILY_MEMBERS_QUERY } from './familyQueries';

const member = (id: string, name: string, relation: string, flags: { kin?: boolean; emergency?: boolean } = {}) => ({
  __typename: 'FamilyMember',
  id,
  relation,
  name,
  idNumber: '330683********8977',
  phone: '159****7517',
  isNextOfKin: !!flags.kin,
  isEmergencyContact: !!flags.emergency,
  retiree: { __typename: 'Retiree', id: '1', name: '俞秀英', community: { __typename: 'OrgUnit', id: '17', name: '新北社区' } },
});

const search = (filter: FamilyMemberFilter, items: unknown[], total = items.length): Mock => ({
  request: { query: FAMILY_MEMBERS_QUERY, variables: { filter, limit: 20 } },
  result: { data: { familyMembers: { __typename: 'FamilyMemberList', total, nextCursor: null, items } } },
});

describe('family registry', () => {
  it('shows relatives with masked ID numbers and phones, and searches by name and flags through the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/family', {
      mocks: [
        search({}, [member('5', '任杰波', '儿子', { kin: true, emergency: true }), member('6', '任丽', '女儿')], 10_000),
        search({ search: '任' }, [member('5', '任杰波', '儿子', { kin: true, emergency: true }), member('6', '任丽', '女儿')]),
        search({ search: '任', nextOfKinOnly: true }, [member('5', '任杰波', '儿子', { kin: true, emergency: true })]),
        search({ search: '任', nextOfKinOnly: true, emergencyContactOnly: true }, []),
      ],
    });
    const son = (await screen.findByText('任杰波')).closest('tr') as HTMLElement;
    expect(within(son).getByText('330683********8977')).toBeInTheDocument();
    expect(within(son).getByText('159****7517')).toBeInTheDocument();
    expect(within(son).getByText('近亲属')).toBeInTheDocument();
    expect(within(son).getByText('紧急联系人')).toBeInTheDocument();
    expect(within(son).getByRole('link', { name: '俞秀英' })).toHaveAttribute('href', '/retirees/1');
    expect(within(screen.getByText('任丽').closest('tr') as HTMLElement).queryByText('近亲属')).not.toBeInTheDocument();
    // Nothing unmasked reaches the page.
    expect(document.body.textContent).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    expect(screen.getByText('共 10,000 人以上')).toBeInTheDocument();

    await user.type(screen.getByPlaceholderText('退休人员或家属姓名'), '任{Enter}');
    expect(await screen.findByText('共 2 人')).toBeInTheDocument();
    expect(router.location.search).toBe('?q=%E4%BB%BB');

    await user.click(screen.getByRole('checkbox', { name: '只看近亲属' }));
    expect(await screen.findByText('共 1 人')).toBeInTheDocument();
    expect(screen.queryByText('任丽')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '只看紧急联系人' }));
    expect(await screen.findByText('没有姓名以「任」开头的退休人员或家庭成员')).toBeInTheDocument();
    expect(new URLSearchParams(router.location.search).get('kin')).toBe('1');
    expect(new URLSearchParams(router.location.search).get('emergency')).toBe('1');
  });
});
