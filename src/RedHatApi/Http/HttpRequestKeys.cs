namespace RedHatApi.Http;

/// <summary>Keys of per-request properties the handlers share.</summary>
internal static class HttpRequestKeys
{
    /// <summary>Set (to true) on requests whose body must not be sent twice even on 503/429.</summary>
    internal const string NoReplay = "RedHatApi.NoReplay";
}
