import { TAKE_HOME_PARAMS, type TakeHomeDraft } from './input'

/** `?ctc=…&regime=…`: the parameters given, in a fixed order, for a link or the address bar. */
export function takeHomeSearch(draft: TakeHomeDraft): string {
  const params = new URLSearchParams()
  for (const name of TAKE_HOME_PARAMS) if (draft[name]) params.set(name, draft[name]!)
  const search = params.toString()
  return search ? `?${search}` : ''
}
