using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using RedHatApi.Errors;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// One Tab press: the session the command would use (an explicit -Session, else the default), the command and the
/// parameters already on the line as PowerShell's pseudo-binding saw them (<c>fakeBoundParameters</c>).
/// </summary>
internal sealed class CompletionContext
{
    private readonly IDictionary _bound;
    private readonly CommandAst? _command;

    private CompletionContext(SessionCore session, string commandName, string parameterName, CompletionText text, IDictionary bound, CommandAst? command)
    {
        Session = session;
        CommandName = commandName;
        ParameterName = parameterName;
        Text = text;
        _bound = bound;
        _command = command;
    }

    internal SessionCore Session { get; }

    internal string CommandName { get; }

    internal string ParameterName { get; }

    internal CompletionText Text { get; }

    /// <summary>
    /// The context, or null when there is nothing to complete from: no session, a disconnected one, or a -Session on
    /// the line whose value cannot be read without running code (completing from the default session then would
    /// offer another account's names).
    /// </summary>
    internal static CompletionContext? Create(string commandName, string parameterName, string? wordToComplete, CommandAst? commandAst, IDictionary? fakeBoundParameters)
    {
        var bound = fakeBoundParameters ?? new Hashtable();
        RedHatApiSession? session;
        if (Bound(bound, nameof(RedHatApiCmdlet.Session)) is { } given)
        {
            session = given as RedHatApiSession;
        }
        else
        {
            session = IsOnLine(commandAst, nameof(RedHatApiCmdlet.Session)) ? null : SessionStore.Current;
        }

        if (session is null || session.IsDisconnected)
        {
            return null;
        }

        return new CompletionContext(session.Core, commandName ?? string.Empty, parameterName ?? string.Empty, new CompletionText(wordToComplete), bound, commandAst);
    }

    /// <summary>
    /// True when the session holds a user credential for <paramref name="api"/>; no credential means no request at all
    /// (the command would fail with CredentialNotFound; a Tab press just offers nothing). A pull secret does not count:
    /// the API refuses it on the listings completers use.
    /// </summary>
    internal bool CanCall(ApiName api) =>
        !Session.IsDisposed && Session.Slots.Any(s => s.Kind != CredentialKind.PullSecret && s.Apis.Contains(api));

    /// <summary>The cluster the command would use (-Cluster on the line, else the current one); null when none matches.</summary>
    internal ClusterConnection? Cluster()
    {
        string? name = null;
        if (Bound(_bound, "Cluster") is { } value)
        {
            name = value as string;
            if (name is null)
            {
                return null;
            }
        }
        else if (IsOnLine(_command, "Cluster"))
        {
            return null;
        }

        try
        {
            return Session.ClusterFor(name);
        }
        catch (RedHatApiException)
        {
            return null;
        }
    }

    /// <summary>A string parameter already on the line (the first, for an array); null when absent or not a plain value.</summary>
    internal string? GetString(string name) => Bound(_bound, name) as string;

    /// <summary>A GUID parameter already on the line (typed as text or given as a value); null otherwise.</summary>
    internal Guid? GetGuid(string name) => Bound(_bound, name) switch
    {
        Guid id => id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => null,
    };

    /// <summary>True when a switch (or any parameter) is on the line.</summary>
    internal bool Has(string name) => _bound.Contains(name) || IsOnLine(_command, name);

    /// <summary>A bound value, unwrapped from PSObject and from a one-element or longer array (its first element).</summary>
    private static object? Bound(IDictionary bound, string name)
    {
        if (!bound.Contains(name))
        {
            return null;
        }

        var value = bound[name];
        if (value is PSObject wrapped)
        {
            value = wrapped.BaseObject;
        }

        if (value is object[] array)
        {
            value = array.Length > 0 ? array[0] : null;
            if (value is PSObject inner)
            {
                value = inner.BaseObject;
            }
        }

        return value;
    }

    /// <summary>
    /// True when the line names the parameter (or a prefix of it) even though pseudo-binding could not read its value
    /// (<c>-Session (Get-Something)</c>): then the completer must not guess.
    /// </summary>
    private static bool IsOnLine(CommandAst? command, string name) =>
        command is not null && command.CommandElements.OfType<CommandParameterAst>()
            .Any(p => p.ParameterName.Length > 1 && name.StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase));
}
