/** The words of the moves page and related lists, in one place. */

/** "a DevOps Engineer", "an Engineering Manager", "a UX Designer" (said "you-ex"). */
export function aCareer(title: string): string {
  const an = /^[aeio]/i.test(title) || /^u[a-z]/.test(title) || /^U[a-z]/.test(title)
  return `${an ? 'an' : 'a'} ${title}`
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
