using System;

namespace RedHatApi.Session;

/// <summary>The URLs a session talks to. Defaults are Red Hat's production services.</summary>
public sealed class RedHatApiEndpoints
{
    /// <summary>Red Hat SSO token endpoint.</summary>
    public static readonly Uri DefaultTokenUrl =
        new("https://sso.redhat.com/auth/realms/redhat-external/protocol/openid-connect/token");

    /// <summary>RHSM API v1 base URL.</summary>
    public static readonly Uri DefaultRhsmUrl = new("https://api.access.redhat.com/management/v1/");

    /// <summary>Assisted Installer API v2 base URL.</summary>
    public static readonly Uri DefaultAssistedUrl = new("https://api.openshift.com/api/assisted-install/v2/");

    /// <summary>console.redhat.com's root URL; each console service adds its path (/api/inventory/v1/...).</summary>
    public static readonly Uri DefaultConsoleUrl = new("https://console.redhat.com/");

    /// <summary>Creates the endpoint set; a null argument keeps Red Hat's default.</summary>
    public RedHatApiEndpoints(Uri? tokenUrl = null, Uri? rhsmUrl = null, Uri? assistedUrl = null, Uri? consoleUrl = null)
    {
        TokenUrl = tokenUrl ?? DefaultTokenUrl;
        RhsmUrl = WithTrailingSlash(rhsmUrl ?? DefaultRhsmUrl);
        AssistedUrl = WithTrailingSlash(assistedUrl ?? DefaultAssistedUrl);
        ConsoleUrl = WithTrailingSlash(consoleUrl ?? DefaultConsoleUrl);
    }

    /// <summary>Red Hat SSO token endpoint (form POST).</summary>
    public Uri TokenUrl { get; }

    /// <summary>RHSM API base URL, ending in a slash.</summary>
    public Uri RhsmUrl { get; }

    /// <summary>Assisted Installer API base URL, ending in a slash.</summary>
    public Uri AssistedUrl { get; }

    /// <summary>console.redhat.com's root URL (not a service's base), ending in a slash.</summary>
    public Uri ConsoleUrl { get; }

    /// <summary>True when the endpoints were set with -Sandbox.</summary>
    public bool IsSandbox { get; private set; }

    /// <summary>All endpoints of a running RedHatApi.Sandbox at <paramref name="sandbox"/>.</summary>
    public static RedHatApiEndpoints ForSandbox(Uri sandbox)
    {
        var root = WithTrailingSlash(sandbox);
        return new RedHatApiEndpoints(
            new Uri(root, "auth/realms/redhat-external/protocol/openid-connect/token"),
            new Uri(root, "management/v1/"),
            new Uri(root, "api/assisted-install/v2/"),
            root)
        {
            IsSandbox = true,
        };
    }

    /// <summary>Base URL of one API.</summary>
    public Uri For(ApiName api) => api switch
    {
        ApiName.Rhsm => RhsmUrl,
        ApiName.Assisted => AssistedUrl,
        ApiName.Console => ConsoleUrl,
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, null),
    };

    /// <summary>Returns a copy with the given URLs replaced.</summary>
    public RedHatApiEndpoints With(Uri? tokenUrl = null, Uri? rhsmUrl = null, Uri? assistedUrl = null, Uri? consoleUrl = null) =>
        new(tokenUrl ?? TokenUrl, rhsmUrl ?? RhsmUrl, assistedUrl ?? AssistedUrl, consoleUrl ?? ConsoleUrl) { IsSandbox = IsSandbox && tokenUrl is null };

    /// <inheritdoc />
    public override string ToString() => RhsmUrl.GetLeftPart(UriPartial.Authority);

    // Relative paths resolve under a base only when it ends in '/'; users type URLs both ways.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
}
