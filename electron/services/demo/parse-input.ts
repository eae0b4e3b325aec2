import { contract } from '../../../shared/contract'
import type { CallInput, CallName, ParsedInput } from '../../../shared/contract'

/** Validates and fills in defaults exactly as a transport would before calling the service. */
export function parsed<N extends CallName>(name: N, input: CallInput<N>): ParsedInput<N> {
  return contract[name].input.parse(input) as ParsedInput<N>
}
