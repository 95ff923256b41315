namespace RedHatApi.Sandbox.Console;

/// <summary>What the emulated console.redhat.com serves (command line and PUT /_sandbox/console).</summary>
public sealed class ConsoleOptions
{
    /// <summary>Inventory hosts that RHSM does not know (Satellite- or Insights-only, or auto-deleted by RHSM), beside one per RHSM system.</summary>
    public int ExtraHosts { get; set; } = 12;

    /// <summary>Hosts that check in (their updated time moves to now) after each page of GET /hosts is served.</summary>
    public int Drift { get; set; }

    /// <summary>Of those, every n-th is also renamed, which moves it in display-name order too (0: never).</summary>
    public int RenameEvery { get; set; }

    /// <summary>False: the seeded service account is in no User Access group yet, so console APIs answer it 403.</summary>
    public bool ServiceAccountInGroup { get; set; } = true;

    /// <summary>Seconds an export takes from pending to complete.</summary>
    public double ExportSeconds { get; set; } = 2;

    /// <summary>Exports end in failed instead of complete.</summary>
    public bool FailExports { get; set; }
}
