import { rupeesText } from '@/lib/salaries/rupees'
import type { RegimeResult } from '@/lib/salaries/takeHome/pay'

const row = 'border-b border-slate-200'
const cell = 'py-2 pr-4'
const figure = 'py-2 text-right tabular-nums'

/** One regime's income tax, step by step: income, deductions, slabs, rebate, surcharge, cess. */
export function TaxStepsTable({
  result,
  salary,
  cessRate,
}: {
  result: RegimeResult
  /** Salary taxable before deductions (perquisites included). */
  salary: number
  cessRate: number
}) {
  const { tax, deductions } = result
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{result.label}: income tax, step by step</caption>
      <tbody>
        <tr className={row}>
          <th scope="row" className={cell}>
            Salary
          </th>
          <td className={figure}>{rupeesText(salary)}</td>
        </tr>
        {deductions.map((d) => (
          <tr key={d.key} className={row}>
            <th scope="row" className={`${cell} font-normal`}>
              − {d.label} <span className="text-slate-500">({d.source.cite})</span>
            </th>
            <td className={figure}>−{rupeesText(d.amount)}</td>
          </tr>
        ))}
        <tr className={row}>
          <th scope="row" className={cell}>
            Taxable income <span className="font-normal text-slate-500">(to the nearest ₹10)</span>
          </th>
          <td className={`${figure} font-semibold`} data-testid={`taxable-${result.regime}`}>
            {rupeesText(tax.taxableIncome)}
          </td>
        </tr>
        {tax.slabs.map((s) => (
          <tr key={s.from} className={row}>
            <th scope="row" className={`${cell} font-normal`}>
              {rupeesText(s.from)}–{rupeesText(s.to)} at {s.rate} %
            </th>
            <td className={figure}>{rupeesText(s.tax)}</td>
          </tr>
        ))}
        <tr className={row}>
          <th scope="row" className={cell}>
            Tax on the slabs
          </th>
          <td className={figure}>{rupeesText(tax.slabTax)}</td>
        </tr>
        {tax.rebate > 0 && (
          <tr className={row}>
            <th scope="row" className={`${cell} font-normal`}>
              −{' '}
              {tax.rebateMarginalRelief > 0
                ? 'Marginal relief on the rebate (the tax may not exceed the income above the rebate limit)'
                : 'Rebate'}
            </th>
            <td className={figure}>−{rupeesText(tax.rebate)}</td>
          </tr>
        )}
        {tax.surchargeRate > 0 && (
          <tr className={row}>
            <th scope="row" className={`${cell} font-normal`}>
              + Surcharge at {tax.surchargeRate} %
              {tax.surchargeMarginalRelief > 0 &&
                `, less ${rupeesText(tax.surchargeMarginalRelief)} of marginal relief`}
            </th>
            <td className={figure}>{rupeesText(tax.surcharge)}</td>
          </tr>
        )}
        <tr className={row}>
          <th scope="row" className={`${cell} font-normal`}>
            + Health and education cess at {cessRate} %
          </th>
          <td className={figure}>{rupeesText(tax.cess)}</td>
        </tr>
        <tr className="border-b-2 border-slate-300">
          <th scope="row" className={cell}>
            Income tax for the year <span className="font-normal text-slate-500">(to ₹10)</span>
          </th>
          <td className={`${figure} font-semibold`} data-testid={`tax-${result.regime}`}>
            {rupeesText(tax.totalTax)}
          </td>
        </tr>
      </tbody>
    </table>
  )
}
