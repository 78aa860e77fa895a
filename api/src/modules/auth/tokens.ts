import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { StaffRole } from '../staff/staff-user.entity.js';

/** What a bearer token says about its holder. The session id (`sid`) is checked against auth_session on every request. */
export type TokenClaims =
  | { kind: 'STAFF'; sid: string; staffId: number; username: string; name: string; role: StaffRole; orgUnitId: number }
  | { kind: 'CLIENT'; sid: string; clientId: string; name: string; scopes: string[] }
  | { kind: 'RETIREE'; sid: string; retireeId: number; name: string; orgPath: string };

/** Claims before the session id is assigned (distributes Omit over the union). */
export type NewSessionClaims = TokenClaims extends infer C ? (C extends TokenClaims ? Omit<C, 'sid'> : never) : never;

const ISSUER = 'retiree-platform';

export class TokenService {
  constructor(private readonly secret: Uint8Array) {}

  newSessionId(): string {
    return randomUUID();
  }

  async sign(claims: TokenClaims, expiresAt: Date): Promise<string> {
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
  }

  /** The token's claims, or null when it is malformed, forged or expired. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
      const kind = payload.kind;
      if ((kind === 'STAFF' || kind === 'CLIENT' || kind === 'RETIREE') && typeof payload.sid === 'string') {
        return payload as unknown as TokenClaims;
      }
      return null;
    } catch {
      return null;
    }
  }
}
