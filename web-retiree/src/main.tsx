import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadScreens } from './app/routes';
import { applyLargeType } from './shared/largeType';
import './styles/global.css';

// Before the first paint, so large type never flashes small.
applyLargeType();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

preloadScreens();
