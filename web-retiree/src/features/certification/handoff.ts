import { ApiError, SERVER_MESSAGE } from '../../app/api';

/**
 * Leaving the app for the government app's face verification (浙里办). An object, so tests can
 * watch where the phone would go instead of leaving the test page.
 */
export const handoff = {
  open(url: string): void {
    const target = new URL(url, window.location.href);
    // Only this site (the simulated page) or a secure address: never javascript: or the like.
    if (target.origin !== window.location.origin && target.protocol !== 'https:') throw new ApiError(SERVER_MESSAGE, 'SERVER');
    window.location.assign(target.href);
  },
};
