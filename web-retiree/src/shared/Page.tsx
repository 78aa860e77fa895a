import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { MessagesLink } from '../app/MessagesLink';
import { BackIcon, HomeIcon } from './icons';
import { LargeTypeToggle } from './LargeTypeToggle';

export const APP_NAME = '退休人员服务';

// The first screen keeps the browser's own focus; later screens move focus to their heading so a
// screen reader announces the new page.
let firstScreen = true;

interface PageProps {
  /** The h1, also the tab title. */
  title: string;
  /** Where 返回 goes; omit on the home and login screens, which have nowhere to go back to. */
  backTo?: string;
  /** 返回 as an action inside one screen (e.g. from the code step back to the ID number). */
  onBack?: () => void;
  /** Show the 首页 link (every screen but home and login). */
  homeLink?: boolean;
  /** Replaces the h1 text on screen when the title is not what should be shown (e.g. a greeting). */
  heading?: ReactNode;
  children: ReactNode;
}

export function Page({ title, backTo, onBack, homeLink = !!backTo, heading, children }: PageProps) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    h1.current?.focus();
  }, [title]);

  return (
    <>
      <title>{`${title} · ${APP_NAME}`}</title>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="topbar">
        {backTo || onBack || homeLink ? (
          <nav className="topbar__nav" aria-label="返回和首页">
            {backTo && (
              <Link className="topbar__link topbar__back" to={backTo}>
                <BackIcon />
                返回
              </Link>
            )}
            {onBack && !backTo && (
              <button type="button" className="topbar__link topbar__back" onClick={onBack}>
                <BackIcon />
                返回
              </button>
            )}
            {homeLink && (
              <Link className="topbar__link" to="/">
                <HomeIcon />
                首页
              </Link>
            )}
          </nav>
        ) : (
          <p className="topbar__brand">{APP_NAME}</p>
        )}
        <LargeTypeToggle />
        <MessagesLink />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <h1 ref={h1} tabIndex={-1} className="page__title">
          {heading ?? title}
        </h1>
        {children}
      </main>
    </>
  );
}
