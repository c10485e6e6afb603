import { createGlobalStyle } from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'

/** Paints the iframe's page in the scheme's background so dark mode has no light margins. */
export const GlobalStyle = createGlobalStyle`
  html, body {
    background-color: ${({ theme }) => getColor({ theme, variable: 'background.default' })};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
    color-scheme: ${({ theme }) => theme.colors.base};
  }
`
