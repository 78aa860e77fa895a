import { useSession } from '../../app/session';
import { Button } from '../../shared/Button';
import { ConfirmStep } from '../../shared/ConfirmStep';

/** Reachable but quiet, and never one tap away from an accidental logout. */
export function LogoutSection() {
  const { logout } = useSession();
  return (
    <section className="account" aria-labelledby="account-title">
      <h2 id="account-title" className="sr-only">
        账户
      </h2>
      <ConfirmStep
        id="logout"
        question="确定要退出登录吗？"
        detail="退出后，下次要重新输入身份证号和验证码。"
        confirmLabel="确定退出"
        busyText="正在退出……"
        keepLabel="不退出"
        action={logout}
        opener={(ask, ref) => (
          <Button ref={ref} variant="quiet" onClick={ask}>
            退出登录
          </Button>
        )}
      />
    </section>
  );
}
