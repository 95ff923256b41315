using System;
using System.Management.Automation;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// What every connect cmdlet does around its own connection: pick the session it joins (-Session, else the live
/// default, else a new one), and once the connection is in, make a new session the default (unless -NewSession or
/// -Session) and write it with -PassThru. A family's connect cmdlet calls this and adds only its connection.
/// </summary>
internal static class SessionJoin
{
    /// <summary>The session to add to, and whether it was created here (then a failure disposes it).</summary>
    internal static (RedHatApiSession Session, bool Created) Target(RedHatApiSession? explicitSession, bool newSession, Func<SessionCore> create)
    {
        var existing = newSession ? null : explicitSession ?? LiveDefault();
        return existing is null ? (new RedHatApiSession(create()), true) : (existing, false);
    }

    /// <summary>Publishes the session: a created one becomes the process default unless it was asked to stay apart.</summary>
    internal static void Complete(PSCmdlet cmdlet, RedHatApiSession session, bool created, bool newSession, bool explicitSession, bool passThru)
    {
        if (created && !newSession && !explicitSession)
        {
            SessionStore.Exchange(session)?.Dispose();
        }

        if (passThru || newSession)
        {
            cmdlet.WriteObject(session);
        }
    }

    /// <summary>The default session, when it is still connected.</summary>
    internal static RedHatApiSession? LiveDefault() =>
        SessionStore.Current is { IsDisconnected: false } current ? current : null;

    /// <summary>"PowerShell 7.6.0 Core" for the User-Agent.</summary>
    internal static string HostDescription(PSCmdlet cmdlet)
    {
        var table = cmdlet.SessionState.PSVariable.GetValue("PSVersionTable") as System.Collections.IDictionary;
        var version = table?["PSVersion"]?.ToString() ?? cmdlet.Host.Version.ToString();
        var edition = table?["PSEdition"]?.ToString();
        return edition is null ? $"PowerShell {version}" : $"PowerShell {version} {edition}";
    }
}
