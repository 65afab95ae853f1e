import type { Field } from 'payload'

import { ISCO_08_PATTERN, NCO_2015_PATTERN } from '@/lib/skills/occupationCodes'

const checked =
  (pattern: RegExp, example: string) =>
  (value: string | null | undefined): true | string =>
    !value || pattern.test(value) || `Use the code's digits only, e.g. "${example}".`

/** The official occupation the career falls under, for search engines (profile JSON-LD). */
export const occupationCodeFields: Field = {
  type: 'row',
  fields: [
    {
      name: 'nco2015',
      label: 'NCO-2015 code',
      type: 'text',
      validate: checked(NCO_2015_PATTERN, '2512 or 2512.0100'),
      admin: {
        description:
          "India's National Classification of Occupations 2015: the unit group, or the occupation's full code.",
      },
    },
    {
      name: 'isco08',
      label: 'ISCO-08 code',
      type: 'text',
      validate: checked(ISCO_08_PATTERN, '2512'),
      admin: {
        description:
          "The ILO's International Standard Classification of Occupations: the unit group.",
      },
    },
  ],
}
