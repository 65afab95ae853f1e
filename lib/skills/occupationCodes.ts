/**
 * Official occupation codes. ISCO-08 (ILO) unit groups have four digits; India's NCO-2015 follows
 * ISCO-08 to the unit group and adds a four-digit occupation after a dot ("2512.0100").
 */
export const ISCO_08_PATTERN = /^\d{4}$/
export const NCO_2015_PATTERN = /^\d{4}(\.\d{4})?$/

/** The code sets, as JSON-LD names them (`inCodeSet`). */
export const CODE_SETS = { nco2015: 'NCO-2015', isco08: 'ISCO-08' } as const
