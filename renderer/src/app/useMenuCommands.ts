// Menu commands: from the native menu in Electron (through the preload), and Ctrl/Cmd+K from the
// keyboard in the browser mode, where there is no native menu.
import { useEffect } from 'react';
import { api, isBrowserMode } from '../api';
import { useShellStore } from './shell-store';

export function useMenuCommands(): void {
  const command = useShellStore((s) => s.command);
  useEffect(() => api.onMenuCommand(command), [command]);
  useEffect(() => {
    if (!isBrowserMode) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        command('search');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);
}
