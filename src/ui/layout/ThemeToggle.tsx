import { useAppStore } from '../../state';
import { useDarkTheme, useSystemDark } from './useTheme';

/**
 * Light/dark switch. A choice that matches the system's preference is stored as "system", so the
 * app follows the system again as soon as the user's choice and the system agree.
 */
export function ThemeToggle() {
  const dark = useDarkTheme();
  const systemDark = useSystemDark();
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={dark}
      onClick={() => setTheme(!dark === systemDark ? 'system' : dark ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
