export function SkillList({ items, label }: { items: string[]; label: string }) {
  if (items.length === 0) return null
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
          {item}
        </li>
      ))}
    </ul>
  )
}
