using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// A host registered with the Assisted Installer by booting a discovery image. Its inventory and validations come
/// from the JSON-in-string fields inventory and validations_info, parsed into typed properties.
/// </summary>
public sealed class AssistedHost
{
    internal AssistedHost(Guid id, Guid infraEnvId, Guid? clusterId, string status, string? statusInfo, IReadOnlyList<AssistedValidation> validations)
    {
        Id = id;
        InfraEnvId = infraEnvId;
        ClusterId = clusterId;
        Status = status;
        StatusInfo = statusInfo;
        Validations = validations;
    }

    /// <summary>The host id; binds to -HostId of Set-AssistedHost and Remove-AssistedHost.</summary>
    public Guid Id { get; }

    /// <summary>The infra-env the host booted from; binds to -InfraEnvId.</summary>
    public Guid InfraEnvId { get; }

    /// <summary>The cluster the host belongs to; null while unbound.</summary>
    public Guid? ClusterId { get; }

    /// <summary>The host name the user asked for, else the one the host reported.</summary>
    public string? HostName { get; init; }

    /// <summary>discovering, known, insufficient, disconnected, preparing-for-installation, installing-in-progress, installed, error…</summary>
    public string Status { get; }

    /// <summary>The service's explanation of the status.</summary>
    public string? StatusInfo { get; }

    /// <summary>master, worker, arbiter or auto-assign (the role the user chose).</summary>
    public string? Role { get; init; }

    /// <summary>The role auto-assign resolves to.</summary>
    public string? SuggestedRole { get; init; }

    /// <summary>Whether the host bootstraps the control plane.</summary>
    public bool Bootstrap { get; init; }

    /// <summary>The host's checks, parsed from validations_info.</summary>
    public IReadOnlyList<AssistedValidation> Validations { get; }

    /// <summary>The checks that did not pass (failure, pending, error).</summary>
    public IReadOnlyList<AssistedValidation> FailedValidations => Validations.Where(v => !v.IsSuccess && v.Status != "disabled").ToList();

    /// <summary>Logical CPUs (inventory cpu.count).</summary>
    public int? CpuCount { get; init; }

    /// <summary>The CPU model (inventory cpu.model_name).</summary>
    public string? CpuModel { get; init; }

    /// <summary>The CPU architecture the host reported.</summary>
    public string? CpuArchitecture { get; init; }

    /// <summary>Physical memory in bytes (inventory memory.physical_bytes).</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>Physical memory in GiB, rounded to one decimal.</summary>
    public double? MemoryGiB => MemoryBytes is { } bytes ? Math.Round(bytes / 1073741824.0, 1) : null;

    /// <summary>The disks the host reported.</summary>
    public IReadOnlyList<AssistedHostDisk> Disks { get; init; } = Array.Empty<AssistedHostDisk>();

    /// <summary>The network interfaces the host reported.</summary>
    public IReadOnlyList<AssistedHostInterface> Interfaces { get; init; } = Array.Empty<AssistedHostInterface>();

    /// <summary>Manufacturer from the host's DMI data.</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Product name from the host's DMI data.</summary>
    public string? ProductName { get; init; }

    /// <summary>Whether the host is a virtual machine.</summary>
    public bool? IsVirtual { get; init; }

    /// <summary>The disk the installation writes to, for example /dev/vda.</summary>
    public string? InstallationDiskPath { get; init; }

    /// <summary>The id (by-path or by-id link) of the disk the installation writes to.</summary>
    public string? InstallationDiskId { get; init; }

    /// <summary>The machine config pool a day-2 worker joins; null for the role's default pool.</summary>
    public string? MachineConfigPoolName { get; init; }

    /// <summary>Extra coreos-installer arguments set with Set-AssistedHost -InstallerArgument.</summary>
    public IReadOnlyList<string> InstallerArgs { get; init; } = Array.Empty<string>();

    /// <summary>The installation stage while installing, for example "Writing image to disk".</summary>
    public string? InstallStage { get; init; }

    /// <summary>Installation progress of the host, 0 to 100.</summary>
    public int? InstallPercent { get; init; }

    /// <summary>The discovery agent image the host runs.</summary>
    public string? DiscoveryAgentVersion { get; init; }

    /// <summary>When the host registered.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the host last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the host's agent last checked in.</summary>
    public DateTimeOffset? CheckedInAt { get; init; }

    /// <summary>The API path of the host.</summary>
    public Uri? Href { get; init; }

    /// <inheritdoc />
    public override string ToString() => (HostName ?? Id.ToString("D")) + " (" + Status + ")";
}

/// <summary>A disk of a host's inventory.</summary>
public sealed class AssistedHostDisk
{
    internal AssistedHostDisk(string name, string? path, long sizeBytes, string? driveType, bool eligible)
    {
        Name = name;
        Path = path;
        SizeBytes = sizeBytes;
        DriveType = driveType;
        IsInstallationEligible = eligible;
    }

    /// <summary>The kernel name, for example vda.</summary>
    public string Name { get; }

    /// <summary>The stable id the service selects disks by (a /dev/disk/by-path or by-id link).</summary>
    public string? Id { get; init; }

    /// <summary>The device path, for example /dev/vda.</summary>
    public string? Path { get; }

    /// <summary>Size in bytes.</summary>
    public long SizeBytes { get; }

    /// <summary>Size in GB (10^9 bytes, as disks are sold), rounded to one decimal.</summary>
    public double SizeGB => Math.Round(SizeBytes / 1e9, 1);

    /// <summary>HDD, SSD, ODD, Multipath, iSCSI…</summary>
    public string? DriveType { get; }

    /// <summary>Whether OpenShift can be installed on this disk.</summary>
    public bool IsInstallationEligible { get; }

    /// <summary>Why it cannot, when it cannot.</summary>
    public IReadOnlyList<string> NotEligibleReasons { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Name + " " + SizeGB.ToString(System.Globalization.CultureInfo.InvariantCulture) + " GB";
}

/// <summary>A network interface of a host's inventory.</summary>
public sealed class AssistedHostInterface
{
    internal AssistedHostInterface(string name, string? macAddress, IReadOnlyList<string> ipv4Addresses, IReadOnlyList<string> ipv6Addresses)
    {
        Name = name;
        MacAddress = macAddress;
        IPv4Addresses = ipv4Addresses;
        IPv6Addresses = ipv6Addresses;
    }

    /// <summary>The interface name, for example ens3.</summary>
    public string Name { get; }

    /// <summary>The MAC address.</summary>
    public string? MacAddress { get; }

    /// <summary>IPv4 addresses with prefix length, for example 192.168.128.11/24.</summary>
    public IReadOnlyList<string> IPv4Addresses { get; }

    /// <summary>IPv6 addresses with prefix length.</summary>
    public IReadOnlyList<string> IPv6Addresses { get; }

    /// <summary>Link speed in Mbit/s; null when unknown.</summary>
    public int? SpeedMbps { get; init; }

    /// <summary>Whether a cable (carrier) is detected.</summary>
    public bool HasCarrier { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + " " + string.Join(",", IPv4Addresses);
}
