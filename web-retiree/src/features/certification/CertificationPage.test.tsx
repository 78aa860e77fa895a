import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { demoCommunity, gqlError, mockGraphQL, renderApp, signedIn } from '../../test/graphql';
import { handoff } from './handoff';
import { POLL_MS, POLL_TRIES } from './useFaceResult';

const certification = (overrides: Record<string, unknown> = {}) => ({
  status: 'VALID',
  validUntil: '2027-03-10',
  method: 'PASSIVE',
  certifiedOn: '2026-03-10',
  evidence: [
    { date: '2026-03-10', text: '2026-03-10 嵊州市人民医院门诊' },
    { date: '2026-02-21', text: '社保卡在药店购药' },
  ],
  ...overrides,
});
const loaded = (c: unknown) => () => ({ data: { myCertification: c, myProfile: { id: '1', community: demoCommunity } } });
const handoffReply = () => ({ data: { startFaceCertification: { transactionId: 'RPabc', url: '/face-auth-sim?tx=RPabc&return=%2Fcertification%3Ftx%3DRPabc' } } });
const faceRecord = (passed: boolean) => ({ id: '77', passed, certifiedOn: '2026-12-01', validUntil: passed ? '2027-12-01' : null });

/** The status line: the first heading under the page title. */
const statusLine = async () => (await screen.findAllByRole('heading', { level: 2 }))[0];
const visitCard = () => screen.getByRole('region', { name: '不会用手机刷脸？请社区工作人员上门帮您认证' });

describe('我的认证', () => {
  it('valid: says until when in words, how and when it was done, and what it rests on; nothing to do', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyCertification: loaded(certification()) });
    renderApp('/certification');

    expect(await screen.findByRole('heading', { level: 1, name: '我的认证' })).toBeInTheDocument();
    expect(await statusLine()).toHaveTextContent('您的认证有效，有效期至2027年3月10日');
    expect(screen.getByRole('region', { name: /您的认证有效/ })).toHaveTextContent('现在不用认证，养老金照常发放。');

    const last = screen.getByRole('region', { name: '上次认证' });
    const rows = within(last).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['认证方式', '无感认证：系统根据您平时看病、买药等记录自动认证，您不用做什么'],
      ['认证日期', '2026年3月10日'],
      ['有效期至', '2027年3月10日'],
    ]);
    const evidence = within(screen.getByRole('region', { name: '认证依据' })).getAllByRole('listitem');
    // The date said once, in words.
    expect(evidence.map((li) => li.textContent)).toEqual(['2026年3月10日嵊州市人民医院门诊', '2026年2月21日社保卡在药店购药']);

    expect(screen.queryByRole('button', { name: '我要认证' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: '返回' })).toHaveAttribute('href', '/');
  });

  it('due soon: asks to certify before the date, with the big button first and the community as the other way', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyCertification: loaded(certification({ status: 'DUE_SOON', validUntil: '2027-01-10' })) });
    renderApp('/certification');

    expect(await statusLine()).toHaveTextContent('您的认证将于2027年1月10日到期，请尽快认证');
    const button = screen.getByRole('button', { name: '我要认证' });
    expect(button).toHaveClass('btn--primary');
    const visit = visitCard();
    expect(visit).toHaveTextContent('新北社区');
    expect(visit).toHaveTextContent('联系人：李宇晨');
    expect(within(visit).getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', 'tel:0575-83447092');
    // The button comes before the other way.
    expect(button.compareDocumentPosition(visit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('expired: says certifying restores the pension and pays what was held back', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyCertification: loaded(certification({ status: 'EXPIRED', validUntil: '2026-10-31' })) });
    renderApp('/certification');

    expect(await statusLine()).toHaveTextContent('认证已过期，请尽快认证');
    expect(screen.getByRole('region', { name: /认证已过期/ })).toHaveTextContent('您的认证在2026年10月31日到期了。');
    expect(screen.getByRole('button', { name: '我要认证' })).toBeInTheDocument();
    expect(visitCard()).toBeInTheDocument();
  });

  it('never certified: says so plainly and offers both ways, with no empty history', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyCertification: loaded(null) });
    renderApp('/certification');

    expect(await statusLine()).toHaveTextContent('您还没有认证过，请尽快认证');
    expect(screen.getByRole('button', { name: '我要认证' })).toBeInTheDocument();
    expect(visitCard()).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '上次认证' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '认证依据' })).not.toBeInTheDocument();
  });

  it('blocked: explains kindly and sends to the community, with no face button', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyCertification: loaded(certification({ status: 'BLOCKED', method: null, certifiedOn: null, validUntil: null, evidence: [] })),
    });
    renderApp('/certification');

    expect(await statusLine()).toHaveTextContent('暂时不能在手机上认证');
    expect(screen.getByRole('region', { name: '暂时不能在手机上认证' })).toHaveTextContent('请联系社区，工作人员会帮您处理。');
    expect(screen.queryByRole('button', { name: '我要认证' })).not.toBeInTheDocument();
    const community = screen.getByRole('region', { name: '请联系社区' });
    expect(within(community).getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', 'tel:0575-83447092');
    expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
  });

  it('我要认证 asks for a hand-off and goes to the government app', async () => {
    const open = vi.spyOn(handoff, 'open').mockImplementation(() => {});
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyCertification: loaded(certification({ status: 'DUE_SOON', validUntil: '2027-01-10' })),
      StartFaceCertification: handoffReply,
    });
    const user = userEvent.setup();
    renderApp('/certification');

    await user.click(await screen.findByRole('button', { name: '我要认证' }));

    expect(api.called('StartFaceCertification')).toHaveLength(1);
    expect(open).toHaveBeenCalledWith('/face-auth-sim?tx=RPabc&return=%2Fcertification%3Ftx%3DRPabc');
    // Stays busy while the phone leaves: no second tap.
    expect(screen.getByRole('button', { name: '正在打开浙里办……' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says why when face certification is not available, and the community is right there', async () => {
    const open = vi.spyOn(handoff, 'open').mockImplementation(() => {});
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyCertification: loaded(certification({ status: 'EXPIRED', validUntil: '2026-10-31' })),
      StartFaceCertification: () => gqlError('暂不能在线刷脸认证，请联系社区上门认证', 'UNAVAILABLE'),
    });
    const user = userEvent.setup();
    renderApp('/certification');

    await user.click(await screen.findByRole('button', { name: '我要认证' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('暂不能在线刷脸认证，请联系社区上门认证');
    expect(open).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '我要认证' })).not.toHaveAttribute('aria-disabled');
    expect(visitCard()).toBeInTheDocument();
  });

  describe('back from the government app (?tx=)', () => {
    it('waits for the result, then says it worked with the new date, and leads home', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      let reported = false;
      const api = mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyFaceCertification: () => ({ data: { myFaceCertification: reported ? faceRecord(true) : null } }),
        MyCertification: loaded(certification({ status: 'VALID', method: 'FACE', validUntil: '2027-12-01', certifiedOn: '2026-12-01', evidence: [] })),
      });
      renderApp('/certification?tx=RPabc');

      expect(await screen.findByText('正在确认认证结果…')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '我要认证' })).not.toBeInTheDocument();
      await waitFor(() => expect(api.called('MyFaceCertification').map((c) => c.variables)).toEqual([{ transactionId: 'RPabc' }]));

      reported = true;
      await act(() => vi.advanceTimersByTimeAsync(POLL_MS));

      const done = await screen.findByRole('heading', { level: 2, name: '认证成功！有效期至2027年12月1日' });
      expect(done).toHaveFocus();
      expect(within(screen.getByRole('region', { name: /认证成功/ })).getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
      expect(api.called('MyFaceCertification')).toHaveLength(2);
      // What is on record now, loaded after the result.
      expect(await screen.findByRole('region', { name: '上次认证' })).toHaveTextContent('刷脸认证');
      expect(api.called('MyCertification')).toHaveLength(1);
      expect(screen.getAllByRole('link', { name: '回到首页' })).toHaveLength(1);
      // Said once: no second status line under the success.
      expect(screen.queryByRole('heading', { name: /您的认证有效/ })).not.toBeInTheDocument();

      // Nothing is asked any more.
      await act(() => vi.advanceTimersByTimeAsync(POLL_MS * 3));
      expect(api.called('MyFaceCertification')).toHaveLength(2);
    });

    it('failed: says so gently, offers 再试一次 and the community, and a way home', async () => {
      const open = vi.spyOn(handoff, 'open').mockImplementation(() => {});
      const api = mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyFaceCertification: () => ({ data: { myFaceCertification: faceRecord(false) } }),
        MyCertification: loaded(certification({ status: 'DUE_SOON', validUntil: '2027-01-10' })),
        StartFaceCertification: handoffReply,
      });
      const user = userEvent.setup();
      renderApp('/certification?tx=RPabc');

      expect(await screen.findByRole('heading', { level: 2, name: '这次没有认证成功' })).toHaveFocus();
      expect(await screen.findByRole('region', { name: '不会用手机刷脸？请社区工作人员上门帮您认证' })).toHaveTextContent('0575-83447092');
      expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');

      await user.click(screen.getByRole('button', { name: '再试一次' }));
      expect(api.called('StartFaceCertification')).toHaveLength(1);
      expect(open).toHaveBeenCalledWith(expect.stringContaining('/face-auth-sim?tx=RPabc'));
    });

    it('not back after about 30 seconds: says it will show here later, and can ask again', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      let reported = false;
      const api = mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyFaceCertification: () => ({ data: { myFaceCertification: reported ? faceRecord(true) : null } }),
        MyCertification: loaded(certification({ status: 'VALID', validUntil: '2027-12-01' })),
      });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      renderApp('/certification?tx=RPabc');

      await screen.findByText('正在确认认证结果…');
      await act(() => vi.advanceTimersByTimeAsync(POLL_MS * POLL_TRIES));

      const late = await screen.findByRole('heading', { level: 2, name: '认证结果还没有传回来' });
      expect(late).toHaveFocus();
      expect(screen.getByRole('region', { name: '认证结果还没有传回来' })).toHaveTextContent('请过一会儿再打开“我的认证”看看，不用重新刷脸。');
      expect(api.called('MyFaceCertification')).toHaveLength(POLL_TRIES);
      expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');

      reported = true;
      await user.click(screen.getByRole('button', { name: '再查一次' }));
      expect(await screen.findByRole('heading', { level: 2, name: '认证成功！有效期至2027年12月1日' })).toBeInTheDocument();
    });

    it('keeps asking through a network hiccup', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      let calls = 0;
      mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyFaceCertification: () => (++calls === 1 ? new TypeError('Failed to fetch') : { data: { myFaceCertification: faceRecord(true) } }),
        MyCertification: loaded(certification({ status: 'VALID', validUntil: '2027-12-01' })),
      });
      renderApp('/certification?tx=RPabc');

      await screen.findByText('正在确认认证结果…');
      await act(() => vi.advanceTimersByTimeAsync(POLL_MS));
      expect(await screen.findByRole('heading', { level: 2, name: '认证成功！有效期至2027年12月1日' })).toBeInTheDocument();
    });
  });
});
