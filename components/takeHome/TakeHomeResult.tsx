import { rupeesText } from '@/lib/salaries/rupees'
import { assumptionsOf } from '@/lib/salaries/takeHome/assumptions'
import { otherRegime, type TakeHomeResult as Result } from '@/lib/salaries/takeHome/pay'
import type { TaxYearRules } from '@/lib/salaries/takeHome/rules'

import { TaxStepsTable } from './TaxStepsTable'

const line = 'flex justify-between gap-4 border-b border-slate-200 py-2'

/** The answer: monthly and yearly in hand, the better regime, where the pay goes, the tax's steps. */
export function TakeHomeResult({ result, year }: { result: Result; year: TaxYearRules }) {
  const { input, parts, regimes } = result
  const chosen = regimes[input.regime]
  const other = regimes[otherRegime(input.regime)]
  const salary = parts.grossSalary + parts.retirementPerquisite
  const minus = (label: string, amount: number) =>
    amount > 0 && (
      <div className={line}>
        <dt>− {label}</dt>
        <dd className="tabular-nums">−{rupeesText(amount)}</dd>
      </div>
    )
  return (
    <div className="space-y-8">
      <div className="rounded-xl border border-brand-100 bg-brand-50 p-5">
        <p className="text-sm font-medium text-slate-700" data-testid="result-regime">
          {chosen.label}
        </p>
        <p className="mt-1 text-3xl font-bold text-slate-900 tabular-nums">
          <span data-testid="monthly-in-hand">{rupeesText(chosen.monthlyInHand)}</span>{' '}
          <span className="text-lg font-medium text-slate-700">a month in hand</span>
        </p>
        <p className="mt-2 text-slate-700">
          <span data-testid="annual-in-hand">{rupeesText(chosen.annualInHand)}</span> a year
          {parts.variable > 0 &&
            `, with ${rupeesText(chosen.variableInHand)} of variable pay after its tax, paid once a year`}
          .
        </p>
        <p className="mt-2 text-slate-700" data-testid="better-regime">
          {result.better === null
            ? 'Both regimes leave the same in hand for these figures.'
            : `The ${regimes[result.better].label.toLowerCase()} leaves ${rupeesText(result.difference)} a year more in hand than the ${regimes[otherRegime(result.better)].label.toLowerCase()} for these figures.`}
        </p>
      </div>

      <section aria-labelledby="take-home-parts">
        <h2 id="take-home-parts" className="text-xl font-semibold text-slate-900">
          Where the {input.basis === 'ctc' ? 'CTC' : 'salary'} goes, a year
        </h2>
        <dl className="mt-3 max-w-xl text-sm">
          <div className={line}>
            <dt>{input.basis === 'ctc' ? 'CTC' : 'Gross salary'}</dt>
            <dd className="tabular-nums">{rupeesText(input.amount)}</dd>
          </div>
          {minus("Employer's PF (never reaches your account)", parts.employerPf)}
          {minus('Gratuity (paid when you leave, after five years)', parts.gratuity)}
          {minus('Employer NPS (into your NPS account)', parts.employerNps)}
          {minus('Variable pay (paid once a year)', parts.variable)}
          {minus(`Your PF (${year.providentFund.rate} %, saved for you)`, parts.employeePf)}
          {minus('Professional tax', parts.professionalTax)}
          {minus('Income tax on the fixed pay', chosen.tax.totalTax - chosen.taxOnVariable)}
          <div className={`${line} font-semibold`}>
            <dt>In hand from the fixed pay (÷ 12 = a month)</dt>
            <dd className="tabular-nums">{rupeesText(chosen.monthlyInHand * 12)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="take-home-tax">
        <h2 id="take-home-tax" className="text-xl font-semibold text-slate-900">
          Income tax under the {chosen.label.toLowerCase()}, step by step
        </h2>
        <div className="mt-3 max-w-2xl">
          <TaxStepsTable result={chosen} salary={salary} cessRate={year.cess.rate} />
        </div>
        <details className="mt-4 max-w-2xl">
          <summary className="cursor-pointer font-medium text-brand-800">
            The {other.label.toLowerCase()}, step by step ({rupeesText(other.monthlyInHand)} a
            month)
          </summary>
          <div className="mt-3">
            <TaxStepsTable result={other} salary={salary} cessRate={year.cess.rate} />
          </div>
        </details>
      </section>

      <section aria-labelledby="take-home-assumptions">
        <h2 id="take-home-assumptions" className="text-xl font-semibold text-slate-900">
          Assumptions
        </h2>
        <ul className="mt-3 max-w-2xl space-y-1 text-sm text-slate-700">
          {assumptionsOf(input, year).map((a) => (
            <li key={a.key}>
              {a.label}: <strong>{a.value}</strong> {a.isDefault ? '(our default)' : '(yours)'}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
