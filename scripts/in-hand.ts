/**
 * `npm run report:in-hand`: how readers' reported monthly in-hand compares with what the take-home
 * calculator implies for their CTC, over approved reports that give one. For the operator (it reads
 * every report; it prints only the aggregate), and for docs/salary-reports.md.
 */
import { inHandAgreement } from '../lib/salaries/reports/inHand'
import { localPayload } from './localApi'

/** Fewer reports than this and the figure says more about the few readers than the calculator. */
const ENOUGH = 30

const payload = await localPayload()
const { docs } = await payload.find({
  collection: 'salary-reports',
  where: { and: [{ status: { equals: 'approved' } }, { monthlyInHand: { greater_than: 0 } }] },
  select: { ctc: true, variable: true, stock: true, city: true, monthlyInHand: true },
  pagination: false,
  overrideAccess: true,
})
const { count, medianRatio, insideShare } = inHandAgreement(
  docs.map((d) => ({
    ctc: d.ctc,
    variable: d.variable ?? 0,
    stock: d.stock ?? 0,
    city: d.city ?? 'other',
    monthlyInHand: d.monthlyInHand ?? null,
  })),
)
if (count < ENOUGH || medianRatio === null || insideShare === null) {
  console.log(`${count} approved reports give an in-hand; the figure needs ${ENOUGH}.`)
} else {
  console.log(
    `${count} approved reports: reported in-hand ÷ the calculator's (middle of its range) has median ${medianRatio.toFixed(3)}; ${Math.round(insideShare * 100)} % fall inside the range.`,
  )
}
await payload.destroy()
process.exit(0)
