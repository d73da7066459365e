// How people sign in, as the environment sets it: with a password (local accounts), through the
// organisation's OpenID Connect provider (single sign-on), or both.
import { AppError } from '../../domain/errors.js';
import { parseRoleMap, type RoleMapping } from '../../domain/role-map.js';

/** Where the provider sends the browser back after signing in, below PUBLIC_URL. */
export const CALLBACK_PATH = '/api/auth/oidc/callback';
/** Where signing in through the provider starts. */
export const START_PATH = '/api/auth/oidc/start';
/** Where the provider sends the browser after its own sign-out, below PUBLIC_URL. */
export const SIGNED_OUT_PATH = '/logga-in';

/** Single sign-on through the organisation's OpenID Connect provider. */
export interface SingleSignOnSettings {
  /** OIDC_ISSUER: the provider's issuer; its discovery document lies below it. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The claim that carries the e-mail address (OIDC_EMAIL_CLAIM, default `email`). */
  emailClaim: string;
  /** The claim that carries the groups (OIDC_GROUP_CLAIM, default `groups`). */
  groupClaim: string;
  /** Which groups give a person without an account which role (OIDC_ROLE_MAP). */
  roleMap: readonly RoleMapping[];
  /** What the sign-in page calls the provider: "Logga in med <name>" (OIDC_NAME). */
  name: string;
  /** The scopes asked for (OIDC_SCOPES, default `openid email profile`). */
  scopes: string;
  /** PUBLIC_URL + CALLBACK_PATH: register it at the provider. */
  redirectUri: URL;
  /** PUBLIC_URL + SIGNED_OUT_PATH: register it at the provider as the post-logout redirect URI. */
  postLogoutRedirectUri: URL;
}

/** How people may sign in. */
export interface SignInSettings {
  /** Password sign-in (LOCAL_ACCOUNTS, on unless `off`). */
  localAccounts: boolean;
  /** Single sign-on, or null when OIDC_ISSUER is unset. */
  sso: SingleSignOnSettings | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function refuse(field: string, message: string): never {
  throw new AppError('invalid_input', `${field}: ${message}`, { field });
}

function urlSetting(field: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    return refuse(field, `”${value}” är ingen adress (till exempel https://login.stad.se/realms/stad).`);
  }
}

/** The public address the app is reached at (PUBLIC_URL), as e-mails use it too. */
export function publicUrlSetting(env: NodeJS.ProcessEnv): URL {
  return urlSetting('PUBLIC_URL', env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`);
}

/**
 * Reads the sign-in settings from the environment; throws a Swedish invalid_input naming the
 * variable when one cannot be used, so `redovisa serve` stops before it serves anyone.
 */
export function signInSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SignInSettings {
  const local = (env.LOCAL_ACCOUNTS?.trim() || 'on').toLowerCase();
  if (local !== 'on' && local !== 'off') refuse('LOCAL_ACCOUNTS', `”${env.LOCAL_ACCOUNTS}” ska vara on eller off.`);
  const issuerText = env.OIDC_ISSUER?.trim();
  if (!issuerText) {
    if (local === 'off') refuse('LOCAL_ACCOUNTS', 'off stänger av inloggning med lösenord, men ingen annan inloggning är inställd: sätt OIDC_ISSUER, OIDC_CLIENT_ID och OIDC_CLIENT_SECRET.');
    return { localAccounts: true, sso: null };
  }
  const issuer = urlSetting('OIDC_ISSUER', issuerText);
  // The provider's answers vouch for who signs in: only over HTTPS, but for a provider on this machine.
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname))) {
    refuse('OIDC_ISSUER', `${issuerText} ska vara en https-adress.`);
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) refuse('OIDC_CLIENT_ID', 'ange klient-id:t som Redovisa har hos organisationens inloggning.');
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientSecret) refuse('OIDC_CLIENT_SECRET', 'ange klienthemligheten som Redovisa har hos organisationens inloggning.');
  const scopes = (env.OIDC_SCOPES?.trim() || 'openid email profile').split(/\s+/u);
  if (!scopes.includes('openid')) refuse('OIDC_SCOPES', 'ska innehålla openid (till exempel ”openid email profile”).');
  const publicUrl = publicUrlSetting(env);
  return {
    localAccounts: local === 'on',
    sso: {
      issuer, clientId, clientSecret,
      emailClaim: env.OIDC_EMAIL_CLAIM?.trim() || 'email',
      groupClaim: env.OIDC_GROUP_CLAIM?.trim() || 'groups',
      roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
      name: env.OIDC_NAME?.trim() || 'organisationens inloggning',
      scopes: scopes.join(' '),
      redirectUri: new URL(CALLBACK_PATH, publicUrl),
      postLogoutRedirectUri: new URL(SIGNED_OUT_PATH, publicUrl),
    },
  };
}
