import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming'
import type { ColorScheme } from '../react/use-color-scheme'

/** Garden's own theme in the agent's colour scheme: Garden derives every colour from `colors.base`. */
export function createTheme(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } }
}
