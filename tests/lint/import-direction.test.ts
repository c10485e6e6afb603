// @vitest-environment node
import { ESLint } from 'eslint'
import { join } from 'node:path'

/** The architecture's import direction is enforced by lint; these cases prove the rules bite. */
const root = join(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

test.each([
  ['src/core/pii/x.ts', "import React from 'react'"],
  ['src/core/pii/x.ts', "import { createSupportApi } from '../../zendesk/support-api'"],
  ['src/zendesk/x.ts', "import { useI18n } from '../i18n/i18n-context'"],
  ['src/react/x.ts', "import { Checklist } from '../app/checklist'"],
  ['src/steps/access/x.tsx', "import { ErasureStep } from '../erasure/erasure-step'"],
  ['src/steps/access/x.tsx', "import { Checklist } from '../../app/checklist'"],
  ['src/app/x.tsx', "import { createFakeZendesk } from '../../dev/fake-zendesk/index'"],
  ['src/components/x.tsx', "import { AccessStep } from '../steps/access/access-step'"],
])('%s may not: %s', async (file, source) => {
  expect(await restrictedImports(file, `${source}\nexport {}\n`)).not.toEqual([])
})

test.each([
  ['src/steps/access/x.tsx', "import { OBLIGATIONS } from '../../core/checklist/obligations'\nimport { useI18n } from '../../i18n/i18n-context'\nimport { y } from './y'"],
  ['src/zendesk/x.ts', "import { detectPii } from '../core/pii/index'"],
  ['src/app/x.tsx', "import { Sidebar } from './sidebar'"],
])('%s may: %s', async (file, source) => {
  expect(await restrictedImports(file, `${source}\nexport {}\n`)).toEqual([])
})

test('only src/zendesk calls client.request', async () => {
  const source = 'export async function f(client: { request(o: unknown): Promise<unknown> }) { return client.request({ url: "/api/v2/users/me" }) }\n'
  expect(await restrictedImports('src/steps/access/x.ts', source)).not.toEqual([])
  expect(await restrictedImports('src/zendesk/x.ts', source)).toEqual([])
})
