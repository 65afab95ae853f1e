import type { Field, SelectField } from 'payload'

import { REVIEW_COMMENT_MAX, REVIEW_STATES } from '@/lib/editorial/review'
import { isPublisherUser } from '@/lib/staff'

import { isPublisher, isStaff } from '../access/roles'

const nobody = () => false

/**
 * Stamped by the server (./stampReview.ts), never typed; shown by name and in the viewer's time
 * zone by the stamps field below.
 */
const stamp = (name: string, label: string, type: 'date' | 'users'): Field => {
  const common = {
    name,
    label,
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
  }
  return type === 'date'
    ? { ...common, type: 'date' }
    : { ...common, type: 'relationship', relationTo: 'users' }
}

/**
 * The review hand-off on drafted content (articles, career profiles, salary tables): a writer marks
 * the draft ready, an editor publishes it or sends it back with a comment the writer reads here.
 * Part of each version, so it travels with the draft it describes.
 */
/**
 * Only editors and admins send a draft back (lib/editorial/review.ts refuses it from anyone else on every
 * path), so writers are not offered "Changes requested" — unless it is already the state, which
 * their draft must keep showing.
 */
export const offeredReviewStates: SelectField['filterOptions'] = ({ options, req, siblingData }) =>
  isPublisherUser(req.user) || (siblingData as { state?: unknown } | undefined)?.state === 'changes'
    ? options
    : options.filter((option) => (typeof option === 'string' ? option : option.value) !== 'changes')

export const reviewFields: Field[] = [
  {
    name: 'review',
    type: 'group',
    // Who asked whom for what is the newsroom's business, not the API's anonymous readers'.
    access: { read: isStaff },
    admin: {
      position: 'sidebar',
      description:
        'Writers: choose "Ready for review" when the draft is done. Editors: publish it, or write a comment and choose "Changes requested".',
    },
    fields: [
      {
        name: 'state',
        type: 'select',
        defaultValue: 'none',
        // A copy starts its own hand-off.
        hooks: { beforeDuplicate: [() => 'none'] },
        options: [...REVIEW_STATES],
        filterOptions: offeredReviewStates,
      },
      {
        name: 'comment',
        label: "Editor's comment",
        type: 'textarea',
        maxLength: REVIEW_COMMENT_MAX,
        access: { create: isPublisher, update: isPublisher },
        hooks: { beforeDuplicate: [() => null] },
      },
      stamp('requestedBy', 'Asked by', 'users'),
      stamp('requestedAt', 'Asked at', 'date'),
      stamp('commentedBy', 'Comment by', 'users'),
      stamp('commentedAt', 'Comment at', 'date'),
      {
        name: 'stamps',
        type: 'ui',
        admin: { components: { Field: '/components/admin/ReviewStamps#ReviewStamps' } },
      },
    ],
  },
  {
    ...stamp('lastEditedBy', 'Last edited by', 'users'),
    access: { read: isStaff, create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      // Shown by name in the review stamps; a list column (by name) only.
      condition: () => false,
      components: { Cell: '/components/admin/StaffNameCell#StaffNameCell' },
    },
  } as Field,
]
