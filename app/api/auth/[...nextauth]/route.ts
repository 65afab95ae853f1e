import type { NextRequest } from 'next/server'
import NextAuth from 'next-auth'

import { authOptions } from '@/lib/auth/options'
import { createSignInGuard } from '@/lib/auth/signInGuard'

type Context = { params: Promise<{ nextauth: string[] }> }

const guardSignIn = createSignInGuard()

const handle = (request: NextRequest, context: Context) => NextAuth(request, context, authOptions())

export const GET = handle

export async function POST(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth
  const limited = await guardSignIn(request, action, provider)
  return limited ?? handle(request, context)
}
