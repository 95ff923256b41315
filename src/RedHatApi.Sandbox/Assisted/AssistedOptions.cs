namespace RedHatApi.Sandbox.Assisted;

/// <summary>How the emulated Assisted Installer paces and ends installations (command line and /_sandbox/assisted/settings).</summary>
public sealed class AssistedOptions
{
    /// <summary>
    /// Length of one install stage in milliseconds. An install takes five: preparing (1), installing (3), finalizing
    /// (1), so the default 1000 installs a cluster in about five seconds; tests shorten it.
    /// </summary>
    public int StepMilliseconds { get; set; } = 1000;

    /// <summary>Every installation ends in <c>error</c> half-way through installing (clusters named *fail-install* always do).</summary>
    public bool FailInstalls { get; set; }
}
