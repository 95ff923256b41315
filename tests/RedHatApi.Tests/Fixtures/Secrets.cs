using System.Security;

namespace RedHatApi.Tests.Fixtures;

/// <summary>The runspace has no ConvertTo-SecureString (it lives in a module absent here): tests build them in C#.</summary>
public static class Secrets
{
    public static SecureString Secure(string plain)
    {
        var secure = new SecureString();
        foreach (var c in plain)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
