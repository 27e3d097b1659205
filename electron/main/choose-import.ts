// The native picker for an import: a folder (an Athena download) or a .csv/.xlsx file.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ChooseImportPath } from '../ipc/imports-handlers';

export function chooseImportWithDialog(window: () => BrowserWindow | null): ChooseImportPath {
  return async (what) => {
    const options: OpenDialogOptions =
      what === 'folder'
        ? { properties: ['openDirectory'] }
        : { properties: ['openFile'], filters: [{ name: 'Codebook, REDCap data dictionary', extensions: ['csv', 'xlsx'] }] };
    const parent = window();
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
