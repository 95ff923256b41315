namespace RedHatApi.Sandbox.Rhsm;

/// <summary>What the emulated RHSM API serves (command line and PUT /_sandbox/settings).</summary>
public sealed class RhsmOptions
{
    /// <summary>Number of seeded RHSM systems.</summary>
    public int Systems { get; set; } = 250;

    /// <summary>Days without a check-in after which RHSM deletes a system; 0 (the default) keeps every seeded system.</summary>
    public int AutoDeleteDays { get; set; }

    /// <summary>Polls of an allocation's manifest export job that answer 202 before it completes.</summary>
    public int ManifestPolls { get; set; } = 2;

    /// <summary>What RHSM does with a limit above an endpoint's cap.</summary>
    public OverCapBehavior OverCap { get; set; } = OverCapBehavior.Cap;
}

/// <summary>Real RHSM has been seen to both cap an over-large limit silently and reject it.</summary>
public enum OverCapBehavior
{
    /// <summary>Serve the cap and echo it in pagination.limit.</summary>
    Cap,

    /// <summary>Answer 400 with the RHSM error body.</summary>
    Reject,
}
