'use client'

import { type KeyboardEvent, useEffect, useRef, useState } from 'react'

import { FormField } from '@/components/forms/FormField'
import { useHydrated } from '@/components/forms/useHydrated'
import { SITE_PATHS } from '@/lib/paths'
import type { NamedCareer } from '@/lib/search/careerNames'

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const PAUSE_MS = 120

/**
 * A career by name, for the compare pickers: a plain text field that the picker's GET form sends
 * (the pick page matches the name, and offers choices when it could mean several), and once scripts
 * run a combobox suggesting matching careers as the reader types (the ARIA combobox pattern:
 * arrows move, Enter chooses, Escape closes). No page carries the list of every career.
 */
export function CareerField({
  id,
  name,
  label,
  defaultValue,
  error,
  className,
  exclude,
}: {
  id: string
  name: string
  label: string
  defaultValue?: string | null
  error?: string
  className?: string
  /** A career never to suggest: the profile's own, on a profile. */
  exclude?: string
}) {
  const hydrated = useHydrated()
  const [text, setText] = useState(defaultValue ?? '')
  // The suggestion chosen, sent by its address: two careers may share a name.
  const [chosen, setChosen] = useState<NamedCareer | null>(null)
  const [careers, setCareers] = useState<NamedCareer[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const listId = `${id}-suggestions`

  // Suggestions for what the reader typed, after a pause; an answer to an older query is dropped.
  useEffect(() => {
    const query = typed.current?.trim()
    if (!query) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(
          `${SITE_PATHS.compareMatches}?q=${encodeURIComponent(query)}`,
          { signal: controller.signal },
        )
        if (!response.ok) return
        const found = ((await response.json()) as { careers: NamedCareer[] }).careers.filter(
          (career) => career.slug !== exclude,
        )
        setCareers(found)
        setActive(-1)
        // Not opened under a reader who has moved on to another field.
        setOpen(found.length > 0 && document.activeElement === input.current)
      } catch {
        // Aborted by the next keystroke, or offline: the plain form still works.
      }
    }, PAUSE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [text, exclude])

  // The active suggestion stays in view as the arrows move through a list taller than its box.
  useEffect(() => {
    if (active >= 0)
      document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [active, listId])

  const choose = (career: NamedCareer) => {
    typed.current = null
    setText(career.title)
    setChosen(career)
    setOpen(false)
    setActive(-1)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (careers.length === 0) return
      event.preventDefault()
      const last = careers.length - 1
      setOpen(true)
      setActive((current) =>
        event.key === 'ArrowDown'
          ? current >= last
            ? 0
            : current + 1
          : current <= 0
            ? last
            : current - 1,
      )
    } else if (event.key === 'Enter' && open && active >= 0 && careers[active]) {
      event.preventDefault()
      choose(careers[active])
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  const expanded = hydrated && open && careers.length > 0
  return (
    <FormField id={id} label={label} error={error} className={className}>
      {(describedBy) => (
        <div className="relative">
          {chosen?.slug && <input type="hidden" name={name} value={chosen.slug} />}
          <input
            ref={input}
            id={id}
            name={chosen?.slug ? undefined : name}
            type="text"
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="Type a career, e.g. Data Scientist"
            value={text}
            onChange={(event) => {
              typed.current = event.target.value
              setText(event.target.value)
              setChosen(null)
              // The old suggestions answer another query: none is offered until the new ones come.
              setCareers([])
              setOpen(false)
              setActive(-1)
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...(hydrated && {
              role: 'combobox',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': expanded,
              'aria-controls': listId,
              'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
            })}
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal text-slate-900"
          />
          {hydrated && (
            <ul
              id={listId}
              role="listbox"
              aria-label={`${label}: suggestions`}
              hidden={!expanded}
              className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-lg border border-slate-300 bg-white py-1 shadow-lg"
            >
              {careers.map((career, index) => (
                <li
                  key={career.slug}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  // Chosen before the field's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault()
                    choose(career)
                  }}
                  className={`cursor-pointer px-3 py-2 text-slate-900 ${index === active ? 'bg-brand-50 font-medium' : 'hover:bg-slate-50'}`}
                >
                  {career.title}
                </li>
              ))}
            </ul>
          )}
          {hydrated && (
            <p role="status" className="sr-only">
              {expanded
                ? `${careers.length} ${careers.length === 1 ? 'career matches' : 'careers match'}; arrows to choose`
                : ''}
            </p>
          )}
        </div>
      )}
    </FormField>
  )
}
