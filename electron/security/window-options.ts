// The BrowserWindow's web preferences: every hardening switch set explicitly, so a change of
// Electron default cannot loosen them and the tests can read them.
export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  enableBlinkFeatures: '';
  navigateOnDragDrop: false;
  spellcheck: false;
  safeDialogs: true;
  devTools: boolean;
}

export interface WindowOptionsInput {
  preloadPath: string;
  bounds?: { x?: number; y?: number; width: number; height: number };
  devTools?: boolean;
}

export function windowOptions({ preloadPath, bounds, devTools = false }: WindowOptionsInput) {
  const webPreferences: HardenedWebPreferences = {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools,
  };
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 860,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'PPI Explorer',
    webPreferences,
  };
}
