/** The site's mark (app/icon.svg), drawn inline so the admin needs no extra request for it. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="#3730a3" />
      <path
        d="M21.5 10.5a8 8 0 1 0 0 11"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinecap="round"
      />
      <circle cx="22.5" cy="16" r="2.2" fill="#a5b4fc" />
    </svg>
  )
}

/** The admin's navigation icon. */
export function AdminIcon() {
  return <BrandMark size={26} />
}

/** The login and first-user screens' logo: the mark and the name, not Payload's. */
export function AdminLogo() {
  return (
    <span className="cs-logo">
      <BrandMark size={40} />
      <span className="cs-logo__name">Careerscope</span>
      <span className="cs-logo__tag">Editorial admin</span>
    </span>
  )
}
