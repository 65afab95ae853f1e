import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { isAdminUser } from '@/lib/staff'

/** Staff see these rounded or hidden (./editorsView.ts); a filter on the exact value would undo that. */
const AMOUNTS = ['ctc', 'fixed', 'variable', 'stock', 'monthlyInHand']
const NOT_FILTERABLE = [...AMOUNTS, 'city']
/**
 * Sorting gives the exact order, which against a report of known pay (an editor's own, as a reader)
 * is a comparison at a time; by city, it places a hidden city among the shown ones.
 */
const NOT_SORTABLE = NOT_FILTERABLE

/**
 * Every field a `where` names, at any depth. Payload reads `and` / `or` in any case (`OR`, `And`),
 * so any key that is not a field is looked into rather than trusted to be one of two spellings.
 */
function paths(where: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(where)) {
    for (const clause of where) paths(clause, into)
    return into
  }
  if (!where || typeof where !== 'object') return into
  for (const [key, value] of Object.entries(where)) {
    const combinator = ['and', 'or'].includes(key.toLowerCase())
    if (combinator) paths(value, into)
    else into.add(key.split('.')[0]!)
  }
  return into
}

const sortFields = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((field) => String(field).trim().replace(/^-/, ''))
    .filter(Boolean)

/**
 * Refuses, for everyone but admins and the server itself, a query on what staff may not see exactly:
 * a binary search with `ctc > x` on one report would recover its exact CTC in twenty steps.
 */
export const protectQueries: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  // REST and the admin leave overrideAccess unset, which enforces access; only the server sets true.
  if (overrideAccess === true || isAdminUser(req.user)) return args
  if (!['read', 'readDistinct', 'count', 'update', 'delete'].includes(operation)) return args
  const { where, sort, field } = args as { where?: Where; sort?: unknown; field?: unknown }
  const filtered = [...paths(where)].filter((path) => NOT_FILTERABLE.includes(path))
  const sorted = sortFields(sort).filter((name) => NOT_SORTABLE.includes(name))
  // Distinct values of a field (Payload's findDistinct) list what is hidden one report at a time.
  const distinct = typeof field === 'string' && NOT_FILTERABLE.includes(field) ? [field] : []
  const refused = [...new Set([...filtered, ...sorted, ...distinct])]
  if (refused.length > 0)
    throw new APIError(
      `Salary reports cannot be filtered or sorted by ${refused.join(', ')}: staff see those rounded or hidden, to protect contributors.`,
      400,
      undefined,
      true,
    )
  return args
}
