import type { Locator } from 'playwright-core'

/**
 * Ticks a Garden checkbox. Garden hides the native input behind its styled label, so a forced pointer
 * click lands wherever the hidden input happens to sit inside a tall, scrolled iframe; a DOM click on
 * the input toggles it exactly as a user's click on the label does (React sees the same change event).
 */
export async function checkGardenBox(checkbox: Locator): Promise<void> {
  await checkbox.evaluate((element) => {
    const input = element as HTMLInputElement
    input.scrollIntoView({ block: 'center' })
    if (!input.checked) input.click()
  })
  if (!(await checkbox.isChecked())) throw new Error('The checkbox did not become checked')
}
