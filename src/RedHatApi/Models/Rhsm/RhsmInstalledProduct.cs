namespace RedHatApi.Models.Rhsm;

/// <summary>A product installed on an RHSM system (Get-RhsmSystem -Include InstalledProducts).</summary>
public sealed class RhsmInstalledProduct
{
    internal RhsmInstalledProduct(string? productId, string? productName, string? version, string? arch, string? status)
    {
        ProductId = productId;
        ProductName = productName;
        Version = version;
        Arch = arch;
        Status = status;
    }

    /// <summary>The engineering product id (479 is RHEL for x86_64).</summary>
    public string? ProductId { get; }

    /// <summary>The product's name.</summary>
    public string? ProductName { get; }

    /// <summary>The installed version.</summary>
    public string? Version { get; }

    /// <summary>The architecture.</summary>
    public string? Arch { get; }

    /// <summary>subscribed, partially_subscribed, not_subscribed...</summary>
    public string? Status { get; }

    /// <inheritdoc />
    public override string ToString() => ProductName + " " + Version;
}
