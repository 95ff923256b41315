using System;
using System.Collections.Generic;

namespace RedHatApi.Models.OpenShift;

/// <summary>
/// A service-account token: a bound, time-limited one from a TokenRequest (New-OpenShiftServiceAccountToken), or the
/// long-lived one of a legacy token secret (Get-OpenShiftServiceAccountToken). The token is a SecureString unless the
/// cmdlet was given -AsPlainText; no view and no ToString ever shows it.
/// </summary>
public sealed class OpenShiftServiceAccountToken
{
    internal OpenShiftServiceAccountToken(
        string ns, string serviceAccount, object token, string source, DateTimeOffset? issuedAt, DateTimeOffset? expiresAt, TimeSpan? requestedDuration,
        IReadOnlyList<string> audiences, string? boundObjectKind, string? boundObjectName, string? boundObjectUid, string? secretName, string cluster)
    {
        Namespace = ns;
        ServiceAccount = serviceAccount;
        Token = token;
        Source = source;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        RequestedDuration = requestedDuration;
        Audiences = audiences;
        BoundObjectKind = boundObjectKind;
        BoundObjectName = boundObjectName;
        BoundObjectUid = boundObjectUid;
        SecretName = secretName;
        Cluster = cluster;
    }

    /// <summary>The service account's namespace.</summary>
    public string Namespace { get; }

    /// <summary>The service account's name.</summary>
    public string ServiceAccount { get; }

    /// <summary>The user name the token authenticates as.</summary>
    public string UserName => $"system:serviceaccount:{Namespace}:{ServiceAccount}";

    /// <summary>The token: a SecureString, or a String when -AsPlainText was given. Pass it to Connect-RedHatApi -AccessToken.</summary>
    public object Token { get; }

    /// <summary>TokenRequest (bound, time-limited) or Secret (legacy, long-lived).</summary>
    public string Source { get; }

    /// <summary>When the cluster issued it (its iat claim), when known.</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>When it stops working, as the cluster granted it (status.expirationTimestamp), which may be sooner than asked; null for legacy tokens.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The -Duration asked for; null for the server's default or a legacy token.</summary>
    public TimeSpan? RequestedDuration { get; }

    /// <summary>How long it is valid as granted (ExpiresAt - IssuedAt); compare with RequestedDuration to see a shortened request.</summary>
    public TimeSpan? GrantedDuration => ExpiresAt is { } expires && IssuedAt is { } issued ? expires - issued : null;

    /// <summary>The audiences the token is valid for (the API server's own when none was asked).</summary>
    public IReadOnlyList<string> Audiences { get; }

    /// <summary>Pod or Secret the token is bound to: it stops working when that object is deleted.</summary>
    public string? BoundObjectKind { get; }

    /// <summary>The bound object's name.</summary>
    public string? BoundObjectName { get; }

    /// <summary>The bound object's uid.</summary>
    public string? BoundObjectUid { get; }

    /// <summary>The legacy token secret it was read from.</summary>
    public string? SecretName { get; }

    /// <summary>The cluster (its session name) it is for.</summary>
    public string Cluster { get; }

    /// <inheritdoc />
    public override string ToString() => ExpiresAt is { } expires ? $"{UserName} (expires {expires:u})" : $"{UserName} ({SecretName})";
}
