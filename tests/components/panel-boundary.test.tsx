import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ThemeProvider } from '@zendeskgarden/react-theming'
import { PanelBoundary } from '../../src/components/panel-boundary'
import { createTranslator } from '../../src/i18n/create-translator'
import { I18nProvider } from '../../src/i18n/i18n-context'

test('a crashing panel shows a translated message, leaves its siblings alone, and can be retried', async () => {
  let shouldThrow = true
  function Flaky() {
    if (shouldThrow) throw new Error('boom: contains ticket text')
    return <p>recovered</p>
  }
  const translator = await createTranslator('fr', true)
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports caught errors
  render(
    <ThemeProvider>
      <I18nProvider translator={translator}>
        <PanelBoundary>
          <Flaky />
        </PanelBoundary>
        <p>sibling</p>
      </I18nProvider>
    </ThemeProvider>,
  )
  expect(screen.getByRole('alert')).toHaveTextContent('Cette section a cessé de fonctionner')
  expect(screen.getByText('sibling')).toBeInTheDocument()
  shouldThrow = false
  await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }))
  expect(screen.getByText('recovered')).toBeInTheDocument()
  quiet.mockRestore()
})
