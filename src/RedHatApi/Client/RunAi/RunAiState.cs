using RedHatApi.Auth;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// What a Run:ai connection carries beside its pipeline (the connection's Details): its token source, so
/// Get-RedHatApiSession and Verbose output can say which token endpoint serves it.
/// </summary>
internal sealed class RunAiState
{
    /// <summary>The connection family of Run:ai control planes.</summary>
    internal const string Family = "RunAi";

    internal RunAiState(RunAiTokenSource source, TokenCache tokens)
    {
        Source = source;
        Tokens = tokens;
    }

    internal RunAiTokenSource Source { get; }

    internal TokenCache Tokens { get; }
}
