import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd reads media queries (Grid, Sider breakpoints) and computed styles; jsdom has neither fully.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// jsdom's getComputedStyle throws "Not implemented" for pseudo-elements (antd asks for them when
// measuring scrollbars) and matches every stylesheet rule on each call: with antd's injected styles
// that is seconds per click. There is no layout here anyway, so inline styles are the answer.
window.getComputedStyle = (element: Element) => (element as HTMLElement).style;

// Charts and resizable panes observe their size.
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Pages are lazy chunks: the first render of one waits for its module to load.
configure({ asyncUtilTimeout: 15_000 });

// jsdom does not scroll.
window.scrollTo = () => {};

// No canvas in jsdom: charts draw nothing, quietly, instead of logging "Not implemented".
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

afterEach(() => cleanup());
