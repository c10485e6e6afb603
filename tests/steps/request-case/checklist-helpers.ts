import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import type { Obligation, ObligationStatus } from '../../../src/core/checklist/obligations'

/** Lazy panels and steps load on first use; under the test transform that can take a few seconds. */
export const LAZY = { timeout: 15_000 }

function item(obligation: Obligation): HTMLElement {
  const element = document.querySelector<HTMLElement>(`li[data-obligation="${obligation}"]`)
  if (!element) throw new Error(`The checklist has no ${obligation} item`)
  return element
}

/** The status the checklist shows for an obligation (its StatusTag). */
export function checklistStatus(obligation: Obligation): ObligationStatus | null {
  return (item(obligation).querySelector('[data-status]')?.getAttribute('data-status') as ObligationStatus | null) ?? null
}

export async function expectChecklistStatus(obligation: Obligation, status: ObligationStatus): Promise<void> {
  await waitFor(() => expect(checklistStatus(obligation)).toBe(status), LAZY)
}

/** Opens an obligation in the checklist and waits for its step to render. */
export async function openStep(user: UserEvent, obligation: Obligation, testId: string): Promise<HTMLElement> {
  const element = await waitFor(() => item(obligation), LAZY)
  await user.click(within(element).getAllByRole('button')[0] as HTMLElement)
  return screen.findByTestId(testId, {}, LAZY)
}

export function findRequestPanel(): Promise<HTMLElement> {
  return screen.findByTestId('request-case', {}, LAZY)
}
