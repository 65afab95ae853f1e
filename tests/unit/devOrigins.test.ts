import type os from 'node:os'

import { describe, expect, it } from 'vitest'

import { devOrigins } from '@/lib/platform/devOrigins'

const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as os.NetworkInterfaceInfo

describe('the hosts next dev answers besides localhost', () => {
  it('are 127.0.0.1 and the machine’s own network addresses, once each', () => {
    expect(
      devOrigins({
        lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
        eth0: [entry('192.168.1.20', 'IPv4'), entry('fe80::1', 'IPv6')],
        wlan0: [entry('10.0.0.7', 'IPv4'), entry('192.168.1.20', 'IPv4')],
      }),
    ).toEqual(['127.0.0.1', '192.168.1.20', '10.0.0.7'])
  })
})
