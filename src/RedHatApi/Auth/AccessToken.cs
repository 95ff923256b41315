using System;

namespace RedHatApi.Auth;

/// <summary>A bearer token and when it stops being valid. ToString never shows the value.</summary>
internal sealed class AccessToken
{
    internal AccessToken(string value, DateTimeOffset expiresAt, DateTimeOffset issuedAt)
    {
        Value = value;
        ExpiresAt = expiresAt;
        IssuedAt = issuedAt;
    }

    internal string Value { get; }

    internal DateTimeOffset ExpiresAt { get; }

    internal DateTimeOffset IssuedAt { get; }

    internal TimeSpan Lifetime => ExpiresAt - IssuedAt;

    /// <inheritdoc />
    public override string ToString() => $"access token (expires {ExpiresAt:u})";
}
