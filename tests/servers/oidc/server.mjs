// A real OpenID provider (panva/oidc-provider) behind Red Hat SSO's Keycloak path, for RedHatApi's tests.
// Knobs (environment): PORT, REALM, AT_TTL, RT_TTL, ROTATE=1, JWT=0, SEED_FILE, SEED_FILE_RHSM, RESOURCE.
// Besides the realm it answers GET /health, GET /stats (successful grants per grant type) and POST /stats/reset.
import http from 'node:http';
import { writeFile } from 'node:fs/promises';
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

const publicClient = (id) => ({
  client_id: id,
  token_endpoint_auth_method: 'none',
  grant_types: ['refresh_token', 'authorization_code'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/cb'],
});
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
  rotateRefreshToken: ROTATE,
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
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

const grants = { refresh_token: 0, client_credentials: 0 };
provider.on('grant.success', (ctx) => {
  const type = ctx.oidc.params?.grant_type;
  if (type in grants) grants[type] += 1;
});

const callback = provider.callback();
const server = http.createServer((req, res) => {
  if (req.url === '/health') { res.writeHead(200); res.end('ok'); return; }
  if (req.url === '/stats' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ grants }));
    return;
  }
  if (req.url === '/stats/reset' && req.method === 'POST') {
    for (const key of Object.keys(grants)) grants[key] = 0;
    res.writeHead(204); res.end();
    return;
  }
  if (!req.url.startsWith(PREFIX)) { res.writeHead(404); res.end('Not found'); return; }
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
  }).save();
}

server.listen(PORT, '127.0.0.1', async () => {
  if (process.env.SEED_FILE_RHSM) await writeFile(process.env.SEED_FILE_RHSM, await seed('rhsm-api'));
  if (process.env.SEED_FILE) await writeFile(process.env.SEED_FILE, await seed('cloud-services'));
  console.log(`oidc-provider listening on ${ISSUER}`);
});
