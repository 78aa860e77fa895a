import { Component, type ReactNode } from 'react';
import { Button } from '../shared/Button';
import { Page } from '../shared/Page';

/** Last resort, e.g. a screen's code could not be downloaded: say so and offer to reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Page title="页面没能打开">
        <div className="load-error" role="alert">
          <p>可能是网络不太顺畅。请检查手机网络，再点下面的按钮。</p>
          <Button onClick={() => window.location.reload()}>重新打开</Button>
        </div>
      </Page>
    );
  }
}
