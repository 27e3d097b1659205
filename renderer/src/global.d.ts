import type { Api } from '../../electron/contract/api-types';

declare global {
  interface Window {
    /** Set by the preload in Electron; absent in the browser mode. */
    api?: Api;
  }
}
