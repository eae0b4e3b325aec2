import type { z } from 'zod'
import type { Result } from '../errors'
import { appContract } from './app'
import { auditsContract } from './audits'
import { casesContract } from './cases'
import { frameworksContract } from './frameworks'
import { moderationContract } from './moderation'
import { plansContract } from './plans'
import { reportsContract } from './reports'
import { samplingContract } from './sampling'

export * from './app'
export * from './audits'
export * from './call'
export * from './cases'
export * from './frameworks'
export * from './moderation'
export * from './plans'
export * from './reports'
export * from './sampling'

/**
 * Every call the renderer may make: name (domain:verb) -> input schema and output schema, merged
 * from one module per domain. The single source of truth for IPC, browser mode and the CLI; the
 * preload's allow-list is generated from its keys at build time (see electron.vite.config.ts).
 */
export const contract = {
  ...appContract,
  ...casesContract,
  ...plansContract,
  ...samplingContract,
  ...frameworksContract,
  ...auditsContract,
  ...moderationContract,
  ...reportsContract
}

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>

export const CALL_NAMES = Object.keys(contract) as CallName[]

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** What window.api offers the renderer, in the desktop app and (through HTTP) in browser mode. */
export interface Api {
  call<N extends CallName>(name: N, input?: CallInput<N>): Promise<Result<CallOutput<N>>>
}
