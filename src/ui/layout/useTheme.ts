import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../../state';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The system's preference, live. */
export const useSystemDark = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );

/** Whether the app is dark now: the user's choice, or the system's when they made none. */
export function useDarkTheme(): boolean {
  const theme = useAppStore((s) => s.theme);
  const systemDark = useSystemDark();
  return theme === 'system' ? systemDark : theme === 'dark';
}

/** Puts the resolved theme on <html data-theme>, where the CSS tokens switch. */
export function useThemeAttribute(): void {
  const dark = useDarkTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
}
