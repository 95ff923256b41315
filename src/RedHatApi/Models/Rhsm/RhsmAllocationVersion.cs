namespace RedHatApi.Models.Rhsm;

/// <summary>A Satellite version a new subscription allocation can be created for.</summary>
public sealed class RhsmAllocationVersion
{
    internal RhsmAllocationVersion(string value, string? description)
    {
        Value = value;
        Description = description;
    }

    /// <summary>The value New-RhsmAllocation -Version takes, for example sat-6.16.</summary>
    public string Value { get; }

    /// <summary>The readable name, for example Satellite 6.16.</summary>
    public string? Description { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
