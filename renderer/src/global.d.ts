import type { Api } from '../../electron/contract/api-types';
import type { IpcResult } from '../../electron/contract/channels';
import type { Survey } from '../../electron/contract/models';

declare global {
  interface Window {
    /** Set by the preload in Electron; absent in the browser mode. */
    api?: Api;
    /** The catalog's request, sent by boot.js when the app opens on the catalog. */
    __ppiCatalog?: Promise<IpcResult<Survey[]>>;
  }
}
