using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RedHatApi.Sandbox.Sso;

/// <summary>
/// Red Hat SSO (sso.redhat.com's Keycloak realm redhat-external): the token endpoint, seeded offline tokens of the
/// rhsm-api and cloud-services clients and a console service account. RHSM and Assisted check bearers with
/// <see cref="Tokens"/>.
/// </summary>
public sealed class SsoFamily : ISandboxFamily
{
    private SandboxState? _state;
    private (TimeSpan Lifetime, bool Rotate) _startup;

    public int Order => 10;

    public string Name => "Red Hat SSO";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--token-lifetime", "<s>", "Lifetime of issued access tokens (default 900).", (o, v) => o.Family<SsoOptions>().AccessTokenLifetime = TimeSpan.FromSeconds(SandboxFlag.Number(v))),
        SandboxFlag.Switch("--rotate-refresh-tokens", "Hand out a new refresh token on every refresh; the old one becomes stale.", o => o.Family<SsoOptions>().RotateRefreshTokens = true),
    };

    public IReadOnlyList<string> Help { get; } = new[]
    {
        "Token URL: POST " + TokenEndpoint.Path + " (refresh_token, client_credentials).",
    };

    /// <summary>The tokens SSO minted and which client each belongs to.</summary>
    public TokenService Tokens { get; private set; } = null!;

    /// <summary>The token endpoint's absolute URL.</summary>
    public Uri TokenUrl => new(_state!.BaseUri, TokenEndpoint.Path.TrimStart('/'));

    public void Initialize(SandboxState state)
    {
        _state = state;
        var options = state.Options.Family<SsoOptions>();
        _startup = (options.AccessTokenLifetime, options.RotateRefreshTokens);
        Tokens = new TokenService(options, state.Options.Seed, state.BaseUri);
    }

    public void Map(WebApplication app)
    {
        var state = _state!;
        app.MapPost(TokenEndpoint.Path, (Func<HttpContext, Task<IResult>>)(http => TokenEndpoint.HandleAsync(http, Tokens, state.Log)));
    }

    public void Reset()
    {
        var options = _state!.Options.Family<SsoOptions>();
        (options.AccessTokenLifetime, options.RotateRefreshTokens) = _startup;
        Tokens.Reset();
    }

    public void AddCredentials(JsonObject credentials)
    {
        credentials["offlineTokens"] = new JsonObject { ["rhsmApi"] = Tokens.RhsmOfflineToken, ["cloudServices"] = Tokens.ConsoleOfflineToken };
        credentials["serviceAccount"] = new JsonObject { ["clientId"] = TokenService.ServiceAccountId, ["clientSecret"] = Tokens.ServiceAccountSecret };
        credentials["tokenUrl"] = TokenUrl.AbsoluteUri;
    }

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        yield return new("SSO token URL", TokenUrl.ToString());
        yield return new("Offline token (rhsm-api)      ", Tokens.RhsmOfflineToken);
        yield return new("Offline token (cloud-services)", Tokens.ConsoleOfflineToken);
        yield return new("Service account               ", TokenService.ServiceAccountId + " / " + Tokens.ServiceAccountSecret);
    }
}
