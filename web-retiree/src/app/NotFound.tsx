import { Link } from 'react-router';
import { buttonClass } from '../shared/Button';
import { Page } from '../shared/Page';

export function NotFound() {
  return (
    <Page title="没有找到这一页" backTo="/">
      <p>这一页不存在，可能是链接有误。</p>
      <Link className={buttonClass('primary')} to="/">
        回到首页
      </Link>
    </Page>
  );
}
