using System.Security;
using RedHatApi.Auth;

namespace RedHatApi.Commands.OpenShift;

/// <summary>The token as the user asked for it: a SecureString, or a String with -AsPlainText.</summary>
internal static class ServiceAccountTokenOutput
{
    internal static object Wrap(string token, bool asPlainText)
    {
        if (asPlainText)
        {
            return token;
        }

        using var secret = SecretValue.FromPlain(token);
        SecureString secure = secret.RevealSecure();
        secure.MakeReadOnly();
        return secure;
    }
}
