<#
.SYNOPSIS
    Nightly CMDB reconciliation: compares a CMDB export with the systems registered to RHSM and writes the
    differences to CSV.
.DESCRIPTION
    Reads the CMDB's host list from a CSV file, lists every RHSM system once, and writes one row per host whose
    status is not Match (MissingInRhsm, MissingInCmdb, Stale, Duplicate) to -OutputPath, with ISO 8601 UTC times
    and the SourceApi / RetrievedAt provenance columns. A summary per status goes to the output.

    Exit codes, for schedulers: 0 = compared (differences or not), 1 = failed (nothing reliable was written: the
    output file is only replaced once the whole comparison succeeded), 2 = compared and differences found, when
    -FailOnDifference is set.

    Credentials: against the sandbox when $SandboxUrl is set (the README demo), otherwise Connect-RedHatApi reads
    REDHAT_OFFLINE_TOKEN or REDHAT_CLIENT_ID / REDHAT_CLIENT_SECRET from the environment of the scheduled task.
.EXAMPLE
    pwsh -File Invoke-RhsmCmdbReconciliation.ps1 -CmdbPath D:\cmdb\hosts.csv -OutputPath D:\reports\rhsm-diff.csv
#>
param(
    [string] $CmdbPath = (Join-Path $PSScriptRoot 'data/cmdb-hosts.csv'),
    [string] $HostNameColumn = 'hostname',
    [string] $OutputPath = (Join-Path ([System.IO.Path]::GetTempPath()) 'rhsm-cmdb-differences.csv'),
    [int] $StaleAfterDays = 30,
    [switch] $ShortName,
    [switch] $FailOnDifference
)

$ErrorActionPreference = 'Stop'
try {
    if ($SandboxUrl) { Connect-RedHatApi -Sandbox $SandboxUrl } else { Connect-RedHatApi }

    $cmdb = Import-Csv -LiteralPath $CmdbPath
    $rows = Compare-RhsmInventory -ReferenceObject $cmdb -Property $HostNameColumn `
        -StaleAfter (New-TimeSpan -Days $StaleAfterDays) -ShortName:$ShortName
    $differences = @($rows | Where-Object Status -ne 'Match')

    # Written next to the target and moved over it, so a failed night never leaves a half-written report.
    $partial = "$OutputPath.partial"
    $differences | ConvertTo-RedHatApiRecord | Export-Csv -LiteralPath $partial -NoTypeInformation -Encoding utf8
    Move-Item -LiteralPath $partial -Destination $OutputPath -Force

    'Compared {0} CMDB records with RHSM: {1} hosts, {2} need attention.' -f @($cmdb).Count, @($rows).Count, $differences.Count
    $rows | Group-Object Status | Sort-Object Name | ForEach-Object { '  {0,-14} {1,5}' -f $_.Name, $_.Count }
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
