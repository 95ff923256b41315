using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>Turns Connect-RedHatApi's credential parameters (or the REDHAT_* variables) into credential slots.</summary>
internal static class CredentialFactory
{
    internal const string OfflineTokenVariable = "REDHAT_OFFLINE_TOKEN";
    internal const string ClientIdVariable = "REDHAT_CLIENT_ID";
    internal const string ClientSecretVariable = "REDHAT_CLIENT_SECRET";

    // The variables Red Hat's own tools (insights-client, the console's API examples) read for a service account.
    internal const string InsightsClientIdVariable = "INSIGHTS_CLIENT_ID";
    internal const string InsightsClientSecretVariable = "INSIGHTS_CLIENT_SECRET";

    internal static async Task<IReadOnlyList<CredentialSlot>> CreateAsync(
        ConnectRedHatApiCommand command, SessionCore session, CancellationToken cancellationToken)
    {
        switch (command.Set)
        {
            case ConnectRedHatApiCommand.Sets.OfflineToken:
                return new[] { Offline(session, new SecretValue(command.OfflineToken!), command.ClientId, command.Api) };
            case ConnectRedHatApiCommand.Sets.ClientSecret:
                return new[] { Service(session, command.ClientId!, new SecretValue(command.ClientSecret!), command) };
            case ConnectRedHatApiCommand.Sets.Credential:
                return new[] { Service(session, command.Credential!.UserName, new SecretValue(command.Credential.Password), command) };
            case ConnectRedHatApiCommand.Sets.AccessToken:
                return new[] { Static(new SecretValue(command.AccessToken!), command.Api) };
            case ConnectRedHatApiCommand.Sets.PullSecret:
            case ConnectRedHatApiCommand.Sets.PullSecretPath:
                // Agent auth, kept apart from the SSO credentials: see PullSecretCredential.
                return new[] { PullSecretCredential.Create(command, command.PullSecret, command.PullSecretPath) };
        }

        if (command.Sandbox is not null)
        {
            return await SandboxCredentials.CreateAsync(session, command.Api, cancellationToken).ConfigureAwait(false);
        }

        return FromEnvironment(session, command);
    }

    /// <summary>
    /// The client id comes from the token's azp claim when it has one; -ClientId must then agree (nothing is
    /// sent when it does not). A token that is not a JWT uses -ClientId, else cloud-services.
    /// </summary>
    internal static CredentialSlot Offline(SessionCore session, SecretValue token, string? requestedClient, ApiName[]? apis)
    {
        var tokenClient = JwtClaims.TryRead(token.Reveal())?.AuthorizedParty;
        if (tokenClient is not null && requestedClient is not null &&
            !string.Equals(tokenClient, requestedClient, StringComparison.Ordinal))
        {
            token.Dispose();
            throw SsoErrorTranslator.ClientMismatchBeforeSend(tokenClient, requestedClient);
        }

        var clientId = tokenClient ?? requestedClient ?? CredentialPolicy.DefaultOfflineClientId;
        var source = new OfflineTokenSource(session.CreateSsoClient(), clientId, token);
        return new CredentialSlot(clientId, CredentialKind.OfflineToken, apis ?? CredentialPolicy.DefaultApisFor(clientId, CredentialKind.OfflineToken), new TokenCache(source));
    }

    private static CredentialSlot Service(SessionCore session, string clientId, SecretValue secret, ConnectRedHatApiCommand command) =>
        Service(session, clientId, secret, command.Scope, command.BasicAuth, command.Api);

    internal static CredentialSlot Service(SessionCore session, string clientId, SecretValue secret, string? scope, bool basicAuth, ApiName[]? apis)
    {
        var source = new ClientCredentialsTokenSource(
            session.CreateSsoClient(), clientId, secret, scope ?? ClientCredentialsTokenSource.DefaultScope, basicAuth);
        return new CredentialSlot(clientId, CredentialKind.ClientCredentials, apis ?? CredentialPolicy.DefaultApisFor(clientId, CredentialKind.ClientCredentials), new TokenCache(source));
    }

    private static CredentialSlot Static(SecretValue token, ApiName[]? apis)
    {
        var clientId = JwtClaims.TryRead(token.Reveal())?.AuthorizedParty ?? "access-token";
        var all = (ApiName[])Enum.GetValues(typeof(ApiName));
        return new CredentialSlot(clientId, CredentialKind.AccessToken, apis ?? all, new TokenCache(new StaticTokenSource(token)));
    }

    private static CredentialSlot[] FromEnvironment(SessionCore session, ConnectRedHatApiCommand command)
    {
        var offline = Environment.GetEnvironmentVariable(OfflineTokenVariable);
        if (!string.IsNullOrWhiteSpace(offline))
        {
            return new[] { Offline(session, SecretValue.FromPlain(offline!.Trim()), command.ClientId, command.Api) };
        }

        // REDHAT_* first; the INSIGHTS_* pair is the fallback, so a host already set up for Red Hat's tools needs nothing more.
        foreach (var (idName, secretName) in new[] { (ClientIdVariable, ClientSecretVariable), (InsightsClientIdVariable, InsightsClientSecretVariable) })
        {
            var clientId = Environment.GetEnvironmentVariable(idName);
            var secret = Environment.GetEnvironmentVariable(secretName);
            if (!string.IsNullOrWhiteSpace(clientId) && !string.IsNullOrEmpty(secret))
            {
                return new[] { Service(session, clientId!.Trim(), SecretValue.FromPlain(secret!), command.Scope, false, command.Api) };
            }
        }

        throw new RedHatApiException(ErrorIds.CredentialMissing, Strings.CredentialMissing);
    }
}
