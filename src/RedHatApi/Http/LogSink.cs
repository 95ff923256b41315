using System.Threading;

namespace RedHatApi.Http;

/// <summary>Where HTTP and auth log lines go: the Verbose and Debug streams of the cmdlet that caused them.</summary>
internal interface ILogTarget
{
    void Verbose(string message);

    void Debug(string message);

    void Warning(string message);
}

/// <summary>
/// Routes engine log lines to the cmdlet whose call caused them. An AsyncLocal flows with the awaits of that one
/// call, so two cmdlets sharing a session in parallel runspaces each see only their own requests, and handlers
/// never hold a reference to a cmdlet.
/// </summary>
internal static class LogSink
{
    private static readonly AsyncLocal<ILogTarget?> CurrentTarget = new();

    /// <summary>The target for the current async flow, or null outside a cmdlet.</summary>
    internal static ILogTarget? Current
    {
        get => CurrentTarget.Value;
        set => CurrentTarget.Value = value;
    }

    internal static void Verbose(string message) => Current?.Verbose(message);

    internal static void Debug(string message) => Current?.Debug(message);

    internal static void Warning(string message) => Current?.Warning(message);
}
