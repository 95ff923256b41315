namespace RedHatApi.Models.Assisted;

/// <summary>
/// One pre-installation check of a cluster or host, parsed from the JSON-in-string <c>validations_info</c>:
/// for example network / api-vips-defined / failure / "The API virtual IP is undefined".
/// </summary>
public sealed class AssistedValidation
{
    internal AssistedValidation(string category, string id, string status, string? message)
    {
        Category = category;
        Id = id;
        Status = status;
        Message = message;
    }

    /// <summary>The group the check belongs to: configuration, hosts-data, network, operators, hardware…</summary>
    public string Category { get; }

    /// <summary>The check's id, for example api-vips-defined.</summary>
    public string Id { get; }

    /// <summary>success, failure, pending, error or disabled.</summary>
    public string Status { get; }

    /// <summary>What the service says about the check.</summary>
    public string? Message { get; }

    /// <summary>True when the check passed.</summary>
    public bool IsSuccess => Status == "success";

    /// <inheritdoc />
    public override string ToString() => Category + "/" + Id + ": " + Status;
}
