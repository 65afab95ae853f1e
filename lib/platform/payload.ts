import type { Payload } from 'payload'

type Provider = () => Promise<Payload>

const KEY = Symbol.for('careerscope.payload')
type Holder = { [KEY]?: Provider }

/**
 * The one Payload instance of this process, as the layers above lib/ hand it down: the server when
 * it starts (instrumentation.ts), a test or a script when it boots its own. lib/ never imports the
 * Payload config, which imports collections/ and payload/, which import lib/ — a circle through
 * every layer. Kept on globalThis: Next may load this module in more than one bundle of one process.
 */
export function providePayload(provider: Provider): void {
  ;(globalThis as Holder)[KEY] = provider
}

export function getPayloadClient(): Promise<Payload> {
  const provider = (globalThis as Holder)[KEY]
  if (!provider)
    throw new Error(
      'No Payload client yet: the server provides one when it starts (instrumentation.ts); a test or script calls providePayload.',
    )
  return provider()
}
