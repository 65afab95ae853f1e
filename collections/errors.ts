import { APIError } from 'payload'

/**
 * An error whose message the editor must see, in the admin and from the API. In a production build
 * Payload's error formatter meets our APIError as a class from another bundle chunk (so `instanceof`
 * fails) with its minified, empty `name`, and answers "An unknown error occurred." A fixed name lets
 * the formatter pass the message through; `isPublic` keeps it visible.
 */
export function publicError(message: string, status: 400 | 403 | 409 = 400): APIError {
  const error = new APIError(message, status, { message }, true)
  error.name = 'APIError'
  return error
}

/** A custom endpoint's refusal, shaped as Payload's own errors so the admin shows its message. */
export const endpointProblem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
