// The organisation's OpenID Connect provider, through openid-client: the authorization code flow
// with PKCE, state and nonce; the ID token's claims (and UserInfo's where the token lacks one we
// need); and the provider's own sign-out (RP-initiated logout).
import * as oidc from 'openid-client';
import type { SingleSignOnSettings } from './settings.js';

/** One sign-in under way, kept in the browser (an HttpOnly cookie) between start and callback. */
export interface SignInFlow {
  state: string;
  nonce: string;
  /** The PKCE code verifier; only its S256 challenge goes to the provider. */
  verifier: string;
  /** When it started (ms since 1970): a callback after FLOW_MAX_AGE_MS is refused. */
  startedAt: number;
  /** The page of the app to land on once signed in. */
  returnTo: string;
}

/** How long a person may take at the provider before the sign-in has to start over. */
export const FLOW_MAX_AGE_MS = 10 * 60 * 1000;

/** What the provider vouched for: every claim of the ID token (and UserInfo), and the token itself. */
export interface ProviderAnswer {
  claims: Readonly<Record<string, unknown>>;
  idToken: string;
}

/** What went wrong with the provider, as the person can be told it. */
export type ProviderFailure =
  /** The provider answered the sign-in with an error (`access_denied` when the person said no). */
  | { kind: 'error_response'; error: string }
  /** The provider's token endpoint refused the code (used already, expired). */
  | { kind: 'code_refused'; error: string }
  /** The provider did not answer, or not in time. */
  | { kind: 'unreachable' }
  /** The provider's answer could not be accepted (a token that does not verify, a missing ID token). */
  | { kind: 'invalid_answer' };

const UNREACHABLE_CODES = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT', 'OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON']);

/** Sorts what openid-client threw into what the person is told. */
export function providerFailureOf(error: unknown): ProviderFailure {
  if (error instanceof oidc.AuthorizationResponseError) return { kind: 'error_response', error: error.error };
  if (error instanceof oidc.ResponseBodyError) return { kind: 'code_refused', error: error.error };
  // fetch itself throws a TypeError when the connection fails.
  if (error instanceof TypeError) return { kind: 'unreachable' };
  if (error instanceof oidc.ClientError && UNREACHABLE_CODES.has(error.code ?? '')) return { kind: 'unreachable' };
  return { kind: 'invalid_answer' };
}

/** The configured provider: discovered on first use, so the app starts (and signs in with passwords) while it is away. */
export class IdentityProvider {
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: SingleSignOnSettings) {}

  /** The provider's metadata and our client, discovered once; a failed discovery is tried again next time. */
  configuration(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    this.#configuration ??= oidc.discovery(issuer, clientId, clientSecret, undefined, {
      timeout: 10,
      // Plain HTTP only for a provider on this machine (settings refuse any other): a test's or a developer's.
      ...(issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
    }).catch((error: unknown) => {
      this.#configuration = undefined;
      throw error;
    });
    return this.#configuration;
  }

  /** A new sign-in: the provider's authorization URL to send the browser to, and the flow to keep. */
  async begin(returnTo: string, now: Date): Promise<{ url: URL; flow: SignInFlow }> {
    const configuration = await this.configuration();
    const verifier = oidc.randomPKCECodeVerifier();
    const flow: SignInFlow = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier, startedAt: now.getTime(), returnTo };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /**
   * Finishes a sign-in from the callback's query: checks state, exchanges the code with the PKCE
   * verifier, verifies the ID token and its nonce. Claims the ID token lacks (the e-mail or the
   * groups, which many providers give only at UserInfo) are filled in from UserInfo for the same subject.
   */
  async finish(callbackQuery: string, flow: SignInFlow): Promise<ProviderAnswer> {
    const configuration = await this.configuration();
    // The address registered at the provider, whatever host or proxy the request came through.
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery;
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (idClaims === undefined || tokens.id_token === undefined) throw new oidc.ClientError('the provider gave no ID token');
    const { emailClaim, groupClaim } = this.settings;
    let claims: Record<string, unknown> = { ...idClaims };
    if ((claims[emailClaim] === undefined || claims[groupClaim] === undefined) && configuration.serverMetadata().userinfo_endpoint) {
      const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      // The ID token's own claims win: they are signed.
      claims = { ...userInfo, ...claims };
    }
    return { claims, idToken: tokens.id_token };
  }

  /**
   * Where to send the browser to end its session at the provider too (RP-initiated logout), or null
   * when the provider offers no end_session_endpoint or cannot be reached now (the local session is
   * ended either way).
   */
  async signOutUrl(idToken: string): Promise<URL | null> {
    const configuration = await this.configuration().catch(() => null);
    if (!configuration?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri.href,
    });
  }
}
