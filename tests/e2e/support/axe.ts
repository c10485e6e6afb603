import { createRequire } from 'node:module'
import type { Frame } from 'playwright-core'

/** Runs axe-core inside a frame (the app's iframe) and returns its violations. */

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export async function runAxe(frame: Frame): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => 'axe' in window)
  if (!loaded) await frame.addScriptTag({ path: axePath })
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  })
}

export function seriousOrWorse(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** One line per violation, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('\n')
}
