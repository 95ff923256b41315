<#
.SYNOPSIS
    Nightly CMDB reconciliation: compares a CMDB export with the systems registered to RHSM and writes the
    differences to CSV.
.DESCRIPTION
    Reads the CMDB's host list from a CSV file, lists every RHSM system once, and writes one row per host whose
    status is not Match (MissingInRhsm, MissingInCmdb, Stale, Duplicate) to -OutputPath, with ISO 8601 UTC times
    and the SourceApi / RetrievedAt provenance columns. A summary per status goes to the output.

    With -AllSources the comparison is Compare-RedHatInventory instead: RHSM, the console inventory, the Assisted
    Installer (and Ironic or OpenShift when the script connects them) joined on host name, RHSM UUID and MAC address,
    one column group per source, and statuses that say what to do (LikelyAutoDeletedByRhsm for a host RHSM dropped
    after 30 days without a check-in while the CMDB or another source still saw it, Decommissioned for one nothing
    saw). -KeyColumn adds key columns (RHSM UUID, MAC) and -LastSeenColumn names the CMDB's own last-seen column.

    Exit codes, for schedulers: 0 = compared (differences or not), 1 = failed (nothing reliable was written: the
    output file is only replaced once the whole comparison succeeded), 2 = compared and differences found, when
    -FailOnDifference is set.

    Credentials: against the sandbox when $SandboxUrl is set (the README demo), otherwise Connect-RedHatApi reads
    REDHAT_OFFLINE_TOKEN or REDHAT_CLIENT_ID / REDHAT_CLIENT_SECRET from the environment of the scheduled task.
.EXAMPLE
    pwsh -File Invoke-RhsmCmdbReconciliation.ps1 -CmdbPath D:\cmdb\hosts.csv -OutputPath D:\reports\rhsm-diff.csv
.EXAMPLE
    pwsh -File Invoke-RhsmCmdbReconciliation.ps1 -AllSources -KeyColumn rhsm_uuid, mac -LastSeenColumn last_discovery -OutputPath D:\reports\inventory-diff.csv
#>
param(
    [string] $CmdbPath = (Join-Path $PSScriptRoot 'data/cmdb-hosts.csv'),
    [string] $HostNameColumn = 'hostname',
    [string] $OutputPath = (Join-Path ([System.IO.Path]::GetTempPath()) 'rhsm-cmdb-differences.csv'),
    [int] $StaleAfterDays = 30,
    [switch] $ShortName,
    [switch] $FailOnDifference,
    [switch] $AllSources,
    [string[]] $KeyColumn = @(),
    [string] $LastSeenColumn
)

$ErrorActionPreference = 'Stop'
try {
    if ($SandboxUrl) { Connect-RedHatApi -Sandbox $SandboxUrl } else { Connect-RedHatApi }

    $cmdb = Import-Csv -LiteralPath $CmdbPath
    if ($AllSources) {
        # Every source the session reaches; a source that fails part-way stops the run (exit 1) rather than
        # reporting the hosts it did not read as missing.
        $compare = @{
            ReferenceObject = $cmdb
            Property        = @($HostNameColumn) + $KeyColumn
            StaleAfter      = New-TimeSpan -Days $StaleAfterDays
            ShortName       = $ShortName
        }
        if ($LastSeenColumn) { $compare.LastSeenProperty = $LastSeenColumn }
        $rows = Compare-RedHatInventory @compare
        $sources = if ($rows) { @($rows)[0].SourcesCompared } else { 'RHSM' }
    }
    else {
        $rows = Compare-RhsmInventory -ReferenceObject $cmdb -Property $HostNameColumn `
            -StaleAfter (New-TimeSpan -Days $StaleAfterDays) -ShortName:$ShortName
        $sources = 'RHSM'
    }
    $differences = @($rows | Where-Object Status -ne 'Match')

    # Written next to the target and moved over it, so a failed night never leaves a half-written report.
    $partial = "$OutputPath.partial"
    $differences | ConvertTo-RedHatApiRecord | Export-Csv -LiteralPath $partial -NoTypeInformation -Encoding utf8
    Move-Item -LiteralPath $partial -Destination $OutputPath -Force

    'Compared {0} CMDB records with {1}: {2} hosts, {3} need attention.' -f @($cmdb).Count, $sources, @($rows).Count, $differences.Count
    $rows | Group-Object Status | Sort-Object Name | ForEach-Object { '  {0,-23} {1,5}' -f $_.Name, $_.Count }
    'Differences written to {0}' -f $OutputPath
    $exitCode = if ($FailOnDifference -and $differences.Count -gt 0) { 2 } else { 0 }
}
catch {
    # One line with the ErrorId, so the scheduler's log says what failed and the monitoring can match on it.
    $line = 'RHSM reconciliation failed: {0} ({1})' -f $_.Exception.Message, $_.FullyQualifiedErrorId
    [Console]::Error.WriteLine($line)
    $exitCode = 1
}
finally {
    Disconnect-RedHatApi -ErrorAction SilentlyContinue
}

exit $exitCode
