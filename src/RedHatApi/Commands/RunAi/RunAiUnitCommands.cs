using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Cmdlets.Completers;

namespace RedHatApi.Commands.RunAi;

/// <summary>The quota parameters New- and Set-RunAiProject and -Department share.</summary>
public abstract class RunAiQuotaCommand : RedHatApiCmdlet
{
    /// <summary>The node pool the quota applies to (by name); without it, the unit's first pool or the cluster's default pool.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? NodePool { get; set; }

    /// <summary>GPUs deserved (guaranteed) in the node pool; fractions allowed.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, 100000)]
    public double GpuQuota { get; set; }

    /// <summary>The most GPUs the unit may use in the node pool; -1 is no limit.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(-1, 100000)]
    public double GpuLimit { get; set; }

    /// <summary>CPU millicores deserved in the node pool.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, double.MaxValue)]
    public double CpuQuota { get; set; }

    /// <summary>CPU memory deserved in the node pool, in megabytes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, double.MaxValue)]
    public double MemoryQuota { get; set; }

    /// <summary>The quota values given on this record (an unbound parameter changes nothing).</summary>
    internal RunAiQuotaChange QuotaChange() => new()
    {
        Gpu = Bound(nameof(GpuQuota), GpuQuota),
        GpuLimit = Bound(nameof(GpuLimit), GpuLimit),
        Cpu = Bound(nameof(CpuQuota), CpuQuota),
        Memory = Bound(nameof(MemoryQuota), MemoryQuota),
    };

    private double? Bound(string name, double value) => MyInvocation.BoundParameters.ContainsKey(name) ? value : null;
}

/// <summary>Creates a Run:ai project or department (New-RunAiProject, New-RunAiDepartment).</summary>
public abstract class NewRunAiUnitCommand : RunAiQuotaCommand
{
    /// <summary>The name of the new unit, unique in its cluster.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>The cluster (UUID) of the new unit; without it, the tenant's only cluster.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiClusterIdCompleter))]
    public string? ClusterId { get; set; }

    /// <summary>A description of the unit.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Description { get; set; }

    internal abstract RunAiUnitKind Kind { get; }

    /// <summary>The department of a new project; null for departments.</summary>
    internal abstract string? Department { get; }

    /// <summary>Writes the unit Run:ai created.</summary>
    internal abstract void WriteUnit(RunAiOrgUnitWire unit);

    /// <inheritdoc />
    protected override object? ErrorTarget => Name;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        await PerInputAsync(Name, async () =>
        {
            var request = await client.NewUnitRequestAsync(Kind, Name, ClusterId, Department, Description, NodePool, QuotaChange(), cancellationToken);
            var quota = QuotaChange().Gpu ?? 0;
            if (ShouldProcessRequest(request, Properties.Text.Format(Properties.Strings.RunAiNewUnitAction, Kind.Noun.ToLowerInvariant(), Name, quota, NodePool ?? "default")))
            {
                WriteUnit(await client.SendUnitAsync(request, Kind.Target(Name), cancellationToken));
            }
        });
    }
}

/// <summary>The units a Set- or Remove- call is about: by -Id (piped objects bind it) or by -Name.</summary>
public abstract class RunAiUnitTargetCommand : RedHatApiCmdlet
{
    /// <summary>The parameter set of -Id.</summary>
    protected const string IdSet = "Id";

    /// <summary>The parameter set of -Name.</summary>
    protected const string NameSet = "Name";

    /// <summary>Unit ids; binds from piped projects or departments (their Id).</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiOrgUnitIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Unit names (exact); a name that matches none is the kind's not-found error.</summary>
    [Parameter(Mandatory = true, ParameterSetName = NameSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiOrgUnitNameCompleter))]
    public string[] Name { get; set; } = Array.Empty<string>();

    internal abstract RunAiUnitKind Kind { get; }

    /// <summary>Runs <paramref name="work"/> for the id of each unit given, each one's failure its own error.</summary>
    internal async Task ForEachUnitAsync(RunAiClient client, Func<string, Task> work, CancellationToken cancellationToken)
    {
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, work);
            return;
        }

        await ForEachInputAsync(Name, async name =>
        {
            foreach (var id in await client.IdsOfAsync(Kind, name, cancellationToken))
            {
                await work(id);
            }
        });
    }
}

/// <summary>Changes the quota of Run:ai projects or departments (Set-RunAiProject, Set-RunAiDepartment).</summary>
public abstract class SetRunAiUnitCommand : RunAiUnitTargetCommand
{
    /// <summary>The node pool whose quota changes (by name); without it, the unit's first pool.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NodePool { get; set; }

    /// <summary>GPUs deserved (guaranteed) in the node pool; fractions allowed.</summary>
    [Parameter]
    [ValidateRange(0, 100000)]
    public double GpuQuota { get; set; }

    /// <summary>The most GPUs the unit may use in the node pool; -1 is no limit.</summary>
    [Parameter]
    [ValidateRange(-1, 100000)]
    public double GpuLimit { get; set; }

    /// <summary>CPU millicores deserved in the node pool.</summary>
    [Parameter]
    [ValidateRange(0, double.MaxValue)]
    public double CpuQuota { get; set; }

    /// <summary>CPU memory deserved in the node pool, in megabytes.</summary>
    [Parameter]
    [ValidateRange(0, double.MaxValue)]
    public double MemoryQuota { get; set; }

    /// <summary>Writes the changed unit.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Writes the unit Run:ai answered.</summary>
    internal abstract void WriteUnit(RunAiOrgUnitWire unit);

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        var change = new RunAiQuotaChange
        {
            Gpu = Bound(nameof(GpuQuota), GpuQuota),
            GpuLimit = Bound(nameof(GpuLimit), GpuLimit),
            Cpu = Bound(nameof(CpuQuota), CpuQuota),
            Memory = Bound(nameof(MemoryQuota), MemoryQuota),
        };
        await ForEachUnitAsync(client, async id =>
        {
            var request = await client.SetUnitRequestAsync(Kind, id, NodePool, change, cancellationToken);
            if (ShouldProcessRequest(request, Properties.Text.Format(Properties.Strings.RunAiSetUnitAction, Kind.Noun.ToLowerInvariant(), id, Describe(change))))
            {
                var unit = await client.SendUnitAsync(request, Kind.Target(id), cancellationToken);
                if (PassThru)
                {
                    WriteUnit(unit);
                }
            }
        }, cancellationToken);
    }

    private double? Bound(string name, double value) => MyInvocation.BoundParameters.ContainsKey(name) ? value : null;

    private string Describe(RunAiQuotaChange change)
    {
        var parts = new List<string>();
        if (change.Gpu is { } gpu)
        {
            parts.Add("GPU quota " + gpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (change.GpuLimit is { } limit)
        {
            parts.Add("GPU limit " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (change.Cpu is { } cpu)
        {
            parts.Add("CPU quota " + cpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (change.Memory is { } memory)
        {
            parts.Add("memory quota " + memory.ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB");
        }

        return string.Join(", ", parts) + (NodePool is null ? string.Empty : " in node pool " + NodePool);
    }
}

/// <summary>Removes Run:ai projects or departments (Remove-RunAiProject, Remove-RunAiDepartment).</summary>
public abstract class RemoveRunAiUnitCommand : RunAiUnitTargetCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        await ForEachUnitAsync(client, async id =>
        {
            var request = client.DeleteRequest(Kind.Path, id);
            if (ShouldProcessRequest(request, Properties.Text.Format(Properties.Strings.RunAiRemoveUnitAction, Kind.Noun.ToLowerInvariant(), id)))
            {
                await client.SendAsync(request, Kind.Target(id), cancellationToken);
            }
        }, cancellationToken);
    }
}
