using System;
using System.Runtime.InteropServices;
using System.Security;

namespace RedHatApi.Auth;

/// <summary>
/// A secret (offline token, client secret, static bearer) held as a SecureString and made plain only for the
/// moment a request body or header is built. Replace() swaps in a rotated refresh token; Dispose() clears it.
/// </summary>
internal sealed class SecretValue : IDisposable
{
    private readonly object _gate = new();
    private SecureString? _value;

    internal SecretValue(SecureString value)
    {
        _value = value.Copy();
        _value.MakeReadOnly();
    }

    internal static SecretValue FromPlain(string plain)
    {
        using var secure = new SecureString();
        foreach (var c in plain)
        {
            secure.AppendChar(c);
        }

        return new SecretValue(secure);
    }

    internal bool IsCleared
    {
        get
        {
            lock (_gate)
            {
                return _value is null;
            }
        }
    }

    /// <summary>The plain text; callers keep it only as long as one request needs it.</summary>
    internal string Reveal()
    {
        lock (_gate)
        {
            if (_value is null)
            {
                throw new ObjectDisposedException(nameof(SecretValue), "The credential was cleared by Disconnect-RedHatApi.");
            }

            return ToPlain(_value);
        }
    }

    /// <summary>A copy for callers that hand a SecureString to the user.</summary>
    internal SecureString RevealSecure()
    {
        lock (_gate)
        {
            return _value?.Copy() ?? throw new ObjectDisposedException(nameof(SecretValue));
        }
    }

    /// <summary>Keeps the newest value (SSO rotates refresh tokens).</summary>
    internal void Replace(string plain)
    {
        using var fresh = FromPlain(plain);
        lock (_gate)
        {
            _value?.Dispose();
            _value = fresh.RevealSecure();
            _value.MakeReadOnly();
        }
    }

    /// <summary>True when the secret equals <paramref name="plain"/>, without keeping a copy.</summary>
    internal bool Matches(string plain) => string.Equals(Reveal(), plain, StringComparison.Ordinal);

    public void Dispose()
    {
        lock (_gate)
        {
            _value?.Dispose();
            _value = null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => "********";

    internal static string ToPlain(SecureString secure)
    {
        var ptr = IntPtr.Zero;
        try
        {
            ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
            return Marshal.PtrToStringUni(ptr) ?? string.Empty;
        }
        finally
        {
            if (ptr != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }
    }
}
