using System;

namespace RedHatApi.Models.Console;

/// <summary>
/// One export of the console.redhat.com export service: the inventory's systems as JSON or CSV in a zip, built in the
/// background (pending, running, then complete, partial or failed) and kept for 7 days.
/// </summary>
public sealed class InventoryExport
{
    internal InventoryExport(Guid id, string name, string format, string status)
    {
        Id = id;
        Name = name;
        Format = format;
        Status = status;
    }

    /// <summary>The export's id; binds to -ExportId of Export-RedHatInventory.</summary>
    public Guid Id { get; }

    /// <summary>The name given when the export was requested.</summary>
    public string Name { get; }

    /// <summary>json or csv.</summary>
    public string Format { get; }

    /// <summary>pending, running, partial, complete or failed.</summary>
    public string Status { get; }

    /// <summary>Why the export (or one of its sources) failed, when the service says.</summary>
    public string? Message { get; internal init; }

    /// <summary>When the export was requested.</summary>
    public DateTimeOffset? Created { get; internal init; }

    /// <summary>When it completed or failed.</summary>
    public DateTimeOffset? Completed { get; internal init; }

    /// <summary>When the service deletes it (7 days after it was requested).</summary>
    public DateTimeOffset? Expires { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Status + ")";
}
