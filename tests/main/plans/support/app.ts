import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AttachResult } from '../../../../shared/contract'
import type { TestApp } from '../../support/app'
import { testApp, valueOf } from '../../support/app'
import { repoRoot } from '../../support/temp'
import { csvFile, importFile } from '../../cases/support'

export const planDocsFolder = join(repoRoot, 'tests/fixtures/plan-docs')

export interface PlanFile {
  fileName: string
  bytes: Uint8Array
}

export function planFixture(name: string): PlanFile {
  return { fileName: name, bytes: readFileSync(join(planDocsFolder, name)) }
}

export function textFile(fileName: string, text: string): PlanFile {
  return { fileName, bytes: Buffer.from(text, 'utf8') }
}

export function upload(file: PlanFile): { fileName: string; contentBase64: string } {
  return { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64') }
}

export async function attach(
  app: TestApp,
  files: PlanFile[],
  caseId?: number
): Promise<AttachResult> {
  return valueOf(
    await app.call('plans:attach', {
      files: files.map(upload),
      ...(caseId !== undefined ? { caseId } : {})
    })
  )
}

/** A store with a few imported cases, some naming their plan document. */
export async function appWithCases(
  rows: string[] = [
    'CP-10234,North Team,CP,14/01/2026,',
    'CIN-200,South Team,CIN,02/03/2026,',
    'PW-400,Leaving Care,Pathway,,',
    'LAC-300,South Team,CLA,01/12/2025,Care plan (J) v3.docx'
  ]
): Promise<TestApp> {
  const app = await testApp()
  await importFile(
    app,
    csvFile('cases.csv', ['Case Ref,Team,Plan Type,Plan Start Date,Plan Document', ...rows])
  )
  return app
}

export function caseId(app: TestApp, caseRef: string): number {
  return app.context
    .store!.prepare('SELECT id FROM cases WHERE case_ref = ?')
    .pluck()
    .get(caseRef) as number
}
