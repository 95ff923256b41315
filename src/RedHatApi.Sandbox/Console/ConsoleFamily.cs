using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RedHatApi.Sandbox.Rhsm;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox.Console;

/// <summary>
/// console.redhat.com: the host-based inventory (/api/inventory/v1), derived from the RHSM systems so the same hosts
/// appear in both with subscription_manager_id = the RHSM UUID, with optional drift while a client pages; and the
/// export service (/api/export/v1) with its states and 7-day expiry. Accepts cloud-services, rhsm-api and service
/// account tokens of <see cref="SsoFamily"/>; --console-no-group answers the service account 403.
/// </summary>
public sealed class ConsoleFamily : ISandboxFamily
{
    private SandboxState? _state;
    private ConsoleOptions _startup = new();

    /// <summary>After RHSM: the inventory is derived from its systems.</summary>
    public int Order => 25;

    public string Name => "console.redhat.com";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--inventory-extra-hosts", "12", "Inventory hosts RHSM does not know (Satellite-only, or auto-deleted by RHSM), beside one per recent RHSM system.", (o, v) => o.Family<ConsoleOptions>().ExtraHosts = SandboxFlag.Count(v)),
        new SandboxFlag("--inventory-drift", "0", "Hosts that check in after each page of GET /hosts is served (they move in the default updated order).", (o, v) => o.Family<ConsoleOptions>().Drift = SandboxFlag.Count(v)),
        new SandboxFlag("--inventory-rename-every", "0", "Of the drifting hosts, every n-th is also renamed (moves in display-name order).", (o, v) => o.Family<ConsoleOptions>().RenameEvery = SandboxFlag.Count(v)),
        SandboxFlag.Switch("--console-no-group", "The service account is in no User Access group yet: console APIs answer it 403.", o => o.Family<ConsoleOptions>().ServiceAccountInGroup = false),
        new SandboxFlag("--export-seconds", "2", "Seconds an export takes from pending to complete.", (o, v) => o.Family<ConsoleOptions>().ExportSeconds = SandboxFlag.Number(v)),
        SandboxFlag.Switch("--export-fail", "Exports end in failed.", o => o.Family<ConsoleOptions>().FailExports = true),
    };

    public IReadOnlyList<string> Help { get; } = new[]
    {
        "API: " + InventoryEndpoints.Prefix + "/hosts and " + ExportEndpoints.Prefix + "/exports (cloud-services, rhsm-api or service account tokens).",
        "Control: PUT /_sandbox/console {drift, renameEvery, serviceAccountInGroup, exportSeconds, failExports};",
        "  POST /_sandbox/console/exports/age {days} makes every export that many days older (7 days: expired).",
    };

    public ConsoleOptions Options { get; private set; } = null!;

    /// <summary>SSO's tokens: console accepts cloud-services, rhsm-api and the service account.</summary>
    public TokenService Tokens => _state!.Family<SsoFamily>().Tokens;

    public InventoryStore Inventory { get; private set; } = null!;

    public ExportStore Exports { get; private set; } = null!;

    public Uri BaseUri => _state!.BaseUri;

    public void Initialize(SandboxState state)
    {
        _state = state;
        Options = state.Options.Family<ConsoleOptions>();
        _startup = Copy(Options);
        Inventory = new InventoryStore(Options, state.Family<RhsmFamily>().Systems, state.Options.Seed);
        Exports = new ExportStore(Options, Inventory);
    }

    public void Map(WebApplication app)
    {
        InventoryEndpoints.Map(app, this);
        ExportEndpoints.Map(app, this);
        var control = app.MapGroup("/_sandbox/console");
        control.MapPut(string.Empty, (SettingsBody body) =>
        {
            Options.Drift = body.Drift ?? Options.Drift;
            Options.RenameEvery = body.RenameEvery ?? Options.RenameEvery;
            Options.ServiceAccountInGroup = body.ServiceAccountInGroup ?? Options.ServiceAccountInGroup;
            Options.ExportSeconds = body.ExportSeconds ?? Options.ExportSeconds;
            Options.FailExports = body.FailExports ?? Options.FailExports;
            return Results.Json(Options);
        });
        control.MapGet(string.Empty, () => Results.Json(Options));
        control.MapPost("/exports/age", (AgeBody body) =>
        {
            Exports.Age(TimeSpan.FromDays(body.Days));
            return Results.NoContent();
        });
    }

    public void Reset()
    {
        var start = _startup;
        (Options.ExtraHosts, Options.Drift, Options.RenameEvery, Options.ServiceAccountInGroup, Options.ExportSeconds, Options.FailExports) =
            (start.ExtraHosts, start.Drift, start.RenameEvery, start.ServiceAccountInGroup, start.ExportSeconds, start.FailExports);

        // RHSM reseeds first (lower order), so the inventory follows its systems again.
        Inventory.Reseed(_state!.Family<RhsmFamily>().Systems, _state.Options.Seed);
        Exports.Clear();
    }

    public void AddCredentials(JsonObject credentials) => credentials["consoleUrl"] = BaseUri.AbsoluteUri;

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        yield return new("Console URL", BaseUri.ToString());
        yield return new("Inventory hosts", Inventory.Snapshot().Count + (Options.Drift > 0 ? " (drift " + Options.Drift + " per page)" : string.Empty));
    }

    private static ConsoleOptions Copy(ConsoleOptions o) => new()
    {
        ExtraHosts = o.ExtraHosts,
        Drift = o.Drift,
        RenameEvery = o.RenameEvery,
        ServiceAccountInGroup = o.ServiceAccountInGroup,
        ExportSeconds = o.ExportSeconds,
        FailExports = o.FailExports,
    };

    /// <summary>Body of PUT /_sandbox/console: a setting left out keeps its value.</summary>
    public sealed class SettingsBody
    {
        public int? Drift { get; set; }

        public int? RenameEvery { get; set; }

        public bool? ServiceAccountInGroup { get; set; }

        public double? ExportSeconds { get; set; }

        public bool? FailExports { get; set; }
    }

    /// <summary>Body of POST /_sandbox/console/exports/age.</summary>
    public sealed class AgeBody
    {
        public double Days { get; set; }
    }
}
