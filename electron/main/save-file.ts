// "Save as..." for exports: the native dialog, then the same atomic write as the lists file.
import { app, dialog, type BrowserWindow } from 'electron';
import { basename, extname, join } from 'node:path';
import type { SaveFileDialog } from '../ipc/lists-handlers';
import { writeFileAtomic } from '../services/lists/atomic-file';

export function saveFileWithDialog(window: () => BrowserWindow | null): SaveFileDialog {
  return async ({ filename, encoding, content }) => {
    const name = basename(filename); // the renderer suggests a name, never a folder
    const ext = extname(name).slice(1);
    const options = { defaultPath: join(app.getPath('documents'), name), filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [] };
    const parent = window();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    writeFileAtomic(choice.filePath, Buffer.from(content, encoding));
    return { saved: true, path: choice.filePath };
  };
}
