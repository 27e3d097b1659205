// The methods window.api must have, derived from the contract (the method table plus the menu
// subscription), never a hand-written list: the Electron end-to-end test compares the real
// preload's window.api with this, and test/unit/shell/preload.test.ts proves the preload
// bundle exposes exactly these.
import { buildApi } from '../../../electron/contract/build-api';

export function expectedApiKeys(): string[] {
  return Object.keys(buildApi(async () => undefined));
}
