using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.Records;

/// <summary>
/// <para type="synopsis">Flattens RedHatApi objects into export-friendly records for a CMDB, CSV or SQL table.</para>
/// <para type="description">Scalar columns only, ISO 8601 UTC times, a stable column order per type, and the provenance columns SourceApi and RetrievedAt.</para>
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "RedHatApiRecord")]
[OutputType(typeof(PSObject))]
public sealed class ConvertToRedHatApiRecordCommand : RedHatCmdlet
{
    private RecordFlattener? _flattener;
    private DateTimeOffset _startedAt;

    /// <summary>The objects to flatten: output of any RedHatApi cmdlet, or any other object.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The SourceApi column's value; by default the API the object came from (RHSM, AssistedInstaller...).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SourceApi { get; set; }

    /// <summary>Text between the items of a list value (advisories, UUIDs); a semicolon by default.</summary>
    [Parameter]
    [ValidateNotNull]
    public string ArraySeparator { get; set; } = ";";

    /// <inheritdoc />
    protected override Task BeginProcessingAsync(CancellationToken cancellationToken)
    {
        _flattener = new RecordFlattener(ArraySeparator);

        // Objects without their own RetrievedAt all get this one instant, so one export has one timestamp.
        _startedAt = DateTimeOffset.UtcNow;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (InputObject is not null)
        {
            WriteObject(_flattener!.Flatten(InputObject, SourceApi, _startedAt));
        }

        return Task.CompletedTask;
    }
}
