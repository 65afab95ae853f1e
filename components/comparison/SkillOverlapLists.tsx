import { SkillList } from '@/components/profile/SkillList'
import type { SkillOverlap } from '@/lib/comparisons/pairComparison'

/** Skills and tools both careers use, and those only one of them does. */
export function SkillOverlapLists({
  skills,
  firstTitle,
  secondTitle,
}: {
  skills: SkillOverlap
  firstTitle: string
  secondTitle: string
}) {
  const groups = [
    { title: 'Both use', items: skills.shared },
    { title: `Only ${firstTitle}`, items: skills.onlyFirst },
    { title: `Only ${secondTitle}`, items: skills.onlySecond },
  ]
  return (
    <div className="grid gap-6 md:grid-cols-3">
      {groups.map((group) => (
        <div key={group.title}>
          <h3 className="font-semibold text-slate-900">{group.title}</h3>
          <div className="mt-2">
            {group.items.length ? (
              <SkillList label={group.title} items={group.items} />
            ) : (
              <p className="text-sm text-slate-600">None listed.</p>
            )}
          </div>
        </div>
      ))}
    </div>
  )
}
