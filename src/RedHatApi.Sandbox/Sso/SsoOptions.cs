using System;

namespace RedHatApi.Sandbox.Sso;

/// <summary>How the emulated Red Hat SSO issues tokens (command line and PUT /_sandbox/settings).</summary>
public sealed class SsoOptions
{
    /// <summary>Lifetime of issued access tokens (expires_in).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Issue a new refresh token on every refresh and reject the old one as stale.</summary>
    public bool RotateRefreshTokens { get; set; }
}
