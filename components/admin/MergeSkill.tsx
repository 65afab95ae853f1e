'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { usePostThenOpen } from './usePostThenOpen'

type Choice = { id: number | string; name: string }

/**
 * In a skill's sidebar, for editors: merge this skill into another (POST /api/skills/:id/merge).
 * Every career naming this one then names the other, which answers to this one's spellings.
 */
export function MergeSkill() {
  const { id } = useDocumentInfo()
  const post = usePostThenOpen()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [choices, setChoices] = useState<Choice[]>([])
  const [into, setInto] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!id) return
    fetch(`${api}/skills?pagination=false&sort=name&depth=0&select[name]=true`, {
      credentials: 'include',
    })
      .then((response) => response.json())
      .then((body: { docs?: Choice[] }) =>
        setChoices((body.docs ?? []).filter((skill) => String(skill.id) !== String(id))),
      )
      .catch(() => setChoices([]))
  }, [api, id])
  if (!id) return null
  async function merge() {
    const target = choices.find((skill) => String(skill.id) === into)
    if (!target) return
    if (
      !window.confirm(
        `Merge this skill into "${target.name}"? Every career naming it will name "${target.name}" instead, and this skill will be deleted.`,
      )
    )
      return
    setBusy(true)
    try {
      await post(
        `/skills/${id}/merge`,
        { into: target.id },
        { done: `Merged into ${target.name}.`, failed: 'The skills could not be merged.' },
      )
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="field-type" style={{ marginTop: 24 }}>
      <label className="field-label" htmlFor="merge-into">
        Merge into another skill
      </label>
      <select
        id="merge-into"
        value={into}
        onChange={(event) => setInto(event.target.value)}
        style={{ width: '100%', marginBottom: 8 }}
      >
        <option value="">Choose the skill to keep…</option>
        {choices.map((skill) => (
          <option key={skill.id} value={String(skill.id)}>
            {skill.name}
          </option>
        ))}
      </select>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy || !into}
        onClick={merge}
        margin={false}
      >
        Merge
      </Button>
    </div>
  )
}
