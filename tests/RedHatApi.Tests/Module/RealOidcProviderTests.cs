using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// One OpenID provider per test class, started on first use so a machine without Node only skips those tests.
/// </summary>
public abstract class OidcFixtureBase : IDisposable
{
    private readonly Lazy<OidcServer> _server;

    protected OidcFixtureBase(OidcServerOptions options)
    {
        _server = new Lazy<OidcServer>(() => new OidcServer(options));
    }

    public OidcServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A provider with 4-second access tokens.</summary>
public sealed class OidcFixture() : OidcFixtureBase(new OidcServerOptions(AccessTokenTtlSeconds: 4));

/// <summary>
/// Connect-RedHatApi and the token cache against real OAuth software (panva/oidc-provider behind Red Hat SSO's
/// Keycloak path): refresh, client credentials by post and basic, wrong and revoked tokens, expiry, rotation,
/// and single-flight across runspaces.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class RealOidcProviderTests : IClassFixture<OidcFixture>, IDisposable
{
    private const string ConnectId = ",RedHatApi.Commands.Session.ConnectRedHatApiCommand";
    private readonly OidcFixture _fixture;
    private readonly ModuleRunspace _shell = new();

    public RealOidcProviderTests(OidcFixture fixture)
    {
        _fixture = fixture;
    }

    private OidcServer Oidc => _fixture.Server;

    private ScriptResult Run(string script, params (string Name, object? Value)[] variables)
    {
        var all = variables.ToDictionary(v => v.Name, v => v.Value);
        all["tokenUrl"] = Oidc.TokenUrl;
        return _shell.Run(script, all);
    }

    [OidcFact]
    public void An_offline_token_is_exchanged_with_the_refresh_token_grant()
    {
        var result = Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -NewSession", ("t", Secrets.Secure(Oidc.OfflineToken)));
        Assert.Empty(result.ErrorIds);
        var session = result.OutputOf<RedHatApiSession>().Single();
        var credential = session.Credentials.Single();
        Assert.Equal("cloud-services", credential.ClientId);
        Assert.Equal(1, credential.RefreshCount);
        Assert.InRange(credential.AccessTokenExpiresAt!.Value, DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow.AddSeconds(5));
    }

    [OidcFact]
    public void A_token_of_another_client_is_rejected_as_InvalidOfflineToken()
    {
        var result = Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -ClientId rhsm-api -NewSession", ("t", Secrets.Secure(Oidc.OfflineToken)));
        Assert.Equal("InvalidOfflineToken" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("grant request is invalid", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [OidcFact]
    public void A_wrong_offline_token_is_InvalidOfflineToken()
    {
        var result = Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -NewSession", ("t", Secrets.Secure("not-a-token-" + Guid.NewGuid())));
        Assert.Equal("InvalidOfflineToken" + ConnectId, Assert.Single(result.ErrorIds));
    }

    [OidcFact]
    public void A_revoked_offline_token_is_InvalidOfflineToken()
    {
        Assert.Empty(Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -ClientId rhsm-api -NewSession", ("t", Secrets.Secure(Oidc.RhsmOfflineToken))).ErrorIds);
        Oidc.Revoke(Oidc.RhsmOfflineToken, "rhsm-api");
        var result = Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -ClientId rhsm-api -NewSession", ("t", Secrets.Secure(Oidc.RhsmOfflineToken)));
        Assert.Equal("InvalidOfflineToken" + ConnectId, Assert.Single(result.ErrorIds));
    }

    [OidcFact]
    public void Client_credentials_work_with_the_secret_posted_or_as_basic()
    {
        var post = Run("Connect-RedHatApi -TokenUrl $tokenUrl -ClientId $id -ClientSecret $s -NewSession", ("id", Oidc.ServiceClientId), ("s", Secrets.Secure(Oidc.ServiceClientSecret)));
        Assert.Empty(post.ErrorIds);
        var basic = Run("Connect-RedHatApi -TokenUrl $tokenUrl -ClientId $id -ClientSecret $s -BasicAuth -NewSession", ("id", Oidc.BasicClientId), ("s", Secrets.Secure(Oidc.ServiceClientSecret)));
        Assert.Empty(basic.ErrorIds);
        Assert.True(Oidc.Grants("client_credentials") >= 2);
    }

    [OidcFact]
    public void A_wrong_client_secret_is_InvalidClientCredential()
    {
        var result = Run("Connect-RedHatApi -TokenUrl $tokenUrl -ClientId $id -ClientSecret $s -NewSession", ("id", Oidc.ServiceClientId), ("s", Secrets.Secure("wrong")));
        Assert.Equal("InvalidClientCredential" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.DoesNotContain("wrong", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [OidcFact]
    public void An_expired_access_token_is_replaced_before_use()
    {
        var result = Run("$s = Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -NewSession; $a = Get-RedHatApiToken -Session $s -Api Assisted -AsPlainText; [System.Threading.Thread]::Sleep(2500); $b = Get-RedHatApiToken -Session $s -Api Assisted -AsPlainText; $a -ne $b; $s.Credentials[0].RefreshCount",
            ("t", Secrets.Secure(Oidc.OfflineToken)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(true, result.Output[0].BaseObject);
        Assert.Equal(2, result.Output[1].BaseObject);
    }

    [OidcFact]
    public void Eight_parallel_runspaces_cause_one_grant_per_token_lifetime()
    {
        var session = Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -NewSession", ("t", Secrets.Secure(Oidc.OfflineToken))).OutputOf<RedHatApiSession>().Single();
        var before = Oidc.Grants("refresh_token");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using var shell = new ModuleRunspace();
            return shell.Run("$n = 0; $end = [DateTime]::UtcNow.AddSeconds(5); while ([DateTime]::UtcNow -lt $end) { $null = Get-RedHatApiToken -Session $s -Api Assisted; $n++ }; $n",
                new Dictionary<string, object?> { ["s"] = session });
        })).ToArray();
        Task.WaitAll(tasks);
        var seconds = watch.Elapsed.TotalSeconds;
        Assert.All(tasks, t => Assert.Empty(t.Result.ErrorIds));
        var calls = tasks.Sum(t => Convert.ToInt64(t.Result.Output.Single().BaseObject, System.Globalization.CultureInfo.InvariantCulture));
        var grants = Oidc.Grants("refresh_token") - before;

        // 4 s tokens are refreshed with 2 s left: about one grant per 2 s for all eight runspaces together.
        Assert.True(calls > 100, calls + " calls");
        Assert.InRange(grants, 1, (int)Math.Ceiling(seconds / 2.0) + 1);
    }

    public void Dispose() => _shell.Dispose();
}

/// <summary>A provider that rotates refresh tokens on every use.</summary>
public sealed class RotatingOidcFixture() : OidcFixtureBase(new OidcServerOptions(AccessTokenTtlSeconds: 2, Rotate: true));

[Collection(ModuleCollection.Name)]
public sealed class RotatingOidcProviderTests : IClassFixture<RotatingOidcFixture>, IDisposable
{
    private readonly RotatingOidcFixture _fixture;
    private readonly ModuleRunspace _shell = new();

    public RotatingOidcProviderTests(RotatingOidcFixture fixture)
    {
        _fixture = fixture;
    }

    [OidcFact]
    public void The_newest_refresh_token_is_kept_so_refreshes_go_on_and_the_original_goes_stale()
    {
        var oidc = _fixture.Server;
        var vars = new Dictionary<string, object?> { ["tokenUrl"] = oidc.TokenUrl, ["t"] = Secrets.Secure(oidc.OfflineToken) };
        var result = _shell.Run("$s = Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -NewSession; 1..3 | ForEach-Object { $null = Get-RedHatApiToken -Session $s -Api Assisted -ForceRefresh }; $s.Credentials[0].RefreshCount", vars);
        Assert.Empty(result.ErrorIds);
        Assert.Equal(4, result.Output.Single().BaseObject);

        // The token the user pasted was rotated away on the first refresh: reusing it now fails.
        var stale = _shell.Run("Connect-RedHatApi -TokenUrl $tokenUrl -OfflineToken $t -NewSession", vars);
        Assert.Equal("InvalidOfflineToken,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(stale.ErrorIds));
    }

    public void Dispose() => _shell.Dispose();
}
