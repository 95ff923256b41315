using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Client.Assisted;

/// <summary>GET /v2/openshift-versions: an object keyed by version, not an array.</summary>
internal sealed partial class AssistedClient
{
    /// <summary>The versions the service offers, in the order it lists them; <paramref name="onlyLatest"/> keeps the newest of each minor.</summary>
    internal async Task<IReadOnlyList<AssistedOpenShiftVersion>> GetOpenShiftVersionsAsync(bool onlyLatest, CancellationToken cancellationToken)
    {
        var url = "openshift-versions" + (onlyLatest ? "?only_latest=true" : string.Empty);
        var versions = await GetAsync<Dictionary<string, AssistedOpenShiftVersionWire>>(url, null, cancellationToken).ConfigureAwait(false);
        return versions
            .Select(v => new AssistedOpenShiftVersion(
                v.Key, v.Value?.DisplayName, v.Value?.SupportLevel, v.Value?.Default ?? false, v.Value?.CpuArchitectures ?? new List<string>()))
            .ToList();
    }
}
