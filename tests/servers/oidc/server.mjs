// A real OpenID provider (panva/oidc-provider) behind Red Hat SSO's Keycloak path, for RedHatApi's tests
// (shared design TEST-SERVERS.md §1). Real OAuth software, so refresh, rotation, revocation and client
// authentication failures are the library's own answers, not the project's guesses.
//
// Knobs (environment):
//   PORT            listening port on 127.0.0.1 (default 8180); part of the issuer, so fixed before start
//   REALM           realm in the path /auth/realms/$REALM (default redhat-external)
//   AT_TTL          access-token lifetime in seconds = expires_in (default 10)
//   RT_TTL          refresh-token, grant and session lifetime in seconds (default 86400)
//   ROTATE=1        rotate refresh tokens (re-using a rotated one then fails and revokes the newer one)
//   JWT=0           opaque access tokens instead of RS256 JWTs (typ at+jwt)
//   RESOURCE        audience of JWT access tokens (default https://api.example.test)
//   SEED_FILE       file to receive a pre-minted offline token of cloud-services
//   SEED_FILE_RHSM  file to receive a pre-minted offline token of rhsm-api (written before SEED_FILE, so a
//                   non-empty SEED_FILE means both are ready)
//
// Besides the realm it answers, on 127.0.0.1 only:
//   GET  /health       200 "ok"
//   GET  /stats        {"grants":{"refresh_token":N,"client_credentials":N}}: successful token responses per grant type
//   POST /stats/reset  204, counters back to 0
// Anything else outside /auth/realms/$REALM is a plain-text 404, as an unknown realm is.
//
// Revoking a seeded token uses the standard endpoint, with the public client's id and no secret:
//   POST /auth/realms/$REALM/protocol/openid-connect/revoke
//   token=<offline token>&token_type_hint=refresh_token&client_id=cloud-services   -> 200, empty body
// It destroys the refresh token and its grant, so the next refresh answers 400 invalid_grant.
import http from 'node:http';
import { rename, writeFile } from 'node:fs/promises';
import Provider from 'oidc-provider';

const PORT = Number(process.env.PORT ?? 8180);
const REALM = process.env.REALM ?? 'redhat-external';
const AT_TTL = Number(process.env.AT_TTL ?? 10);
const RT_TTL = Number(process.env.RT_TTL ?? 86400);
const ROTATE = process.env.ROTATE === '1';
const JWT = process.env.JWT !== '0';
const RESOURCE = process.env.RESOURCE ?? 'https://api.example.test';
const PREFIX = `/auth/realms/${REALM}`;
const ISSUER = `http://127.0.0.1:${PORT}${PREFIX}`;
const SCOPES = 'openid offline_access api.iam.service_accounts api.console';

// cloud-services and rhsm-api are public clients, as on sso.redhat.com: a refresh sends client_id and no secret.
const publicClient = (id) => ({
  client_id: id,
  token_endpoint_auth_method: 'none',
  grant_types: ['refresh_token', 'authorization_code'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/cb'],
});
// Service accounts: one client per way Keycloak accepts the secret (form field, or HTTP Basic).
const serviceClient = (id, method) => ({
  client_id: id,
  client_secret: 'svc-secret',
  token_endpoint_auth_method: method,
  grant_types: ['client_credentials'],
  response_types: [],
  redirect_uris: [],
});

const provider = new Provider(ISSUER, {
  clients: [publicClient('cloud-services'), publicClient('rhsm-api'),
    serviceClient('svc-client', 'client_secret_post'), serviceClient('svc-basic', 'client_secret_basic')],
  scopes: SCOPES.split(' '),
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  ttl: { AccessToken: AT_TTL, ClientCredentials: AT_TTL, RefreshToken: RT_TTL, Grant: RT_TTL, Session: RT_TTL },
  // false, not the library's default function: that one rotates every public client's token, and the tests
  // need both behaviours on demand.
  rotateRefreshToken: ROTATE,
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    // Without resource indicators oidc-provider only issues opaque access tokens; with a default resource every
    // grant gets a JWT whose exp the module can read, as it reads Red Hat SSO's.
    resourceIndicators: JWT
      ? {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: SCOPES, audience: RESOURCE, accessTokenFormat: 'jwt', accessTokenTTL: AT_TTL }),
      }
      : { enabled: false },
  },
  routes: {
    token: '/protocol/openid-connect/token',
    jwks: '/protocol/openid-connect/certs',
    authorization: '/protocol/openid-connect/auth',
    userinfo: '/protocol/openid-connect/userinfo',
    introspection: '/protocol/openid-connect/token/introspect',
    revocation: '/protocol/openid-connect/revoke',
    end_session: '/protocol/openid-connect/logout',
  },
});
provider.proxy = true;

// Emitted only after a grant handler produced its token response, so failed grants are not counted.
const grants = { refresh_token: 0, client_credentials: 0 };
provider.on('grant.success', (ctx) => {
  const type = ctx.oidc.params?.grant_type;
  if (Object.hasOwn(grants, type)) grants[type] += 1;
});

const callback = provider.callback();
const server = http.createServer((req, res) => {
  const path = req.url.split('?', 1)[0];
  if (path === '/health' && req.method === 'GET') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); return; }
  if (path === '/stats' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ grants }));
    return;
  }
  if (path === '/stats/reset' && req.method === 'POST') {
    for (const key of Object.keys(grants)) grants[key] = 0;
    res.writeHead(204); res.end();
    return;
  }
  // Exact realm match: /auth/realms/redhat-externalX is another (unknown) realm.
  if (path !== PREFIX && !path.startsWith(`${PREFIX}/`)) {
    res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not found'); return;
  }
  // oidc-provider routes on the stripped path but builds the URLs it publishes (discovery, jwks_uri, ...) from the
  // part of originalUrl in front of it, as when mounted in express; without it they would lose the realm path.
  req.originalUrl = req.url;
  req.url = req.url.slice(PREFIX.length) || '/';
  callback(req, res);
});

// An offline token minted directly, so no login page is needed (what a user copies from the console).
async function seed(clientId) {
  const grant = new provider.Grant({ accountId: 'test-user', clientId });
  grant.addOIDCScope('openid offline_access');
  if (JWT) grant.addResourceScope(RESOURCE, SCOPES);
  const grantId = await grant.save();
  const client = await provider.Client.find(clientId);
  return new provider.RefreshToken({
    accountId: 'test-user', client, grantId, gty: 'authorization_code', scope: 'openid offline_access',
    authTime: Math.floor(Date.now() / 1000), ...(JWT ? { resource: RESOURCE } : {}),
  }).save(); // save() returns the token string
}

// Write then rename, so a reader polling for a non-empty file never sees half a token.
async function writeSeed(file, clientId) {
  await writeFile(`${file}.tmp`, await seed(clientId));
  await rename(`${file}.tmp`, file);
}

server.listen(PORT, '127.0.0.1', async () => {
  try {
    if (process.env.SEED_FILE_RHSM) await writeSeed(process.env.SEED_FILE_RHSM, 'rhsm-api');
    if (process.env.SEED_FILE) await writeSeed(process.env.SEED_FILE, 'cloud-services');
  } catch (err) {
    console.error('seeding the offline tokens failed:', err);
    process.exit(1);
  }
  console.log(`oidc-provider listening on ${ISSUER} (AT_TTL=${AT_TTL} RT_TTL=${RT_TTL} ROTATE=${ROTATE ? 1 : 0} JWT=${JWT ? 1 : 0})`);
});
