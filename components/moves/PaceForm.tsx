import { FilterForm } from '@/components/forms/FilterForm'
import { SelectField } from '@/components/forms/SelectField'
import { PACES } from '@/lib/skills/graph'

/** The reader's pace, as a plain GET form: weeks are recomputed by the server, JavaScript or not. */
export function PaceForm({ action, pace }: { action: string; pace: number }) {
  return (
    <FilterForm action={action} label="Change your pace">
      <SelectField
        id="pace"
        name="pace"
        label="Hours a week you can learn"
        value={String(pace)}
        options={PACES.map((hours) => ({ value: String(hours), label: `${hours} hours a week` }))}
      />
    </FilterForm>
  )
}
