import type {
  Field,
  NumberFieldSingleValidation,
  SelectFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { number, select, text } from 'payload/shared'

import {
  CONFIDENCE_LEVELS,
  confidenceProblem,
  type EvidenceInput,
  OUT_OF_DATE_AFTER_MONTHS,
  SALARY_METHODS,
  sampleSizeProblem,
  sourceUrlProblem,
} from '@/lib/salaries/evidence'

const orTrue = (problem: string | null) => problem ?? true

// Payload's own checks (option lists, number types, required) first, then the evidence rules.
const validConfidence: SelectFieldSingleValidation = (value, options) => {
  const base = select(value, options)
  return base === true
    ? orTrue(confidenceProblem(value, options.siblingData as EvidenceInput))
    : base
}

const validSampleSize: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  return orTrue(sampleSizeProblem(value, (options.siblingData as EvidenceInput).method))
}

const validSourceUrl: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  return base === true ? orTrue(sourceUrlProblem(value)) : base
}

/**
 * Where the figures come from, shown beside every band on the site: the method, named sources with
 * addresses readers can follow, how many people or postings were counted, the confidence the editor
 * gives the table, and when it was last checked.
 */
export const evidenceFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'method',
        type: 'select',
        required: true,
        defaultValue: 'editorial-estimate',
        options: [...SALARY_METHODS],
        admin: {
          width: '50%',
          description:
            'How the figures were made. Invented figures for a demo or a draft are "Illustrative".',
        },
      },
      {
        name: 'confidence',
        type: 'select',
        required: true,
        defaultValue: 'low',
        options: [...CONFIDENCE_LEVELS],
        validate: validConfidence,
        admin: {
          width: '25%',
          description: 'Shown to readers. High needs a sample size and a source address.',
        },
      },
      {
        name: 'sampleSize',
        type: 'number',
        validate: validSampleSize,
        admin: {
          width: '25%',
          step: 1,
          description: 'People or postings counted, when known.',
        },
      },
    ],
  },
  {
    name: 'source',
    type: 'text',
    required: true,
    maxLength: 200,
    admin: {
      description: 'Who made the figures, e.g. "Careerscope editors" or the name of a survey.',
    },
  },
  {
    name: 'sourceUrls',
    label: 'Source addresses',
    type: 'array',
    maxRows: 10,
    labels: { singular: 'Source', plural: 'Sources' },
    admin: { description: 'Pages readers can open to check the figures.' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'url',
            type: 'text',
            required: true,
            validate: validSourceUrl,
            admin: { width: '60%', placeholder: 'https://…' },
          },
          { name: 'label', type: 'text', maxLength: 120, admin: { width: '40%' } },
        ],
      },
    ],
  },
  {
    name: 'methodology',
    type: 'textarea',
    maxLength: 2000,
    admin: { description: 'How the figures were put together, for readers who ask.' },
  },
  {
    name: 'lastReviewed',
    type: 'date',
    required: true,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
      description: `Shown to readers as "reviewed on"; after ${OUT_OF_DATE_AFTER_MONTHS} months the table is flagged "may be out of date".`,
    },
  },
]
