import { type NextRequest, NextResponse } from 'next/server';

// The demo's "sign-in": whoever opens the page gets a session cookie (lib/session.ts reads it). Your auth does this.
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  if (!request.cookies.has('session')) {
    response.cookies.set('session', 'demo-user', { httpOnly: true, sameSite: 'strict', path: '/' });
  }
  return response;
}

export const config = { matcher: '/' };
